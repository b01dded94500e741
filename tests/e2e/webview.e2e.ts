/**
 * The H5 page as WeChat's in-app browser and phone browsers treat it (issue 25 part 3):
 * - the browser must not rescale the text (text-size-adjust: 100%, src/index.html);
 * - the text size offers 标准字 / 大字模式 only (跟随微信 is weapp's: tests/weapp/text-size.weapp.test.ts);
 * - a page back from the back-forward cache (bfcache) shows the day it is now and the state
 *   another tab stored meanwhile, not what it showed when it was left.
 */
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM } from './support/browser'
import { serveStatic } from './support/server'
import { axeViolations, openApp, withApp, type App, type Env } from './support/app'

const e2e = withApp()

const textSizeRadios = (app: App) =>
  app.page.locator('.taro_page:visible').last().getByRole('radiogroup', { name: '字体大小' }).getByRole('radio')

describe('the browser does not rescale the text', () => {
  it('html and body have text-size-adjust: 100% (prefixed and not)', async () => {
    const app = await e2e.open({ now: '2021-09-14' })
    await app.waitForText('字体大小')
    const adjust = await app.page.evaluate(() => [document.documentElement, document.body].map((el) => {
      const s = getComputedStyle(el)
      return [s.getPropertyValue('-webkit-text-size-adjust'), s.getPropertyValue('text-size-adjust')]
    }))
    expect(adjust).toEqual([['100%', '100%'], ['100%', '100%']])
  })
})

describe('text size on H5', () => {
  it('offers 标准字 and 大字模式 (no 跟随微信), by keyboard, with nothing for axe', async () => {
    const app = await e2e.open({ now: '2021-09-14' })
    await app.waitForText('字体大小')
    const radios = textSizeRadios(app)
    expect((await radios.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('标准字'), expect.stringContaining('大字模式')
    ])
    expect(await app.text()).not.toContain('跟随微信')
    // Nothing stored yet (auto): 标准字 is checked, and the group's one Tab stop.
    expect(await radios.evaluateAll((els) => els.map((e) => [e.getAttribute('aria-checked'), e.getAttribute('tabindex')])))
      .toEqual([['true', '0'], ['false', '-1']])

    await radios.first().focus()
    await app.page.keyboard.press('ArrowDown')
    await app.page.waitForFunction(() => document.activeElement?.textContent?.includes('大字模式') && document.activeElement.getAttribute('aria-checked') === 'true')
    await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1.5"]') !== null)
    expect(await axeViolations(app.page)).toEqual([])

    await app.page.keyboard.press('ArrowDown') // wraps to 标准字
    await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1"]') !== null)
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toContain('标准字')
    expect(app.errors).toEqual([])
  })
})

/**
 * A real bfcache round trip. Playwright starts Chromium with the cache off
 * (--disable-back-forward-cache) and the test server sends `Cache-Control: no-store`, which
 * keeps a page out of it: this browser keeps the cache on, and the page's responses lose that
 * header (a static host that sends no no-store, as production would).
 */
describe('back from the back-forward cache', () => {
  let env: Env
  beforeAll(async () => {
    const server = await serveStatic()
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    env = {
      browser,
      baseUrl: server.url,
      close: async () => {
        await browser.close()
        await server.close()
      }
    }
  })
  afterAll(async () => {
    await env?.close()
  })

  /** Serves the app without no-store, and a plain same-origin page to leave the app for. */
  async function cacheable(page: Page): Promise<string> {
    await page.route(`${env.baseUrl}/**`, async (route) => {
      if (new URL(route.request().url()).pathname === '/elsewhere.html') {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html lang="zh-CN"><title>别处</title><p>别处</p></html>' })
      }
      const response = await route.fetch()
      const headers = { ...response.headers() }
      delete headers['cache-control']
      return route.fulfill({ response, headers })
    })
    return `${env.baseUrl}/elsewhere.html`
  }

  const hero = (app: App) => app.page.locator('.taro_page:visible').last().getByText(/第\d+天（共30天）/).first()

  it('shows the new day after midnight (China) and the text size chosen in another tab meanwhile', async () => {
    // No `now` parameter (it would fix the clock): Playwright's fake clock stands for the real one.
    const app = await openApp(env, { fakeClock: true })
    try {
      const elsewhere = await cacheable(app.page)
      await app.page.clock.setSystemTime(new Date('2021-09-14T23:50:00+08:00'))
      await app.reload() // the app starts on that day
      await hero(app).filter({ hasText: '第14天' }).waitFor()
      await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1"]') !== null)
      await app.page.evaluate(() => {
        window.addEventListener('pageshow', (e) => {
          (window as unknown as { hqRestored?: boolean }).hqRestored = e.persisted
        })
      })

      // Leave the app a few seconds before midnight (China); while it waits in the cache another
      // tab chooses 大字模式 and midnight passes. (Playwright's clock changes do not reach a document
      // frozen in the cache, but the fake time it was given keeps flowing there as everywhere in
      // this context: so the clock runs past midnight rather than jumping there.)
      await app.page.clock.setSystemTime(new Date('2021-09-14T23:59:57+08:00'))
      await app.page.goto(elsewhere)
      await app.page.getByText('别处').waitFor()
      const other = await app.context.newPage()
      await other.goto(`${env.baseUrl}/#/pages/home/index`)
      await other.getByText('大字模式', { exact: true }).first().click()
      await other.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1.5"]') !== null)
      await other.close()
      await app.page.waitForFunction((t) => Date.now() >= t, Date.parse('2021-09-15T00:00:01+08:00'))

      // Back: a restore from the cache, not a new load ('load' never fires on one: wait for the commit).
      await app.page.goBack({ waitUntil: 'commit' })
      await hero(app).filter({ hasText: '第15天' }).waitFor()
      // The same document, resumed: a new load would show the new day too, for the wrong reason.
      expect(await app.page.evaluate(() => (window as unknown as { hqRestored?: boolean }).hqRestored)).toBe(true)
      await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1.5"]') !== null)
      expect(await textSizeRadios(app).evaluateAll((els) => els.map((e) => e.getAttribute('aria-checked')))).toEqual(['false', 'true'])
      expect(app.errors).toEqual([])
      expect(app.externalRequests).toEqual([])
    } finally {
      await app.close()
    }
  })
})
