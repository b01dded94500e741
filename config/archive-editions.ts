/**
 * weapp: which editions the main package carries, and where the others go.
 *
 * Taro's mini-program build turns import() into a synchronous require and loads no async
 * webpack chunks, so an edition webpack sees is in the main package. Only the NEWEST edition (by
 * year: current for most of the year, and what a new release ships for) is bundled there:
 * src/content/edition-files.weapp.ts requires `./editions/` + HQ_NEWEST_EDITION + `.json`,
 * a constant path once DefinePlugin has put the year in, so webpack includes that file only.
 *
 * Every other edition is written by ArchiveEditionsPlugin, outside webpack's modules, as a plain
 * CommonJS file `module.exports = <json>` in the 往届 subpackage (ARCHIVE_EDITIONS_DIR, e.g.
 * dist/packages/archive/editions/2021.js), which edition-files.weapp.ts loads with WeChat's
 * `require.async` (分包异步化, base library ≥ 2.11.2; docs/editions.md). That subpackage has pages
 * already (a subpackage without pages may be rejected by WeChat).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { editionYears } from './edition-metas'

/** Where the other editions go in the weapp build: inside the 往届 subpackage (src/routes.ts packages/archive). */
export const ARCHIVE_EDITIONS_DIR = 'packages/archive/editions'

/** The newest edition's year in `dir`. */
export function newestEditionYear(dir: string): string {
  const years = editionYears(dir)
  if (years.length === 0) throw new Error(`no editions in ${dir}`)
  return years[years.length - 1]
}

/**
 * A JSON file's content as a CommonJS module: `module.exports=<json>`, compact, Chinese text
 * as UTF-8 (JSON.stringify escapes nothing above ASCII). U+2028 and U+2029 are escaped: valid
 * in JSON, they ended a line in JavaScript before ES2019.
 */
export function editionModule(json: string): string {
  const compact = JSON.stringify(JSON.parse(json) as unknown).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
  return `module.exports=${compact};\n`
}

/** The files the plugin writes for the editions in `dir`: path in the build → content. Every edition but the newest. */
export function archiveEditionFiles(dir: string): Map<string, string> {
  const newest = newestEditionYear(dir)
  return new Map(editionYears(dir).filter((y) => y !== newest)
    .map((y) => [`${ARCHIVE_EDITIONS_DIR}/${y}.js`, editionModule(readFileSync(join(dir, `${y}.json`), 'utf8'))]))
}

/** The bits of webpack's compiler this plugin uses (config/ cannot import webpack's types from Taro's copy). */
type Compilation = {
  hooks: { processAssets: { tap: (o: { name: string; stage: number }, f: () => void) => void } }
  emitAsset: (file: string, source: unknown) => void
  fileDependencies: { add: (f: string) => void }
  contextDependencies: { add: (f: string) => void }
}
type Compiler = {
  webpack: { Compilation: { PROCESS_ASSETS_STAGE_ADDITIONAL: number }; sources: { RawSource: new (s: string) => unknown } }
  hooks: { thisCompilation: { tap: (name: string, f: (c: Compilation) => void) => void } }
}

/**
 * Emits every edition of `dir` but the newest as `packages/archive/editions/<year>.js`
 * (archiveEditionFiles). Added at the ADDITIONAL stage, before the minimizer (terser writes
 * the object without quoted keys; the module stays `module.exports=…`).
 */
export default class ArchiveEditionsPlugin {
  constructor(private dir: string) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('hq-archive-editions', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'hq-archive-editions', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // Watch mode: a changed edition rebuilds (a new year's file still needs a restart: HQ_EDITION_METAS).
        compilation.contextDependencies.add(this.dir)
        for (const year of editionYears(this.dir)) compilation.fileDependencies.add(join(this.dir, `${year}.json`))
        for (const [file, text] of archiveEditionFiles(this.dir)) compilation.emitAsset(file, new sources.RawSource(text))
      })
    })
  }
}
