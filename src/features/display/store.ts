import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistedOptions } from '@/lib/persisted'
import { rehydrateOnRestore } from '@/lib/page-restore'
import { deviceStorage } from '@/platform/storage'
import { repairTextMode, type TextMode } from './model'

type DisplayState = { mode: TextMode; setMode: (m: TextMode) => void }

/** The user's text-size choice, kept on the phone. */
export const useDisplayStore = create<DisplayState>()(persist(
  (set) => ({ mode: 'auto', setMode: (mode) => set({ mode }) }),
  persistedOptions<DisplayState, { mode: TextMode }>({
    key: 'hq:display',
    version: 1,
    partialize: (s) => ({ mode: s.mode }),
    repair: repairTextMode,
    storage: deviceStorage
  })
))
rehydrateOnRestore(useDisplayStore)
