/**
 * What the draft page says about its own state, as pure steps the form's hooks apply: the
 * banner about the phone's storage (use-saved-draft.ts) and the outcome of 生成文本并复制
 * (use-copy-flow.ts). Pure: no Taro, no React.
 */

/** What the banner says about the phone's storage. */
export type StorageNote =
  | { kind: 'save-failed'; message: string }
  | { kind: 'erase-failed'; message: string }
  | { kind: 'erased' }

/** A save was read back from the phone: a failure shown before is over. */
export function noteAfterStored(note: StorageNote | null): StorageNote | null {
  return note?.kind === 'save-failed' || note?.kind === 'erase-failed' ? null : note
}

/**
 * Storage refused a write of the draft. A failed erase shown already stays: it says more (the
 * old draft is still on the phone) and its retry is the one that helps.
 */
export function noteAfterWriteFailure(note: StorageNote | null, message: string): StorageNote {
  return note?.kind === 'erase-failed' ? note : { kind: 'save-failed', message }
}

/** The user changed the draft: "deleted from the phone" no longer describes the screen. */
export function noteAfterEdit(note: StorageNote | null): StorageNote | null {
  return note?.kind === 'erased' ? null : note
}

/** The banner after an erase (清空 or 再试删除). */
export function noteOfErase(r: { ok: true } | { ok: false; message: string }): StorageNote {
  return r.ok ? { kind: 'erased' } : { kind: 'erase-failed', message: r.message }
}

/**
 * The composed text on screen and the clipboard: copied (`again` by 再复制), not copied (and
 * why), or copied and then replaced by something else the user copied (`replacedBy`).
 */
export type CopyOutcome = { text: string; copied: boolean; failure?: string; again?: boolean; replacedBy?: string }

export function copyOutcome(text: string, r: { ok: true } | { ok: false; message: string }, again = false): CopyOutcome {
  if (!r.ok) return { text, copied: false, failure: r.message }
  return again ? { text, copied: true, again } : { text, copied: true }
}

/** The text reached the clipboard at some point (so another copy takes its place). */
export function wasCopied(outcome: CopyOutcome): boolean {
  return outcome.copied || outcome.replacedBy !== undefined
}

/** Another copy (a next step's 复制网址 …) put `data` on the clipboard, in place of the text if it was there. */
export function afterOtherCopy(outcome: CopyOutcome, data: string): CopyOutcome {
  return wasCopied(outcome) ? { text: outcome.text, copied: false, replacedBy: data } : outcome
}

/** The line under the result's title: where the text (`what`, e.g. 投诉文本) is, or why it was not copied and what to do instead. */
export function copyStatusText(outcome: CopyOutcome, what = '投诉文本'): string {
  if (outcome.copied) return outcome.again ? '已再次复制到剪贴板。' : '已复制到剪贴板。'
  if (outcome.replacedBy !== undefined) return `剪贴板上现在是“${outcome.replacedBy}”，不再是${what}。要粘贴${what}，请先点“再复制${what}”。`
  return outcome.failure ?? '没能自动复制，请长按下面的文字手动复制。'
}

/** Added to a next step's copy confirmation while the text was copied: the clipboard no longer holds it. */
export function replacedNote(outcome: CopyOutcome, what = '投诉文本'): string {
  return wasCopied(outcome) ? `。${what}已不在剪贴板上，需要时点上面的“再复制${what}”。` : ''
}

/**
 * What to bring into view and focus, numbered: each 生成 counts, so pressing it twice with the
 * same errors brings the summary back even though its id is the same.
 */
export type Reveal = { id: string; n: number }

export function nextReveal(previous: Reveal | null, id: string): Reveal {
  return { id, n: (previous?.n ?? 0) + 1 }
}
