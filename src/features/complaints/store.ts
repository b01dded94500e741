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
import { deviceStorage } from '@/platform/storage'
import { now } from '@/lib/clock'
import { EMPTY_DRAFT, repairSaved, type Draft, type SavedDraft } from './model'

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
