/**
 * The draft on the phone: a zustand store persisted under `hq:complaint-draft` (version 1;
 * anything else found there is repaired field by field, see model.ts `repairSaved`).
 *
 * The form keeps what is on screen in its own state and saves it here through a debounced
 * autosave (`createAutosave` in ./draft-save), flushed when the page hides or unloads, so typing does not
 * write storage on every key and a failed write never touches what is on screen.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistedOptions } from '@/lib/persisted'
import { rehydrateOnRestore } from '@/lib/page-restore'
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
rehydrateOnRestore(useDraftStore)
