/** What lifecycle.weapp.ts and lifecycle.h5.ts both export (docs/platform-files.md). */
export type LifecycleModule = {
  /** Calls `fn` when the user leaves the app, so unsaved work can be written at once; returns the unsubscribe function. */
  onAppLeave(fn: () => void): () => void
}

export type BothVariants = Implements<LifecycleModule, typeof import('./lifecycle.weapp') | typeof import('./lifecycle.h5')>
