/**
 * docs/wechat-versions.md against the weapp build (dist/, or $WEAPP_DIST): the table of wx APIs
 * is complete and not stale, each version in it is the one WeChat's own typings
 * (miniprogram-api-typings, "需要基础库") give, every API newer than the minimum base library
 * is called behind the check the table names, and project.config.json's libVersion is that
 * minimum. The real minimum is set in the mp admin console; the docs say so.
 *
 * What counts as "the build calls wx.X": `.X` as a property access in our chunks (every .js but
 * taro.js, which lists every API name in Taro's proxy, and runtime.js: see build.weapp.test.ts),
 * for every X that WeChat's typings document as wx.X(…). Minifiers keep property names, so
 * `r().addPhoneCalendar({…})` stays findable; an object key (`addPhoneCalendar:"…"`) is not a call.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import fs from 'fs'
import path from 'path'
import { DIST } from './shim'

const ROOT = path.resolve(__dirname, '../..')
const DOC = path.join(ROOT, 'docs/wechat-versions.md')
const SKIPPED = ['taro.js', 'runtime.js']

type Guard = 'canIUse' | 'typeof' | 'try'
type Row = { api: string; version: string | null; guard: Guard | null; line: string }

/** -1, 0 or 1 as version a is lower than, equal to or higher than b. */
function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d) return d < 0 ? -1 : 1
  }
  return 0
}

const doc = fs.readFileSync(DOC, 'utf8')
const MINIMUM = /基础库最低版本[：:]\s*(\d+\.\d+\.\d+)/.exec(doc)?.[1]

/** The rows of the table under "## 接口": | `wx.name` | version or — | guard or — | … */
function apiTable(): Row[] {
  const section = /^## 接口[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1] ?? ''
  return section.split('\n').filter((l) => l.startsWith('| `wx.')).map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim())
    const api = /^`wx\.(\w+)`$/.exec(cells[0])?.[1]
    if (!api) throw new Error(`docs/wechat-versions.md: cannot read the API in "${line}"`)
    const version = cells[1] === '—' ? null : cells[1]
    if (version !== null && !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`docs/wechat-versions.md: "${cells[1]}" is not a version, in "${line}"`)
    const guard = cells[2] === '—' ? null : cells[2]
    if (guard !== null && !['canIUse', 'typeof', 'try'].includes(guard)) throw new Error(`docs/wechat-versions.md: unknown check "${cells[2]}" in "${line}"`)
    return { api, version, guard: guard as Guard | null, line }
  })
}

/** wx API name → the base library WeChat's typings say it needs (null: not stated). */
function officialVersions(): Map<string, string | null> {
  const file = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts', { paths: [require.resolve('miniprogram-simulate')] })
  const src = fs.readFileSync(file, 'utf8')
  const out = new Map<string, string | null>()
  // Each API's doc comment opens with a link whose text names it: [… wx.name(…)](…).
  for (const m of src.matchAll(/\/\*\*\s*\[([^\n]*)((?:(?!\*\/)[\s\S])*)\*\//g)) {
    const name = /\bwx\.(\w+)\(/.exec(m[1])?.[1]
    if (name && !out.has(name)) out.set(name, /需要基础库： `([\d.]+)`/.exec(m[2])?.[1] ?? null)
  }
  return out
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}
const rel = (f: string) => path.relative(DIST, f).split(path.sep).join('/')
const CHUNKS = (fs.existsSync(DIST) ? walk(DIST) : [])
  .filter((f) => f.endsWith('.js') && !SKIPPED.includes(rel(f)))
  .map((f) => ({ file: rel(f), text: fs.readFileSync(f, 'utf8') }))

/** Every `.name` property access in our chunks, with the text around it. */
function calls(name: string): Array<{ file: string; before: string; after: string }> {
  const re = new RegExp(`\\.${name}(?![\\w$])`, 'g')
  return CHUNKS.flatMap(({ file, text }) => [...text.matchAll(re)].map((m) => ({
    file,
    before: text.slice(Math.max(0, m.index! - 40), m.index!),
    after: text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)
  })))
}

const ROWS = apiTable()
const OFFICIAL = officialVersions()

test('the doc states a minimum base library, and project.config.json debugs with that version', () => {
  expect(MINIMUM).toMatch(/^\d+\.\d+\.\d+$/)
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as { libVersion?: string }
  expect(config.libVersion).toBe(MINIMUM)
})

test('the typings were read (the check below would pass on an empty list)', () => {
  expect(OFFICIAL.size).toBeGreaterThan(300)
  expect(OFFICIAL.get('onNeedPrivacyAuthorization')).toBe('2.32.3')
  expect(ROWS.length).toBeGreaterThan(10)
  expect(CHUNKS.length).toBeGreaterThan(5)
})

test('every wx API the build calls is in the table of docs/wechat-versions.md', () => {
  const listed = new Set(ROWS.map((r) => r.api))
  const missing = [...OFFICIAL.keys()]
    .map((api) => ({ api, where: calls(api) }))
    .filter(({ api, where }) => where.length > 0 && !listed.has(api))
  if (missing.length) {
    throw new Error(
      'docs/wechat-versions.md "## 接口" must list every wx API the build calls, with its base library. Missing:\n' +
      missing.map(({ api, where }) => `- wx.${api} (${OFFICIAL.get(api) ?? 'no version stated'}), in ${where[0].file}: …${where[0].before}.${api}${where[0].after}…`).join('\n')
    )
  }
})

test('every API in the table is called by the build (the table is not stale)', () => {
  const unused = ROWS.filter((r) => calls(r.api).length === 0).map((r) => `wx.${r.api}`)
  expect(unused).toEqual([])
})

test.each(ROWS.map((r) => [r.api, r] as const))('wx.%s: the version is WeChat\'s own', (_api, row) => {
  if (!OFFICIAL.has(row.api)) throw new Error(`wx.${row.api} is not a wx API in WeChat's typings`)
  expect([row.api, row.version]).toEqual([row.api, OFFICIAL.get(row.api) ?? null])
})

test.each(ROWS.map((r) => [r.api, r] as const))('wx.%s: newer than the minimum only behind the check the table names', (_api, row) => {
  const newer = row.version !== null && compare(row.version, MINIMUM!) > 0
  if (!newer) return
  if (!row.guard) throw new Error(`wx.${row.api} needs ${row.version}, above the minimum ${MINIMUM}: name its check (canIUse, typeof, try) in "${row.line}"`)
  for (const call of calls(row.api)) {
    const where = `${call.file}: …${call.before}.${row.api}${call.after}…`
    const guarded =
      row.guard === 'canIUse' ? CHUNKS.find((c) => c.file === call.file)!.text.includes(`canIUse("${row.api}")`)
        // `const f = Taro.x; if (typeof f !== 'function')` minifies to `.x;if("function"!=typeof f)`.
        : row.guard === 'typeof' ? /typeof/.test(call.after.slice(0, 30))
          // the call is inside a try block that opened just before it
          : /try\s*\{[^{}]*$/.test(call.before)
    expect([where, row.guard, guarded]).toEqual([where, row.guard, true])
  }
})
