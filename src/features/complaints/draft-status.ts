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

/** The composed text on screen, and whether it reached the clipboard (if not, why). */
export type CopyOutcome = { text: string; copied: boolean; failure?: string }

export function copyOutcome(text: string, r: { ok: true } | { ok: false; message: string }): CopyOutcome {
  return r.ok ? { text, copied: true } : { text, copied: false, failure: r.message }
}

/** The line under the result's title: copied, or why not and what to do instead. */
export function copyStatusText(outcome: CopyOutcome): string {
  return outcome.copied ? '已复制到剪贴板。' : outcome.failure ?? '没能自动复制，请长按下面的文字手动复制。'
}

/**
 * What to bring into view and focus, numbered: each 生成 counts, so pressing it twice with the
 * same errors brings the summary back even though its id is the same.
 */
export type Reveal = { id: string; n: number }

export function nextReveal(previous: Reveal | null, id: string): Reveal {
  return { id, n: (previous?.n ?? 0) + 1 }
}
