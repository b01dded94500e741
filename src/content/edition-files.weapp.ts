/**
 * The editions in the weapp build: every src/content/editions/<year>.json, bundled
 * synchronously (in the main package). Taro 4.2.1's mini-program build has no way to load a
 * chunk later: babel-preset-taro turns import() into a synchronous require
 * (babel-plugin-dynamic-import-node) and the mini-program runtime loads no async webpack
 * chunks, so each edition costs the main package its size (README “届次”, “体积”).
 * The content is at hand, so the metas are read from it (H5 gets them from the build's config,
 * edition-files.ts): no second copy of names and event ids in the main package.
 */
import type { EditionFile } from './edition-file'
import type { Edition } from './schema'

const context = require.context('./editions', false, /^\.\/\d{4}\.json$/)

/** Each edition: its meta, and its content (unchecked JSON), at once. */
export const EDITION_FILES: readonly EditionFile[] = context.keys().map((key) => {
  const e = context(key) as Edition
  const year = key.slice(2, 6)
  const { name, start, end } = e.campaign
  return { year, meta: { year, name, start, end, eventIds: e.events.map((x) => x.id) }, load: () => e }
})
