/**
 * npm run size — prints what the builds weigh (no thresholds: `npm run bench:size` compares
 * them with the Taro hello-world against the budgets). Needs `npm run build:weapp` and
 * `npm run build:h5` first.
 *
 * - weapp: main package bytes and each subpackage's (WeChat's limits: 2 MB each, 20 MB all),
 *   and the largest files;
 * - H5: the JavaScript the browser downloads to show the start page, raw and gzip,
 *   measured by loading dist-h5/ in Chromium (falls back to index.html's scripts
 *   when Chromium is not installed).
 *
 * The measuring functions are exported for scripts/bench-size.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const ROOT = resolve(__dirname, '..')
const WEAPP = join(ROOT, 'dist')
const H5 = join(ROOT, 'dist-h5')
const MB2 = 2 * 1024 * 1024

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name)
    return d.isDirectory() ? walk(p) : [p]
  })
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const pad = (s: string, n: number) => s.padEnd(n)

/** gzip as a static server would send it (level 9: the best case). */
export const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length

export type WeappSizes = {
  files: Array<{ rel: string; bytes: number }>
  main: number
  subpackages: Array<{ root: string; bytes: number }>
  total: number
}

/** A weapp build's package sizes: what WeChat uploads (no project.config.json, licences, maps). */
export function weappSizes(dir: string): WeappSizes {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'))
  const subs: Array<{ root: string }> = app.subPackages ?? app.subpackages ?? []
  // Files WeChat does not upload with the package.
  const ignored = (rel: string) => rel === 'project.config.json' || rel.endsWith('.LICENSE.txt') || rel.endsWith('.map')
  const files = walk(dir).map((p) => ({ rel: relative(dir, p), bytes: statSync(p).size })).filter((f) => !ignored(f.rel))
  const inSub = (rel: string) => subs.find((s) => rel.startsWith(s.root.replace(/\/?$/, '/')))
  const sum = (fs: typeof files) => fs.reduce((a, f) => a + f.bytes, 0)
  return {
    files,
    main: sum(files.filter((f) => !inSub(f.rel))),
    subpackages: subs.map((s) => ({ root: s.root, bytes: sum(files.filter((f) => inSub(f.rel) === s)) })),
    total: sum(files)
  }
}

function weappReport(): void {
  if (!existsSync(join(WEAPP, 'app.json'))) {
    console.log('weapp: no build (run npm run build:weapp)')
    return
  }
  const { files, main, subpackages, total } = weappSizes(WEAPP)
  console.log('weapp packages')
  console.log(`  ${pad('main', 24)} ${pad(kb(main), 10)} (${((main / MB2) * 100).toFixed(1)}% of 2 MB)`)
  for (const s of subpackages) {
    console.log(`  ${pad(`subpackage ${s.root}`, 24)} ${pad(kb(s.bytes), 10)} (${((s.bytes / MB2) * 100).toFixed(1)}% of 2 MB)`)
  }
  console.log(`  ${pad('total', 24)} ${kb(total)}`)
  console.log('weapp largest files')
  for (const f of [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 10)) console.log(`  ${pad(f.rel, 40)} ${kb(f.bytes)}`)
}

/**
 * The JS files (URL paths) Chromium loads when it opens each route of an H5 build directly,
 * e.g. `pages/home/index`: one server and browser, a fresh context (empty cache) per route,
 * until the page is there and the network is idle.
 */
export async function scriptsLoadedBy(dir: string, routes: string[]): Promise<Map<string, string[]>> {
  const { launchBrowser, CHROMIUM } = await import('../tests/e2e/support/browser')
  const { serveStatic } = await import('../tests/e2e/support/server')
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
  const server = await serveStatic(dir)
  const browser = await launchBrowser()
  const loaded = new Map<string, string[]>()
  try {
    for (const route of routes) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } })
      const page = await context.newPage()
      const scripts = new Set<string>()
      page.on('response', (r) => {
        const u = new URL(r.url())
        if (u.pathname.endsWith('.js')) scripts.add(u.pathname)
      })
      await page.goto(`${server.url}/#/${route}`)
      // The page's chunk loads after the app starts; networkidle alone can come first when
      // the machine is busy. Taro's router adds .taro_page once the page's code has loaded.
      await page.waitForSelector('.taro_page', { state: 'attached' })
      // H5 fetches the page's edition on demand (a chunk of its own): wait until no page says it is loading.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
      await page.waitForLoadState('networkidle')
      loaded.set(route, [...scripts])
      await context.close()
    }
    return loaded
  } finally {
    await browser.close()
    await server.close()
  }
}

async function firstLoadScripts(): Promise<string[]> {
  return (await scriptsLoadedBy(H5, ['pages/home/index'])).get('pages/home/index')!
}

function staticScripts(): string[] {
  const html = readFileSync(join(H5, 'index.html'), 'utf8')
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
}

async function h5Report(): Promise<void> {
  if (!existsSync(join(H5, 'index.html'))) {
    console.log('h5: no build (run npm run build:h5)')
    return
  }
  let how = 'loaded in Chromium'
  let scripts: string[]
  try {
    scripts = await firstLoadScripts()
  } catch (err) {
    how = `index.html scripts only (${(err as Error).message})`
    scripts = staticScripts()
  }
  let raw = 0
  let gz = 0
  console.log(`h5 first-load JS (${how})`)
  for (const s of scripts) {
    const body = readFileSync(join(H5, s.replace(/^\//, '')))
    const g = gzipBytes(body)
    raw += body.length
    gz += g
    console.log(`  ${pad(s, 40)} ${pad(kb(body.length), 10)} gzip ${kb(g)}`)
  }
  console.log(`  ${pad('total', 40)} ${pad(kb(raw), 10)} gzip ${kb(gz)}`)
}

async function report() {
  weappReport()
  console.log('')
  await h5Report()
}

if (require.main === module) {
  report().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
