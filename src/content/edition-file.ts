/** The shape of edition-files.h5.ts / .weapp.ts (one per build) and of its jest stand-in, tests/support/edition-files.ts. */
import type { EditionMeta } from './select-edition'

/** What the app knows about an edition without loading it: its meta and its event ids (for stored follows). */
export type EditionIndexEntry = EditionMeta & { eventIds: readonly string[] }

export type EditionFile = {
  year: string
  meta: EditionIndexEntry
  /**
   * The edition's content (unchecked JSON): at once where the build bundles it synchronously
   * (jest, weapp's newest edition), or as a promise where it is loaded later (H5: a chunk of
   * its own; weapp: a file of the 往届 subpackage, require.async).
   */
  load: () => unknown
}
