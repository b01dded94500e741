/**
 * The draft on the phone: a zustand store persisted under `hq:complaint-draft` (version 1;
 * anything else found there is repaired field by field, see model.ts `repairSaved`).
 *
 * The form keeps what is on screen in its own state and saves it here through a debounced
 * autosave (`createAutosave`), flushed when the page hides or unloads, so typing does not
 * write storage on every key and a failed write never touches what is on screen.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistedOptions } from '@/lib/persisted'
import { deviceStorage, readStored, removeStored } from '@/platform/storage'
import { now } from '@/lib/clock'
import { EMPTY_DRAFT, isBlankDraft, repairSaved, type Draft, type SavedDraft } from './model'

export const DRAFT_KEY = 'hq:complaint-draft'
export const DRAFT_VERSION = 1
/** Debounce of the autosave while typing. */
export const AUTOSAVE_MS = 400

type DraftState = SavedDraft & {
  save: (draft: Draft) => void
  clear: () => void
}

export const useDraftStore = create<DraftState>()(persist((set) => ({
  draft: EMPTY_DRAFT,
  savedAt: null,
  save: (draft) => set({ draft, savedAt: now() }),
  clear: () => set({ draft: EMPTY_DRAFT, savedAt: null })
}), persistedOptions<DraftState, SavedDraft>({
  key: DRAFT_KEY,
  version: DRAFT_VERSION,
  partialize: (s) => ({ draft: s.draft, savedAt: s.savedAt }),
  repair: repairSaved,
  storage: deviceStorage
})))

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
