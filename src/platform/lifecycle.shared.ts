/** What lifecycle.weapp.ts and lifecycle.h5.ts both export (docs/platform-files.md). */
export type LifecycleModule = {
  /** Calls `fn` when the user leaves the app, so unsaved work can be written at once; returns the unsubscribe function. */
  onAppLeave(fn: () => void): () => void
  /**
   * Reports a page restored from the back-forward cache to lib/page-restore.ts (the day and the
   * stored state are read again). H5 only: weapp restores no page that way. Once, at launch.
   */
  installPageRestore(): void
}

export type BothVariants = Implements<LifecycleModule, typeof import('./lifecycle.weapp') | typeof import('./lifecycle.h5')>
