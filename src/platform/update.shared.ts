import type { ConfirmOptions, DialogModule } from './dialog.shared'

/** What update.weapp.ts and update.h5.ts both export (docs/platform-files.md). */
export type UpdateModule = {
  /** What the restart question says. */
  UPDATE_PROMPT: ConfirmOptions
  /** Starts watching for a new version (weapp); false where there is nothing to watch. */
  watchForUpdate(ask?: DialogModule['confirmAction']): boolean
  resetUpdateForTests(): void
}

export type BothVariants = Implements<UpdateModule, typeof import('./update.weapp') | typeof import('./update.h5')>
