import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistedOptions } from '@/lib/persisted'
import { rehydrateOnRestore } from '@/lib/page-restore'
import { deviceStorage } from '@/platform/storage'
import { repairDisplay, type Appearance, type StoredDisplay, type TextMode } from './model'

type DisplayState = StoredDisplay & { setMode: (m: TextMode) => void; setAppearance: (a: Appearance) => void }

/**
 * The user's text size and appearance (浅色/深色), kept on the phone. Version 2 added
 * `appearance`; a version 1 value keeps its `mode` (repairDisplay).
 */
export const useDisplayStore = create<DisplayState>()(persist(
  (set) => ({
    mode: 'auto',
    appearance: 'system',
    setMode: (mode) => set({ mode }),
    setAppearance: (appearance) => set({ appearance })
  }),
  persistedOptions<DisplayState, StoredDisplay>({
    key: 'hq:display',
    version: 2,
    partialize: (s) => ({ mode: s.mode, appearance: s.appearance }),
    repair: repairDisplay,
    storage: deviceStorage
  })
))
rehydrateOnRestore(useDisplayStore)
