/**
 * "The page came back from the back-forward cache" (H5: `pageshow` with `persisted`,
 * platform/bfcache.h5.ts). A page restored that way resumes as it was left, maybe days
 * later and after another tab changed the stored state: what depends on the day or on
 * storage listens here and reads them again. weapp never restores a page this way (its page
 * shows again through onShow). Pure: the platform reports, this only passes it on.
 */
const listeners = new Set<() => void>()

/** Calls `fn` on each restore; returns the unsubscribe function. */
export function onPageRestore(fn: () => void): () => void {
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}

/** Tells every listener the page was restored (called by the platform). */
export function pageRestored(): void {
  listeners.forEach((fn) => fn())
}

/**
 * Reads a persisted zustand store (lib/persisted.ts) from storage again on each restore, so a
 * change made in another tab meanwhile shows. Every persisted store calls this once.
 */
export function rehydrateOnRestore(store: { persist: { rehydrate: () => unknown } }): void {
  onPageRestore(() => {
    store.persist.rehydrate()
  })
}
