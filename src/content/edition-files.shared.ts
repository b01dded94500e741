import type { EditionFile } from './edition-file'

/** What edition-files.weapp.ts and edition-files.h5.ts both export (docs/platform-files.md). */
export type EditionFilesModule = {
  /** Each edition: its meta, and its content (unchecked JSON) as a promise. */
  EDITION_FILES: readonly EditionFile[]
}

export type BothVariants = Implements<EditionFilesModule, typeof import('./edition-files.weapp') | typeof import('./edition-files.h5')>
