/** What bfcache.weapp.ts and bfcache.h5.ts both export (docs/platform-files.md). */
export type BfcacheModule = {
  /**
   * Reports a page restored from the back-forward cache to lib/page-restore.ts (the day and the
   * stored state are read again). H5 only: weapp restores no page that way. Once, at launch.
   */
  installPageRestore(): void
}

export type BothVariants = Implements<BfcacheModule, typeof import('./bfcache.weapp') | typeof import('./bfcache.h5')>
