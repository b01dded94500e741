/**
 * Helpers for end-to-end flows on the production H5 build: open the app at a phone
 * viewport in a time zone other than China's, switch tabs, read text, catch downloads,
 * and collect what must not happen (console errors, requests leaving 127.0.0.1).
 *
 * A new test file needs only:
 *   const e2e = withApp()
 *   it('…', async () => {
 *     const app = await e2e.open({ now: '2021-09-14' })
 *     await app.openTab('活动')
 *     expect(await app.text()).toContain('…')
 *   })
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page, Download } from 'playwright-core'
import { launchBrowser } from './browser'
import { serveStatic } from './server'

export const PHONE = { width: 375, height: 812 }
/** Not UTC+8, and far from it: dates must still be China's. */
export const BROWSER_TIME_ZONE = 'America/Los_Angeles'

export type Env = { browser: Browser; baseUrl: string; close: () => Promise<void> }

/** Starts the static server and Chromium (once per test file: see withApp). */
export async function startEnv(): Promise<Env> {
  const server = await serveStatic()
  const browser = await launchBrowser()
  return {
    browser,
    baseUrl: server.url,
    close: async () => {
      await browser.close()
      await server.close()
    }
  }
}

export type TabText = '首页' | '活动' | '投诉' | '关于'
export const TAB_PATHS: Record<TabText, string> = {
  首页: 'pages/home/index',
  活动: 'pages/events/index',
  投诉: 'pages/complaints/index',
  关于: 'pages/about/index'
}

export type App = {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught page errors seen so far. */
  errors: string[]
  /** Requests to anywhere but the test server (they are blocked). */
  externalRequests: string[]
  openTab(tab: TabText): Promise<void>
  /** Waits until the address shows `path` and that page has finished arriving (Taro's page transition). */
  waitForRoute(path: string): Promise<void>
  /** The visible text of the current page (the tab bar excluded). */
  text(): Promise<string>
  waitForText(s: string | RegExp): Promise<void>
  /** Taps the first visible element of the current page with this text (exact for a string). */
  tap(s: string | RegExp): Promise<void>
  /** Reloads the page (same address) and waits for the app to render again. */
  reload(): Promise<void>
  download(action: () => Promise<unknown>): Promise<{ filename: string; body: Buffer }>
  /** The system clipboard's text (needs `permissions: ['clipboard-read', 'clipboard-write']`). */
  readClipboard(): Promise<string>
  /** Runs `action` and returns the new tab (window.open, target=_blank) it opened. */
  newTab(action: () => Promise<unknown>): Promise<Page>
  close(): Promise<void>
}

export type OpenOptions = {
  /** The app clock, e.g. 2021-09-14 (China date) or 2021-09-14T23:30 (China time). */
  now?: string
  /** The page to open, e.g. pages/events/index or packages/complaints/draft/index?kind=report. */
  path?: string
  /** Browser permissions for the app's origin, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[]
  /** The browser's prefers-reduced-motion setting. */
  reducedMotion?: 'reduce' | 'no-preference'
  /**
   * Installs Playwright's fake clock before the app loads, so a test can let time pass at once
   * with `app.page.clock.runFor(ms)` instead of waiting (time otherwise flows as usual).
   */
  fakeClock?: boolean
}

/**
 * The set-up every e2e file shares: the server and Chromium started once for the file
 * (beforeAll) and stopped after it (afterAll); each app opened with `open` is closed after
 * its test (afterEach). Call it at the top of the file.
 */
export function withApp(): { readonly env: Env; open(opts?: OpenOptions): Promise<App> } {
  let env: Env | undefined
  const opened: App[] = []
  beforeAll(async () => {
    env = await startEnv()
  })
  afterAll(async () => {
    await env?.close()
  })
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close().catch(() => undefined)
  })
  const fixture = {
    get env(): Env {
      if (!env) throw new Error('withApp(): the browser starts in beforeAll; use it inside a test')
      return env
    },
    async open(opts: OpenOptions = {}): Promise<App> {
      const app = await openApp(fixture.env, opts)
      opened.push(app)
      return app
    }
  }
  return fixture
}

export async function openApp(env: Env, opts: OpenOptions = {}): Promise<App> {
  const context = await env.browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: BROWSER_TIME_ZONE,
    acceptDownloads: true,
    reducedMotion: opts.reducedMotion ?? 'no-preference'
  })
  if (opts.permissions?.length) await context.grantPermissions(opts.permissions, { origin: env.baseUrl })
  const errors: string[] = []
  const externalRequests: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(env.baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    externalRequests.push(url)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))

  if (opts.fakeClock) await page.clock.install()
  const query = opts.now ? `?now=${encodeURIComponent(opts.now)}` : ''
  await page.goto(`${env.baseUrl}/${query}#/${opts.path ?? TAB_PATHS['首页']}`)
  await page.waitForSelector('.taro_page', { state: 'attached' })

  const app: App = {
    page,
    context,
    errors,
    externalRequests,
    async openTab(tab) {
      await page.locator('.hq-tabbar__item').filter({ hasText: tab }).first().click()
      await app.waitForRoute(TAB_PATHS[tab])
    },
    async waitForRoute(path) {
      await page.waitForFunction((p) => {
        if (!window.location.hash.includes(p)) return false
        // The page on top is that route's (Taro gives each page element its path as id, e.g.
        // /packages/events/detail/index?stamp=AB) and has arrived: Taro marks it stationed
        // when its transition is over. Right after the address changes, the old page is still on top.
        const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => el.getClientRects().length > 0)
        const top = shown[shown.length - 1]
        return !!top && top.id.split('?')[0] === `/${p.split('?')[0]}` && top.classList.contains('taro_page_stationed')
      }, path)
    },
    async text() {
      const visible = page.locator('.taro_page:visible').last()
      return (await visible.innerText()).replace(/\s+/g, ' ')
    },
    async waitForText(s) {
      await page.locator('.taro_page:visible').last().getByText(s).first().waitFor()
    },
    async tap(s) {
      await page.locator('.taro_page:visible').last().getByText(s, { exact: typeof s === 'string' }).first().click()
    },
    async reload() {
      await page.reload()
      await page.waitForSelector('.taro_page', { state: 'attached' })
    },
    async download(action) {
      const [d] = await Promise.all([page.waitForEvent('download'), action()]) as [Download, unknown]
      const path = await d.path()
      return { filename: d.suggestedFilename(), body: readFileSync(path) }
    },
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    async newTab(action) {
      const [tab] = await Promise.all([context.waitForEvent('page'), action()]) as [Page, unknown]
      return tab
    },
    close: () => context.close()
  }
  return app
}

/**
 * Runs axe-core on the page in its current colour scheme and again in dark (prefers-color-scheme,
 * emulated, then put back as it was); returns serious and critical violations as short lines,
 * each with the scheme it was found in (`[dark] color-contrast …`). A page already dark is
 * checked once.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: source })
  const current = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) as 'light' | 'dark'
  const lines: string[] = []
  try {
    for (const scheme of current === 'dark' ? ['dark'] as const : ['light', 'dark'] as const) {
      if (scheme !== current) await page.emulateMedia({ colorScheme: scheme })
      const result = await page.evaluate(async () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const axe = (window as any).axe
        const r = await axe.run(document, { resultTypes: ['violations'] })
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }))
      }) as Array<{ id: string; impact: string; help: string; nodes: string[] }>
      lines.push(...result
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `[${scheme}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`))
    }
  } finally {
    await page.emulateMedia({ colorScheme: current })
  }
  return lines
}
