/** What stored-key.weapp.ts and stored-key.h5.ts both export (docs/platform-files.md). */
export type StoredKeyModule = {
  /** True only when `key` is certainly not stored (storage.ts then reads nothing); false when it may be. */
  certainlyAbsent(key: string): boolean
}

export type BothVariants = Implements<StoredKeyModule, typeof import('./stored-key.weapp') | typeof import('./stored-key.h5')>
