/**
 * The editions in the weapp build: every src/content/editions/<year>.json, bundled
 * synchronously (in the main package's common.js). Taro 4.2.1's mini-program build has no way
 * to load a chunk later: babel-preset-taro turns import() into a synchronous require
 * (babel-plugin-dynamic-import-node) and the mini-program runtime loads no async webpack
 * chunks, so each edition costs the main package its size (README “届次”, “体积”).
 * The metas come from the build's config as on H5 (edition-files.ts).
 */
import type { EditionFile, EditionIndexEntry } from './edition-file'

declare const HQ_EDITION_METAS: readonly EditionIndexEntry[]

const context = require.context('./editions', false, /^\.\/\d{4}\.json$/)

/** Each edition: its meta, and its content (unchecked JSON), at once. */
export const EDITION_FILES: readonly EditionFile[] = HQ_EDITION_METAS.map((meta) => ({
  year: meta.year,
  meta,
  load: () => context(`./${meta.year}.json`) as unknown
}))
