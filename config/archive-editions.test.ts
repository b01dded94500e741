/**
 * @jest-environment node
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SUBPACKAGES } from '../src/routes'
import ArchiveEditionsPlugin, { ARCHIVE_EDITIONS_DIR, archiveEditionFiles, editionModule, newestEditionYear } from './archive-editions'

/** The folder the test is working with: the last one `editions` made. */
let dir: string
/** Every folder made, removed after each test, passed or failed (a test may make more than one). */
const made: string[] = []

/** A folder of editions as src/content/editions holds them (with quiz banks, which are not editions). */
function editions(files: Record<string, unknown>): string {
  dir = mkdtempSync(join(tmpdir(), 'hq-archive-editions-'))
  made.push(dir)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content, null, 2))
  return dir
}

afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** Runs a module's text as WeChat would: CommonJS, `module.exports`. */
function runModule(text: string): unknown {
  const mod = { exports: {} as unknown }
  // eslint-disable-next-line no-new-func
  new Function('module', 'exports', text)(mod, mod.exports)
  return mod.exports
}

const E2021 = { campaign: { name: '2021年海南省“质量月”活动', note: 'a\u2028b' }, events: [{ id: 'open-day' }] }
const E2022 = { campaign: { name: '2022年' }, events: [] }

describe('the weapp main package bundles only the newest edition; the others go to the 往届 subpackage', () => {
  it('the newest edition is the latest year, whatever else the folder holds', () => {
    editions({ '2022.json': E2022, '2021.json': E2021, '2023.quiz.json': {}, 'notes.json': {} })
    expect(newestEditionYear(dir)).toBe('2022')
  })

  it('writes every edition but the newest as packages/archive/editions/<year>.js; with one edition, nothing', () => {
    editions({ '2020.json': E2022, '2021.json': E2021, '2022.json': E2022, '2022.quiz.json': {} })
    expect([...archiveEditionFiles(dir).keys()]).toEqual(['packages/archive/editions/2020.js', 'packages/archive/editions/2021.js'])
    editions({ '2021.json': E2021 })
    expect(archiveEditionFiles(dir).size).toBe(0)
  })

  it('the files land where they are loaded from: inside the 往届 subpackage of routes.ts, at the path edition-files.weapp.ts asks for', () => {
    const archive = SUBPACKAGES.find((p) => p.pages.some((page) => page.name === 'edition'))!
    expect(ARCHIVE_EDITIONS_DIR.slice(0, archive.root.length + 1)).toBe(`${archive.root}/`)
    // WeChat's require.async there takes a path from the package root (see that file's comment).
    const loader = readFileSync(join(__dirname, '../src/content/edition-files.weapp.ts'), 'utf8')
    expect(loader).toContain(`const ARCHIVE = './${ARCHIVE_EDITIONS_DIR}/'`)
  })

  it('a file is CommonJS exporting the edition as it is, Chinese text as UTF-8 (not \\uXXXX), one line', () => {
    const text = editionModule(JSON.stringify(E2021, null, 2))
    expect(text.startsWith('module.exports={')).toBe(true)
    expect(text).toContain('2021年海南省“质量月”活动')
    expect(text.replace('\\u2028', '')).not.toMatch(/\\u[0-9a-f]{4}/i)
    expect(text.trimEnd().split('\n')).toHaveLength(1)
    // U+2028 is escaped: a line break inside a string literal for older JavaScript engines.
    expect(text).not.toContain('\u2028')
    expect(runModule(text)).toEqual(E2021)
  })

  it('the plugin emits those files into the build at the ADDITIONAL stage and watches the editions', () => {
    editions({ '2021.json': E2021, '2022.json': E2022 })
    const emitted: Record<string, string> = {}
    const watched: string[] = []
    let stage = -1
    let run: () => void = () => undefined
    class RawSource { constructor(public text: string) {} }
    new ArchiveEditionsPlugin(dir).apply({
      webpack: { Compilation: { PROCESS_ASSETS_STAGE_ADDITIONAL: -2000 }, sources: { RawSource } },
      hooks: {
        thisCompilation: {
          tap: (_name, f) => f({
            hooks: { processAssets: { tap: (o, g) => { stage = o.stage; run = g } } },
            emitAsset: (file, source) => { emitted[file] = (source as RawSource).text },
            fileDependencies: { add: (file: string) => watched.push(file) },
            contextDependencies: { add: (folder: string) => watched.push(folder) }
          })
        }
      }
    })
    run()
    expect(stage).toBe(-2000)
    expect(Object.keys(emitted)).toEqual(['packages/archive/editions/2021.js'])
    expect(runModule(emitted['packages/archive/editions/2021.js'])).toEqual(E2021)
    expect(watched).toEqual([dir, join(dir, '2021.json'), join(dir, '2022.json')])
  })
})
