/** The shape of edition-files.ts (each build's) and of its jest stand-in, tests/support/edition-files.ts. */
import type { EditionMeta } from './select-edition'

/** What the app knows about an edition without loading it: its meta and its event ids (for stored follows). */
export type EditionIndexEntry = EditionMeta & { eventIds: readonly string[] }

export type EditionFile = {
  year: string
  meta: EditionIndexEntry
  /**
   * The edition's content (unchecked JSON): at once where the build bundles it synchronously
   * (weapp, jest), or as a promise where it is a chunk of its own (H5).
   */
  load: () => unknown
}
