/**
 * npm run size — prints what the builds weigh (no thresholds: the measurement later
 * budgets use). Needs `npm run build:weapp` and `npm run build:h5` first.
 *
 * - weapp: main package bytes and each subpackage's (WeChat's limits: 2 MB each, 20 MB all),
 *   and the largest files;
 * - H5: the JavaScript the browser downloads to show the start page, raw and gzip,
 *   measured by loading dist-h5/ in Chromium (falls back to index.html's scripts
 *   when Chromium is not installed).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const ROOT = resolve(__dirname, '..')
const WEAPP = join(ROOT, 'dist')
const H5 = join(ROOT, 'dist-h5')
const MB2 = 2 * 1024 * 1024

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name)
    return d.isDirectory() ? walk(p) : [p]
  })
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const pad = (s: string, n: number) => s.padEnd(n)

function weappReport(): void {
  if (!existsSync(join(WEAPP, 'app.json'))) {
    console.log('weapp: no build (run npm run build:weapp)')
    return
  }
  const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8'))
  const subs: Array<{ root: string }> = app.subPackages ?? app.subpackages ?? []
  // Files WeChat does not upload with the package.
  const ignored = (rel: string) => rel === 'project.config.json' || rel.endsWith('.LICENSE.txt') || rel.endsWith('.map')
  const files = walk(WEAPP).map((p) => ({ rel: relative(WEAPP, p), bytes: statSync(p).size })).filter((f) => !ignored(f.rel))
  const inSub = (rel: string) => subs.find((s) => rel.startsWith(s.root.replace(/\/?$/, '/')))
  const mainFiles = files.filter((f) => !inSub(f.rel))
  const sum = (fs: typeof files) => fs.reduce((a, f) => a + f.bytes, 0)

  console.log('weapp packages')
  console.log(`  ${pad('main', 24)} ${pad(kb(sum(mainFiles)), 10)} (${((sum(mainFiles) / MB2) * 100).toFixed(1)}% of 2 MB)`)
  for (const s of subs) {
    const bytes = sum(files.filter((f) => inSub(f.rel) === s))
    console.log(`  ${pad(`subpackage ${s.root}`, 24)} ${pad(kb(bytes), 10)} (${((bytes / MB2) * 100).toFixed(1)}% of 2 MB)`)
  }
  console.log(`  ${pad('total', 24)} ${kb(sum(files))}`)
  console.log('weapp largest files')
  for (const f of [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 10)) console.log(`  ${pad(f.rel, 40)} ${kb(f.bytes)}`)
}

async function firstLoadScripts(): Promise<string[]> {
  const { launchBrowser, CHROMIUM } = await import('../tests/e2e/support/browser')
  const { serveStatic } = await import('../tests/e2e/support/server')
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
  const server = await serveStatic(H5)
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } })
    const scripts = new Set<string>()
    page.on('response', (r) => {
      const u = new URL(r.url())
      if (u.pathname.endsWith('.js')) scripts.add(u.pathname)
    })
    await page.goto(`${server.url}/#/pages/home/index`, { waitUntil: 'networkidle' })
    return [...scripts]
  } finally {
    await browser.close()
    await server.close()
  }
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
    const g = gzipSync(body, { level: 9 }).length
    raw += body.length
    gz += g
    console.log(`  ${pad(s, 40)} ${pad(kb(body.length), 10)} gzip ${kb(g)}`)
  }
  console.log(`  ${pad('total', 40)} ${pad(kb(raw), 10)} gzip ${kb(gz)}`)
}

async function main() {
  weappReport()
  console.log('')
  await h5Report()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
