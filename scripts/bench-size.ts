/**
 * npm run bench:size — what a user downloads, next to the Taro hello-world
 * (scripts/baseline/taro-hello: one page, as the CLI's default template makes it).
 *
 * Builds, in one run, production, both targets: the hello-world (in a temporary copy with
 * this project's node_modules linked in; its builds are kept in dist-bench/) and the project
 * (dist/, dist-h5/). Then prints each figure with its budget and ok/OVER:
 *   - weapp main package, bytes WeChat uploads: project ÷ hello-world ≤ 1.4;
 *   - H5 JS Chromium loads to show the first page (首页, /#/pages/home/index; the
 *     hello-world's only page), gzip: project ÷ hello-world ≤ 1.3;
 *   - the largest page-only H5 chunk, gzip ≤ 15 KB. Page-only: a JS file that opening
 *     exactly one page loads. Each route of app.json is opened directly in a fresh Chromium
 *     context (empty cache) and the JS files it loads are recorded; a file loaded by one
 *     route only is that page's own code. (Files loaded by every route are the app shell,
 *     by several the shared chunks; files no route loads on opening — loaded later, on
 *     demand — are listed too.)
 *   - all H5 JS, raw ≤ 1 MB.
 * KB and MB are 1024-based; gzip is level 9 (scripts/size.ts).
 *
 * A benchmark, not a test: it exits 0 even when a figure is OVER, and non-zero on errors.
 *   --no-build      build nothing: measure dist/, dist-h5/ and dist-bench/ as they are;
 *   --no-app-build  build only the hello-world, measure the project's existing dist/ and
 *                   dist-h5/ (CI: reuses the builds npm test made).
 *   --editions N    what each extra edition costs: builds a temporary copy of the project with
 *                   N SYNTHETIC editions added (tests/fixtures/synthetic-editions.ts: 2021's
 *                   content under the years 2022…, marked as test data; never in the
 *                   repository's src/) into dist-bench/editions-N-{weapp,h5}, and prints the
 *                   growth per edition of the weapp main package (the edition's meta only:
 *                   it bundles the newest edition alone) and subpackages (往届: each older
 *                   edition's file), the H5 JS 首页 loads and all H5 JS. Default 2; 0 skips it.
 *                   With --no-build, the existing dist-bench/editions-N-* builds are measured
 *                   when present; with --no-app-build, an existing dist-bench/editions-N-weapp
 *                   (npm test makes editions-2-weapp: npm run test:weapp:editions) is reused.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { gzipBytes, kb, scriptsLoadedBy, walk, weappSizes } from './size'
import { writeSyntheticEditions } from '../tests/fixtures/synthetic-editions'

const ROOT = resolve(__dirname, '..')
export const APP_WEAPP = join(ROOT, 'dist')
export const APP_H5 = join(ROOT, 'dist-h5')
export const BENCH = join(ROOT, 'dist-bench')
export const HELLO_SOURCE = join(ROOT, 'scripts/baseline/taro-hello')
export const HELLO_WEAPP = join(BENCH, 'taro-hello-weapp')
export const HELLO_H5 = join(BENCH, 'taro-hello-h5')
export const APP_FIRST_PAGE = 'pages/home/index'
export const HELLO_FIRST_PAGE = 'pages/index/index'

export const BUDGETS = {
  weappMainRatio: 1.4,
  h5FirstPageGzipRatio: 1.3,
  pageOnlyChunkGzip: 15 * 1024,
  h5AllJsRaw: 1024 * 1024
}

const TARO_CLI = require.resolve('@tarojs/cli/bin/taro', { paths: [ROOT] })

/** Runs a production Taro build in `cwd`; its output goes to a log file, shown on failure. */
async function taroBuild(cwd: string, target: 'weapp' | 'h5', label: string): Promise<void> {
  mkdirSync(join(BENCH, 'logs'), { recursive: true })
  const log = join(BENCH, 'logs', `${label.replace(/[^a-z0-9]+/gi, '-')}-${target}.log`)
  const started = Date.now()
  process.stdout.write(`build ${label} ${target} … `)
  const chunks: Buffer[] = []
  const code = await new Promise<number | null>((ok, fail) => {
    const child = spawn(process.execPath, [TARO_CLI, 'build', '--type', target], {
      cwd,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.on('data', (b: Buffer) => chunks.push(b))
    child.stderr.on('data', (b: Buffer) => chunks.push(b))
    child.on('error', fail)
    child.on('exit', ok)
  })
  writeFileSync(log, Buffer.concat(chunks))
  // eslint-disable-next-line no-control-regex
  const text = Buffer.concat(chunks).toString('utf8').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
  if (code !== 0) {
    const tail = text.split('\n').filter((l) => l.trim()).slice(-40).join('\n')
    throw new Error(`${label} ${target} build failed (exit ${code}; log ${relative(ROOT, log)}):\n${tail}`)
  }
  const warnings = (text.match(/^WARNING in /gm) ?? []).length
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s${warnings ? ` (${warnings} webpack warnings: ${relative(ROOT, log)})` : ''}`)
}

/** Builds the hello-world, weapp then H5, into dist-bench/taro-hello-{weapp,h5}. */
async function buildHello(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'hq-taro-hello-'))
  const link = join(tmp, 'node_modules')
  try {
    cpSync(HELLO_SOURCE, tmp, { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), link, 'dir')
    for (const [target, dest] of [['weapp', HELLO_WEAPP], ['h5', HELLO_H5]] as const) {
      // The template writes both targets to dist/: move each build out before the next.
      await taroBuild(tmp, target, 'hello-world')
      rmSync(dest, { recursive: true, force: true })
      mkdirSync(BENCH, { recursive: true })
      cpSync(join(tmp, 'dist'), dest, { recursive: true })
      rmSync(join(tmp, 'dist'), { recursive: true, force: true })
    }
  } finally {
    if (existsSync(link)) unlinkSync(link) // the link only, never the project's node_modules
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** Where the builds with `n` synthetic editions go (npm run test:weapp:editions tests the weapp one). */
export const editionsBuild = (n: number, target: 'weapp' | 'h5') => join(BENCH, `editions-${n}-${target}`)

/**
 * Builds a temporary copy of the project (sources only, node_modules linked in) with `n`
 * SYNTHETIC editions added (the years 2022…), for each of `targets`, into dist-bench/editions-n-*.
 */
export async function buildWithSyntheticEditions(n: number, targets: ReadonlyArray<'weapp' | 'h5'> = ['weapp', 'h5']): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'hq-editions-'))
  const link = join(tmp, 'node_modules')
  try {
    const skip = /^(node_modules|dist|dist-h5|dist-bench|dist-h5-dev|dist-weapp-dev|coverage|test-results|\.git|\.swc|\.taro)$/
    cpSync(ROOT, tmp, { recursive: true, filter: (src) => src === ROOT || !skip.test(relative(ROOT, src).split(/[\\/]/)[0]) })
    symlinkSync(join(ROOT, 'node_modules'), link, 'dir')
    writeSyntheticEditions(tmp, syntheticYears(n))
    for (const target of targets) {
      await taroBuild(tmp, target, `project + ${n} synthetic editions`)
      const dest = editionsBuild(n, target)
      rmSync(dest, { recursive: true, force: true })
      mkdirSync(BENCH, { recursive: true })
      cpSync(join(tmp, target === 'weapp' ? 'dist' : 'dist-h5'), dest, { recursive: true })
    }
  } finally {
    if (existsSync(link)) unlinkSync(link) // the link only, never the project's node_modules
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** The years of `n` synthetic editions: 2022, 2023… */
export const syntheticYears = (n: number) => Array.from({ length: n }, (_, i) => String(2022 + i))

/** The growth per extra edition: the builds with `n` synthetic editions against the project's own. */
async function printEditionCost(n: number, base: { weapp: ReturnType<typeof weappSizes>; h5: H5Figures }): Promise<void> {
  const weappDir = editionsBuild(n, 'weapp')
  const h5Dir = editionsBuild(n, 'h5')
  if (!existsSync(join(weappDir, 'app.json')) || !existsSync(join(h5Dir, 'index.html'))) {
    console.log(`\nwhat each extra edition costs: not measured (no ${relative(ROOT, weappDir)}; run npm run bench:size -- --editions ${n})`)
    return
  }
  const weapp = weappSizes(weappDir)
  const routes = routesOf(weappDir)
  const h5 = await h5Figures(h5Dir, routes)
  const per = (a: number, b: number) => `${(a - b) >= 0 ? '+' : '−'}${kb(Math.abs(a - b) / n)}`
  console.log(`\nwhat each extra edition costs (the project + ${n} SYNTHETIC editions, copies of 2021 under the years 2022…; per edition)`)
  // weapp: the main package bundles the newest edition only (the newest synthetic one replaces
  // 2021 there) and HQ_EDITION_METAS; every other edition is a file in the 往届 subpackage
  // (packages/archive/editions/<year>.js, loaded with require.async; config/archive-editions.ts).
  console.log(`  weapp main package          ${per(weapp.main, base.weapp.main)}  (${kb(base.weapp.main)} → ${kb(weapp.main)}; only the edition's meta: the main package bundles the newest edition alone)`)
  for (const sub of weapp.subpackages) {
    const before = base.weapp.subpackages.find((x) => x.root === sub.root)?.bytes ?? 0
    const why = sub.root === 'packages/archive' ? '; the edition itself, editions/<year>.js, loaded with require.async' : sub.root === 'packages/quiz' ? '; its quiz bank' : ''
    if (Math.abs(sub.bytes - before) >= 100) console.log(`  weapp subpackage ${padCols(sub.root, 20)} ${per(sub.bytes, before)}  (${kb(before)} → ${kb(sub.bytes)}${why})`)
  }
  console.log(`  H5 JS loaded for 首页, raw   ${per(sum(h5.firstPage, 'raw'), sum(base.h5.firstPage, 'raw'))}  (${kb(sum(base.h5.firstPage, 'raw'))} → ${kb(sum(h5.firstPage, 'raw'))})`)
  // Synthetic editions are near-copies of 2021, which gzip finds and shrinks: a real year's text would not.
  console.log(`  H5 JS loaded for 首页, gzip  ${per(sum(h5.firstPage, 'gzip'), sum(base.h5.firstPage, 'gzip'))}  (${kb(sum(base.h5.firstPage, 'gzip'))} → ${kb(sum(h5.firstPage, 'gzip'))}; understated: the copies compress against each other)`)
  console.log(`  all H5 JS, raw              ${per(sum(h5.allJs, 'raw'), sum(base.h5.allJs, 'raw'))}  (${mb(sum(base.h5.allJs, 'raw'))} → ${mb(sum(h5.allJs, 'raw'))})`)
}

function requireBuild(dir: string, file: string, how: string): void {
  if (!existsSync(join(dir, file))) throw new Error(`${relative(ROOT, join(dir, file))} missing: ${how}`)
}

/** Every page route of a weapp build's app.json (main package, then subpackages). */
function routesOf(weappDir: string): string[] {
  const app = JSON.parse(readFileSync(join(weappDir, 'app.json'), 'utf8'))
  const subs: Array<{ root: string; pages: string[] }> = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/+$/, '')}/${p}`))]
}

type Js = { path: string; raw: number; gzip: number }

function jsFile(dir: string, path: string): Js {
  const body = readFileSync(join(dir, path.replace(/^\//, '')))
  return { path: path.replace(/^\//, ''), raw: body.length, gzip: gzipBytes(body) }
}

const sum = (files: Js[], k: 'raw' | 'gzip') => files.reduce((a, f) => a + f[k], 0)

export type H5Figures = {
  firstPage: Js[]
  /** Each JS file with the routes that load it on opening. */
  byFile: Array<Js & { routes: string[] }>
  allJs: Js[]
  routes: string[]
}

async function h5Figures(dir: string, routes: string[]): Promise<H5Figures> {
  const loaded = await scriptsLoadedBy(dir, routes)
  const allJs = walk(dir).filter((p) => p.endsWith('.js')).map((p) => jsFile(dir, relative(dir, p)))
  const byFile = allJs.map((f) => ({ ...f, routes: routes.filter((r) => loaded.get(r)!.some((s) => s.replace(/^\//, '') === f.path)) }))
  return { firstPage: loaded.get(routes[0])!.map((s) => jsFile(dir, s)), byFile, allJs, routes }
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER')
/** padEnd by terminal columns: CJK characters take two. */
export const padCols = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0)))
const ratio = (a: number, b: number) => a / b
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`

function printChunks(h5: H5Figures): void {
  const groups: Array<[string, Array<Js & { routes: string[] }>]> = [
    [`loaded by every page (${h5.routes.length}): the app shell`, h5.byFile.filter((f) => f.routes.length === h5.routes.length)],
    ['loaded by several pages: shared', h5.byFile.filter((f) => f.routes.length > 1 && f.routes.length < h5.routes.length)],
    ['loaded by one page only: page-only', h5.byFile.filter((f) => f.routes.length === 1)],
    ['loaded by no page on opening (on demand)', h5.byFile.filter((f) => f.routes.length === 0)]
  ]
  for (const [title, files] of groups) {
    if (!files.length) continue
    console.log(`  ${title}`)
    for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) {
      const who = f.routes.length === 1 ? f.routes[0] : f.routes.length > 1 && f.routes.length < h5.routes.length ? `${f.routes.length} pages` : ''
      console.log(`    ${f.path.padEnd(28)} ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}  ${who}`)
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const at = args.indexOf('--editions')
  const editions = at >= 0 ? Number(args[at + 1]) : 2
  if (!Number.isInteger(editions) || editions < 0 || editions > 20) throw new Error(`--editions takes a whole number from 0 to 20, got ${args[at + 1]}`)
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args
  const unknown = rest.filter((a) => a !== '--no-build' && a !== '--no-app-build')
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')} (use --no-build, --no-app-build or --editions N)`)
  const buildNothing = args.includes('--no-build')

  if (!buildNothing) {
    await buildHello()
    if (!args.includes('--no-app-build')) {
      await taroBuild(ROOT, 'weapp', 'project')
      await taroBuild(ROOT, 'h5', 'project')
    }
    if (editions > 0) {
      // --no-app-build (CI): the weapp build with the same synthetic editions that npm test made
      // (npm run test:weapp:editions) is measured as it is; only the H5 one is built.
      const weapp = editionsBuild(editions, 'weapp')
      const reuse = args.includes('--no-app-build') && existsSync(join(weapp, 'app.json'))
      if (reuse) console.log(`(reusing ${relative(ROOT, weapp)}, the weapp build with ${editions} synthetic editions npm test made)`)
      await buildWithSyntheticEditions(editions, reuse ? ['h5'] : ['weapp', 'h5'])
    }
  }
  requireBuild(APP_WEAPP, 'app.json', 'run npm run build:weapp (or npm run bench:size without --no-build)')
  requireBuild(APP_H5, 'index.html', 'run npm run build:h5 (or npm run bench:size without --no-build)')
  requireBuild(HELLO_WEAPP, 'app.json', 'run npm run bench:size without --no-build once')
  requireBuild(HELLO_H5, 'index.html', 'run npm run bench:size without --no-build once')

  const appWeapp = weappSizes(APP_WEAPP)
  const helloWeapp = weappSizes(HELLO_WEAPP)
  const appRoutes = routesOf(APP_WEAPP)
  if (appRoutes[0] !== APP_FIRST_PAGE) throw new Error(`the first page is ${appRoutes[0]}, not ${APP_FIRST_PAGE}`)
  const app = await h5Figures(APP_H5, appRoutes)
  const hello = await h5Figures(HELLO_H5, [HELLO_FIRST_PAGE])

  const pageOnly = app.byFile.filter((f) => f.routes.length === 1).sort((a, b) => b.gzip - a.gzip)
  const largest = pageOnly[0]
  const allRaw = sum(app.allJs, 'raw')
  const firstApp = sum(app.firstPage, 'gzip')
  const firstHello = sum(hello.firstPage, 'gzip')
  const weappRatio = ratio(appWeapp.main, helloWeapp.main)
  const firstRatio = ratio(firstApp, firstHello)

  console.log('\nbench:size — production builds; project vs the Taro hello-world (scripts/baseline/taro-hello)')
  const row = (what: string, figure: string, budget: string, ok: boolean) =>
    console.log(`  ${padCols(what, 34)} ${padCols(figure, 48)} budget ${padCols(budget, 9)} ${verdict(ok)}`)
  row('weapp main package', `${kb(appWeapp.main)} vs ${kb(helloWeapp.main)} = ${weappRatio.toFixed(2)}×`, `≤ ${BUDGETS.weappMainRatio}×`, weappRatio <= BUDGETS.weappMainRatio)
  row('H5 JS loaded for 首页, gzip', `${kb(firstApp)} vs ${kb(firstHello)} = ${firstRatio.toFixed(2)}×`, `≤ ${BUDGETS.h5FirstPageGzipRatio}×`, firstRatio <= BUDGETS.h5FirstPageGzipRatio)
  row('largest page-only H5 chunk, gzip', largest ? `${kb(largest.gzip)} (${largest.path}, ${largest.routes[0]})` : 'none', `≤ ${kb(BUDGETS.pageOnlyChunkGzip)}`, !largest || largest.gzip <= BUDGETS.pageOnlyChunkGzip)
  row('all H5 JS, raw', `${mb(allRaw)} (${app.allJs.length} files)`, `≤ ${mb(BUDGETS.h5AllJsRaw)}`, allRaw <= BUDGETS.h5AllJsRaw)

  console.log('\ndetails')
  console.log(`  weapp main package: project ${appWeapp.main} B, hello-world ${helloWeapp.main} B; project subpackages: ${appWeapp.subpackages.map((s) => `${s.root} ${kb(s.bytes)}`).join(', ')}`)
  console.log(`  H5 first page, raw: project ${kb(sum(app.firstPage, 'raw'))} (${app.firstPage.length} files), hello-world ${kb(sum(hello.firstPage, 'raw'))} (${hello.firstPage.length} files); all H5 JS of the hello-world ${kb(sum(hello.allJs, 'raw'))}`)
  console.log(`  project H5 JS by the pages that load it (${app.routes.length} routes, each opened directly)`)
  printChunks(app)
  if (editions > 0) await printEditionCost(editions, { weapp: appWeapp, h5: app })
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`bench:size failed: ${(err as Error).message}`)
    process.exit(1)
  })
}
