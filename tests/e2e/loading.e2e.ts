/**
 * What a phone downloads when it opens a page of the production H5 build (issue 10): the
 * opened page's own files, the current edition's content among them, are asked for by
 * index.html itself, alongside app.js, instead of after app.js has run
 * (config/route-preload.ts); a link to an event page fetches that page's files and not
 * 首页's; and no file is fetched or run twice, whichever page opens first.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type App, withApp } from './support/app'
import { H5_DIR } from './support/server'

const e2e = withApp()
let app: App

const HOME = 'pages/home/index'
const EVENT = 'packages/events/detail/index'

/** The per-page file lists index.html carries (written by config/route-preload.ts at build time). */
function pageFiles(): Record<string, string[]> {
  const html = readFileSync(join(H5_DIR, 'index.html'), 'utf8')
  const m = /var a=(\[[^\]]*\]),m=(\{.*?\}),p=/.exec(html)
  if (!m) throw new Error('dist-h5/index.html has no page file map: is config/route-preload.ts in the H5 build?')
  const all = JSON.parse(m[1]) as string[]
  const pages = JSON.parse(m[2]) as Record<string, number[]>
  return Object.fromEntries(Object.entries(pages).map(([p, ix]) => [p, ix.map((i) => `/${all[i]}`)]))
}

/**
 * Records, for each <script src> and stylesheet <link> put into the document, whether the app
 * (app.js: Taro's entry sets window.__taroAppConfig) had already run when it was added.
 */
const RECORD_ADDED = `(() => {
  const added = (window.__added = [])
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      const url = n.nodeType === 1 && (n.getAttribute('src') || (n.getAttribute('rel') === 'stylesheet' && n.getAttribute('href')))
      if (url) added.push({ path: new URL(url, window.location.href).pathname, appRan: Boolean(window.__taroAppConfig) })
    }
  }).observe(document, { childList: true, subtree: true })
})()`

/** Opens `hash` at a new document (another query: not just a change of hash) with RECORD_ADDED installed. */
async function openFresh(hash: string): Promise<void> {
  await app.page.addInitScript(RECORD_ADDED)
  await app.page.goto(new URL(`/?now=2021-09-14&from=bookmark${hash}`, app.page.url()).href)
}

/**
 * What the page asked for: every <script src>/stylesheet put into the document (webpack removes
 * its chunk scripts once they ran, so the additions are counted, not the elements), those
 * added before app.js ran, and every resource fetched.
 */
async function loaded(): Promise<{ added: string[]; addedBeforeApp: string[]; fetched: string[] }> {
  return app.page.evaluate(() => {
    const added = (window as unknown as { __added?: Array<{ path: string; appRan: boolean }> }).__added ?? []
    return {
      added: added.map((a) => a.path),
      addedBeforeApp: added.filter((a) => !a.appRan).map((a) => a.path),
      fetched: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
    }
  })
}

const count = (xs: string[], x: string) => xs.filter((y) => y === x).length

afterEach(() => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
})

describe('each page’s files start with the app, once', () => {
  it('首页 (an address without a page): its files are asked for before app.js has run, and each is fetched once', async () => {
    const files = pageFiles()[HOME]
    expect(files.some((f) => f.endsWith('.css'))).toBe(true)
    // Among them the current edition's content (its own chunk on H5), which the app asks for as it starts.
    const theme = JSON.parse(readFileSync(join(__dirname, '../../src/content/editions/2021.json'), 'utf8')).theme as string
    expect(files.filter((f) => f.endsWith('.js') && readFileSync(join(H5_DIR, f), 'utf8').includes(theme))).toHaveLength(1)
    app = await e2e.open({ now: '2021-09-14' })
    await openFresh('')
    await app.waitForText('开展质量提升行动 推动自贸港高质量发展')
    const { added, fetched, addedBeforeApp } = await loaded()
    for (const f of files) {
      expect([f, count(added, f)]).toEqual([f, 1])
      expect([f, addedBeforeApp.includes(f)]).toEqual([f, true])
      expect([f, count(fetched, f)]).toEqual([f, 1])
    }
    // Nothing else was fetched twice either, nor run twice.
    const js = fetched.filter((f) => f.endsWith('.js'))
    expect(js.filter((f, i) => js.indexOf(f) !== i)).toEqual([])
    expect(added.filter((f, i) => added.indexOf(f) !== i)).toEqual([])
  })

  it('a shared link to an event page fetches the event page’s files, not 首页’s own', async () => {
    const all = pageFiles()
    const homeOnly = all[HOME].filter((f) => !all[EVENT].includes(f))
    expect(homeOnly.length).toBeGreaterThan(0)
    app = await e2e.open({ now: '2021-09-14', path: 'packages/about/not-found/index' })
    await openFresh(`#/${EVENT}?id=elevator-week&edition=2021`)
    await app.waitForText('电梯安全宣传周')
    const { added, fetched, addedBeforeApp } = await loaded()
    for (const f of all[EVENT]) {
      expect([f, count(added, f)]).toEqual([f, 1])
      expect([f, addedBeforeApp.includes(f)]).toEqual([f, true])
    }
    for (const f of homeOnly) expect([f, fetched.includes(f)]).toEqual([f, false])
    const js = fetched.filter((f) => f.endsWith('.js'))
    expect(js.filter((f, i) => js.indexOf(f) !== i)).toEqual([])
  })

  it('from there the app still opens other pages as usual (their files come when asked for)', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${EVENT}?id=elevator-week&edition=2021` })
    await app.waitForText('电梯安全宣传周')
    await app.page.goto(new URL(`/?now=2021-09-14#/${HOME}`, app.page.url()).href)
    await app.waitForText('今日口号 · 9月14日')
    await app.openTab('活动')
    await app.waitForText('2021年9月')
  })
})
