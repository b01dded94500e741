/**
 * The editions in the H5 build: every src/content/editions/<year>.json, each its own lazily
 * loaded chunk, so the first page loads only the edition it shows. Adding a
 * year's file adds the edition, no code changes: webpack finds the files, and the build's
 * config computes their metas (year, name, dates, event ids: HQ_EDITION_METAS, from
 * config/edition-metas.ts) so the app picks the current edition and lists 往届 without
 * loading any of them. Quiz banks (<year>.quiz.json) are found by quiz-files.ts.
 *
 * weapp: edition-files.weapp.ts (Taro's mini-program build cannot load chunks later: the newest
 * edition is bundled, the others load from the 往届 subpackage with require.async; docs/editions.md).
 * Under jest (either variant): tests/support/edition-files.ts (jest.config.js moduleNameMapper) lists the same
 * folder with Node's fs, since jest has no webpack.
 */
import type { EditionFile, EditionIndexEntry } from './edition-file'

declare const HQ_EDITION_METAS: readonly EditionIndexEntry[]

// 'lazy': each file its own chunk, fetched when first asked for.
const context = require.context('./editions', false, /^\.\/\d{4}\.json$/, 'lazy')

/** A lazily loaded JSON module arrives as a namespace object, its content under `default`. */
function unwrap(m: unknown): unknown {
  return m !== null && typeof m === 'object' && 'default' in m ? (m as { default: unknown }).default : m
}

/** Each edition: its meta, and its content (unchecked JSON) as a promise. */
export const EDITION_FILES: readonly EditionFile[] = HQ_EDITION_METAS.map((meta) => ({
  year: meta.year,
  meta,
  load: () => (context(`./${meta.year}.json`) as Promise<unknown>).then(unwrap)
}))
