/**
 * Sources can be checked (issue 24, item 8), in the production H5 build (Chromium, phone
 * viewport): in 关于本程序 and on an event page every source address is a real link that opens
 * in a new tab (rel=noopener: the page opened gets no handle on the app) while the app stays
 * where it was; the same address carries one confidence everywhere it is shown. The tab's
 * request to the outside is blocked by the test (and recorded): nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()

let app: App

const APP_INFO = 'packages/about/app-info/index'
const OPEN_DAY_URL = 'https://www.instrument.com.cn/news/20210907/590893.shtml'

/** The addresses of the public sources in the bundle the build was made from. */
const BUNDLE_URLS = (() => {
  const urls = new Set<string>()
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>
      if (typeof o.publisher === 'string' && typeof o.url === 'string') urls.add(o.url)
      Object.values(o).forEach(walk)
    }
  }
  walk(JSON.parse(readFileSync(resolve(__dirname, '../../src/content/editions/2021.json'), 'utf8')))
  return [...urls].sort()
})()

/** The page on screen. */
const current = () => app.page.locator('.taro_page:visible').last()

/** Clicks `link` and resolves with the new tab and the request it made for the address. */
async function openInNewTab(href: string, click: () => Promise<void>) {
  const [tab, request] = await Promise.all([
    app.context.waitForEvent('page'),
    app.context.waitForEvent('request', { predicate: (r) => r.url() === href }),
    click()
  ])
  return { tab, request }
}

describe('关于本程序', () => {
  it('every source address is a link opening in a new tab; the app stays', async () => {
    app = await e2e.open({ now: '2026-12-07', path: APP_INFO })
    await app.waitForText('数据从哪里来')
    expect(BUNDLE_URLS.length).toBeGreaterThanOrEqual(3)
    const links = current().locator('.source-row a[href]')
    const shown = await links.evaluateAll((as) => as.map((a) => ({
      href: a.getAttribute('href'), text: (a as HTMLElement).innerText.trim(), target: a.getAttribute('target'), rel: (a.getAttribute('rel') ?? '').split(/\s+/)
    })))
    expect(shown.map((l) => l.href).sort()).toEqual(BUNDLE_URLS)
    for (const l of shown) {
      expect(l.text).toBe(l.href)
      expect(l.target).toBe('_blank')
      expect(l.rel).toContain('noopener')
    }

    const link = current().getByRole('link', { name: new RegExp(`^${OPEN_DAY_URL.replace(/[.?/]/g, '\\$&')}（仪器信息网《`) })
    const { tab } = await openInNewTab(OPEN_DAY_URL, () => link.click())
    expect(tab).not.toBe(app.page)
    expect(app.page.url()).toContain(APP_INFO) // the app did not navigate away
    expect(app.externalRequests).toContain(OPEN_DAY_URL)
    await tab.close()

    // By keyboard too: Enter on the focused link.
    await link.focus()
    const byKey = await openInNewTab(OPEN_DAY_URL, () => app.page.keyboard.press('Enter'))
    await byKey.tab.close()

    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
    expect(app.externalRequests.filter((u) => u !== OPEN_DAY_URL)).toEqual([])
  })

  it('an address shown in several rows has one confidence', async () => {
    app = await e2e.open({ now: '2026-12-07', path: APP_INFO })
    await app.waitForText('数据从哪里来')
    const rows = await current().locator('.source-row').evaluateAll((els) => els.map((el) => ({
      url: el.querySelector('a[href]')?.getAttribute('href') ?? null,
      confidences: [...(el as HTMLElement).innerText.matchAll(/可信度：(\S+?)(?:\s|$|（)/g)].map((m) => m[1])
    })))
    const byUrl = new Map<string, Set<string>>()
    for (const r of rows) if (r.url) for (const c of r.confidences) byUrl.set(r.url, (byUrl.get(r.url) ?? new Set()).add(c))
    expect(byUrl.size).toBe(BUNDLE_URLS.length)
    for (const [url, cs] of byUrl) expect([url, [...cs]]).toEqual([url, [expect.any(String)]])
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })
})

describe('an event page', () => {
  it('a date\'s source address is a link too, with the confidence 关于本程序 gives it', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/events/detail/index?id=open-day' })
    await app.waitForText('日期与来源')
    const link = current().locator(`a[href="${OPEN_DAY_URL}"]`)
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toContain('noopener')
    const date = current().locator('.event-date', { has: app.page.locator(`a[href="${OPEN_DAY_URL}"]`) })
    expect(await date.innerText()).toContain('可信度：高')
    const { tab } = await openInNewTab(OPEN_DAY_URL, () => link.click())
    await tab.close()
    expect(app.page.url()).toContain('packages/events/detail/index')

    await app.page.goto(app.page.url().replace(/#.*$/, `#/${APP_INFO}`))
    await app.waitForText('数据从哪里来')
    const row = current().locator('.source-row', { has: app.page.locator(`a[href="${OPEN_DAY_URL}"]`) })
    expect(await row.innerText()).toContain('用于活动日期：检验检测机构开放日；可信度：高')
    expect(app.errors).toEqual([])
  })
})
