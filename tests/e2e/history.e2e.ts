/**
 * The browser's back and forward buttons on the production H5 build (issue 24, item 2): a tab
 * switch is a history entry, so back returns to the tab before and never leaves the app from
 * inside it, and forward comes again; back from a page opened on 关于 returns to the notice
 * where the user was, also after a reload on that page; a saved position that is stale
 * (another edition) or corrupt starts the notice at its top, without an error.
 */
import { type App, type TabText, TAB_PATHS, withApp } from './support/app'

const e2e = withApp()
let app: App

const ORGANISER = 'packages/about/organiser/index'
const APP_INFO = 'packages/about/app-info/index'
/** The page on screen. */
const current = () => app.page.locator('.taro_page:visible').last()
const tabBar = () => app.page.getByRole('navigation', { name: '栏目' })
const scrollTop = () => current().evaluate((el) => el.scrollTop)

/** Back (or forward) in the browser, then the tab that must be on screen, marked current in the bar. */
async function expectTab(move: () => Promise<unknown>, tab: TabText): Promise<void> {
  await move()
  await app.waitForRoute(TAB_PATHS[tab])
  expect(await tabBar().locator('[aria-current="page"]').innerText()).toBe(tab)
}

/** On 关于, scrolls the notice down to a unit's 查看该单位的活动 link (far down the notice) and returns its position. */
async function scrollToAUnit(): Promise<{ top: number; link: ReturnType<typeof current> }> {
  await app.waitForText('琼质强省办〔2021〕5号')
  const link = current().getByRole('link', { name: /^查看.*的活动$/ }).nth(3)
  await link.scrollIntoViewIfNeeded()
  const top = await scrollTop()
  expect(top).toBeGreaterThan(1000)
  return { top, link }
}

afterEach(() => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
})

describe('tabs in the browser history', () => {
  it('back goes through the tabs the user chose, in reverse, and stays in the app; forward comes again', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.openTab('投诉')
    await app.openTab('关于')
    await expectTab(() => app.page.goBack(), '投诉')
    await expectTab(() => app.page.goBack(), '活动')
    await expectTab(() => app.page.goBack(), '首页')
    await app.waitForText('开展质量提升行动 推动自贸港高质量发展')
    await expectTab(() => app.page.goForward(), '活动')
    await app.waitForText('活动日历')
    await expectTab(() => app.page.goForward(), '投诉')
    await app.waitForText('12315 · 全国12315平台')
    // A new choice after going back drops the entries ahead, as in any site.
    await app.openTab('首页')
    await expectTab(() => app.page.goBack(), '投诉')
  })

  it('a tab opened from a card on 首页 is an entry too; a page opened from that tab comes back with 返回, then back reaches 首页', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await current().getByText('活动日历').first().click()
    await app.waitForRoute(TAB_PATHS['活动'])
    await current().getByText('检验检测机构开放日').first().click()
    await app.waitForRoute('packages/events/detail/index')
    await app.page.locator('#taro-navigation-bar').getByRole('button', { name: '返回' }).click()
    await app.waitForRoute(TAB_PATHS['活动'])
    await expectTab(() => app.page.goBack(), '首页')
  })
})

describe('the notice where the user left it', () => {
  it('back from a unit’s page (browser back) and from 关于本程序 (返回) returns to the same place in the notice', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('关于')
    const { top, link } = await scrollToAUnit()
    await link.click()
    await app.waitForRoute(ORGANISER)
    await app.page.goBack()
    await app.waitForRoute(TAB_PATHS['关于'])
    expect(Math.abs(await scrollTop() - top)).toBeLessThanOrEqual(2)

    // Further down, to the end, where 关于本程序 is.
    const info = current().getByRole('button', { name: /^关于本程序/ })
    await info.scrollIntoViewIfNeeded()
    const bottom = await scrollTop()
    expect(bottom).toBeGreaterThan(top)
    await info.click()
    await app.waitForRoute(APP_INFO)
    await app.page.locator('#taro-navigation-bar').getByRole('button', { name: '返回' }).click()
    await app.waitForRoute(TAB_PATHS['关于'])
    expect(Math.abs(await scrollTop() - bottom)).toBeLessThanOrEqual(2)
  })

  it('after a reload on the unit’s page, back still returns to the same place in the notice (the page is made again)', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.openTab('关于')
    const { top, link } = await scrollToAUnit()
    const text = await link.getAttribute('aria-label')
    await link.click()
    await app.waitForRoute(ORGANISER)
    await app.reload()
    await app.waitForRoute(ORGANISER)
    await app.page.goBack()
    await app.waitForRoute(TAB_PATHS['关于'])
    await app.page.waitForFunction((t) => Math.abs(Array.from(document.querySelectorAll('.taro_page')).filter((el) => el.getClientRects().length > 0).pop()!.scrollTop - t) <= 2, top)
    // The same unit's link is on screen, where the user tapped it.
    const box = await current().getByRole('link', { name: text ?? '' }).boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 812).toBe(true)
    // And back once more: the tab before, in the app.
    await expectTab(() => app.page.goBack(), '活动')
  })

  it.each([
    ['saved for another edition (stale)', (raw: string) => raw.replace(/"stamp":"\d{4}"/g, '"stamp":"2019"')],
    ['corrupt', () => '[["oops", {"notice": {"top": "far"}}], {']
  ])('a position %s starts the notice at its top, with no error; other saved data is untouched', async (_what, spoil) => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('关于')
    const { link } = await scrollToAUnit()
    await link.click()
    await app.waitForRoute(ORGANISER)
    const saved = await app.page.evaluate(() => ({ ...window.localStorage }))
    const raw = await app.page.evaluate(() => window.sessionStorage.getItem('hq-entry-state') ?? '')
    expect(raw).toContain('"notice"') // what the test spoils is there
    await app.page.evaluate((v) => window.sessionStorage.setItem('hq-entry-state', v), spoil(raw))
    await app.reload()
    await app.waitForRoute(ORGANISER)
    await app.page.goBack()
    await app.waitForRoute(TAB_PATHS['关于'])
    await app.waitForText('琼质强省办〔2021〕5号')
    expect(await scrollTop()).toBe(0)
    expect(await app.page.evaluate(() => ({ ...window.localStorage }))).toEqual(saved)
  })
})
