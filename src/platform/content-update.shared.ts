import type { StoredUpdates } from '@/lib/content-updates'

/** A content host that has not answered by then counts as unreachable (both targets). */
export const TIMEOUT_MS = 10_000

/** What content-update.weapp.ts and content-update.h5.ts both export (docs/platform-files.md, docs/content-updates.md). */
export type ContentUpdateModule = {
  /**
   * Once, as the app loads (before the first page): the stored verified editions replace the
   * bundled ones; then, off the first screen's path, one check for newer ones. Does nothing, and
   * the build carries no update code, when it was built without HQ_CONTENT_ORIGIN and
   * HQ_CONTENT_PUBLIC_KEY (config/content-updates.ts).
   */
  startContentUpdates(): void
  /** For 关于本程序: the origin and what is stored, or null when the build has no update settings. */
  readContentUpdates(): { origin: string; stored: StoredUpdates } | null
}

export type BothVariants = Implements<ContentUpdateModule, typeof import('./content-update.weapp') | typeof import('./content-update.h5')>
