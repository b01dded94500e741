/**
 * The draft page's saving helpers: erase with read-back, the check that a save reached the
 * phone, the debounced autosave. Only the draft page (a subpackage) uses them; ./store, which
 * the 投诉 tab loads in the main package for its draft card, keeps the store itself.
 */
import { readStored, removeStored } from '@/platform/storage'
import { isBlankDraft, repairSaved, type Draft } from './model'
import { AUTOSAVE_MS, DRAFT_KEY, useDraftStore } from './store'

export type EraseResult = { ok: true } | { ok: false; message: string }

/**
 * Empties the draft on screen's store and on the phone, and checks that it is gone: the
 * stored value is read back, and only nothing (or a blank draft) counts as erased. When
 * storage refuses, the caller is told so (with a retry), never that it is done.
 */
export function eraseDraft(): EraseResult {
  useDraftStore.getState().clear() // persist writes the empty draft (may fail)
  removeStored(DRAFT_KEY) // and the key goes (may fail)
  let left: unknown
  try {
    left = readStored(DRAFT_KEY)
  } catch (err) {
    return { ok: false, message: String((err as Error)?.message ?? err) }
  }
  if (left === undefined || left === null) return { ok: true }
  const box = typeof left === 'object' && left !== null && 'state' in left ? (left as { state: unknown }).state : left
  if (isBlankDraft(repairSaved(box).draft)) return { ok: true }
  return { ok: false, message: '手机存储拒绝了删除' }
}

/** True when the phone's storage now holds exactly this draft (read back after a save). */
export function isDraftStored(draft: Draft): boolean {
  const left = readStored(DRAFT_KEY)
  if (left === undefined || left === null || typeof left !== 'object' || !('state' in left)) return false
  return JSON.stringify(repairSaved((left as { state: unknown }).state).draft) === JSON.stringify(repairSaved({ draft }).draft)
}

export type Autosave<T> = {
  /** Saves `value` after `delay` ms without another call. */
  schedule: (value: T) => void
  /** Saves the pending value now, if any. */
  flush: () => void
  /** Drops the pending value. */
  cancel: () => void
  pending: () => boolean
}

/** A debounced saver: the last value scheduled wins; flush writes it at once. */
export function createAutosave<T>(save: (value: T) => void, delay = AUTOSAVE_MS): Autosave<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  let value: { v: T } | null = null
  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (value === null) return
    const { v } = value
    value = null
    save(v)
  }
  return {
    schedule(v) {
      value = { v }
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, delay)
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      value = null
    },
    pending: () => value !== null
  }
}
