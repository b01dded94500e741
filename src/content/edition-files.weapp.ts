/**
 * The editions in the weapp build. Taro 4.2.1's mini-program build cannot load a webpack chunk
 * later (babel-preset-taro turns import() into a synchronous require), so:
 * - the NEWEST edition (by year; HQ_NEWEST_EDITION, from config/archive-editions.ts) is bundled
 *   here, in the main package, and loads at once: it is current for most of the year;
 * - every other edition is a file of the 往届 subpackage, packages/archive/editions/<year>.js
 *   (written by the build, config/archive-editions.ts), loaded when a page first shows it with
 *   WeChat's `require.async` (分包异步化, base library ≥ 2.11.2), which downloads the
 *   subpackage if need be. Its promise rejects with an Error when that fails (offline): the
 *   page says so and offers 重试 (lib/use-edition.ts, features/display/EditionPending.tsx).
 * The metas of all editions come from the build (HQ_EDITION_METAS, as on H5: edition-files.h5.ts).
 * docs/editions.md “加载”.
 */
import type { EditionFile, EditionIndexEntry } from './edition-file'

declare const HQ_EDITION_METAS: readonly EditionIndexEntry[]
declare const HQ_NEWEST_EDITION: string

// A constant path once DefinePlugin has put the year in: webpack bundles this one file only.
// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const newest: unknown = require('./editions/' + HQ_NEWEST_EDITION + '.json')

/**
 * WeChat's require.async takes a path relative to the file the call is in: this module lands in
 * the root common.js (it is used by every page), so the path starts at the package root.
 * tests/weapp/build.weapp.test.ts checks that this string is only in a root-level file.
 */
const ARCHIVE = './packages/archive/editions/'

/** An older edition from the 往届 subpackage; rejects with an Error when WeChat cannot load it. */
function loadArchived(year: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // __non_webpack_require__: WeChat's own require (webpack writes `require`, leaving it alone).
    // A client without require.async (base library < 2.11.2) throws here: a rejection too.
    ;(__non_webpack_require__ as { async: (path: string) => Promise<unknown> }).async(`${ARCHIVE}${year}.js`).then(resolve, (err: unknown) => {
      const why = err !== null && typeof err === 'object' && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : String(err)
      reject(new Error(`edition ${year} did not load: ${why}`))
    })
  })
}

/** Each edition: its meta, and its content (unchecked JSON): the newest at once, others as a promise. */
export const EDITION_FILES: readonly EditionFile[] = HQ_EDITION_METAS.map((meta) => ({
  year: meta.year,
  meta,
  load: () => (meta.year === HQ_NEWEST_EDITION ? newest : loadArchived(meta.year))
}))
