/**
 * Every year after the campaign reads as an archive (issue 24, item 3), in the production H5
 * build (Chromium, phone viewport, browser in America/Los_Angeles), on 2026-12-07 against
 * 2021-09-14: 首页 says 2026's campaign is not in the app, with 12315 · 12345 its first action;
 * the 2021 contact has no call button and says whose contact it is; 往届 calls 2021
 * 最近一届, not 本届; 往届 and 关于本程序 are at the top of 关于 (item 8). No console errors, no
 * request leaving 127.0.0.1, no serious axe violations.
 */
import type { Locator } from 'playwright-core'
import { axeViolations, PHONE, type App, withApp } from './support/app'

const e2e = withApp()

let app: App

const TODAY = '2026-12-07'
const DURING = '2021-09-14'
const NOT_IN_APP = '2026年“质量月”活动尚未在本程序发布'
const CONTACT = '2021年质量月活动联系人（通知原文）'
const CALL_CONTACT = '拨打 0898-65396470'

/** The page on screen. */
const current = () => app.page.locator('.taro_page:visible').last()

const expectClean = () => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
}

/** The page's controls in document order (what Tab and a screen reader reach), as "role: text". */
const controls = async () => (await current().locator('[role=button], [role=link], [role=radio], a[href]').evaluateAll((els) =>
  els.filter((el) => (el as HTMLElement).getClientRects().length > 0)
    .map((el) => `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${(el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`)))

/** True when the element is entirely inside the phone's first screen (no scrolling). */
const onFirstScreen = async (locator: Locator) => {
  const box = await locator.boundingBox()
  return !!box && box.y >= 0 && box.y + box.height <= PHONE.height
}

describe('首页', () => {
  it(`on ${TODAY}: says first that 2026's campaign is not in the app, 2021 is the latest, an archive; 12315 · 12345 the first action`, async () => {
    app = await e2e.open({ now: TODAY })
    await app.waitForText(NOT_IN_APP)
    const notice = current().getByTestId('year-not-in-app')
    expect(await notice.innerText()).toContain('以下是最近一届（2021年）的活动，已结束，作为存档供查阅。')
    expect(await onFirstScreen(notice)).toBe(true)
    const text = await app.text()
    // The notice comes before anything of 2021, and 2021 still says it is over.
    expect(text.indexOf(NOT_IN_APP)).toBeLessThan(text.indexOf('2021年海南省“质量月”活动'))
    expect(text).toContain('2021年活动已结束（存档），以下内容供回顾查阅')
    // The first action after the search box: 投诉举报 · 12315 · 12345, on the first screen.
    const [search, first, second] = await controls()
    expect(search).toMatch(/^button: 搜索/)
    expect(first).toBe('button: 投诉举报 12315 · 12345')
    expect(second).toMatch(/^button: 活动日历/)
    expect(await onFirstScreen(current().getByTestId('quick-complaints'))).toBe(true)
    await current().getByTestId('quick-complaints').click()
    await app.waitForRoute('pages/complaints/index')
    await app.waitForText('12315 · 全国12315平台')
    expectClean()
  })

  it(`on ${DURING}: no such notice; the calendar first, as during the campaign`, async () => {
    app = await e2e.open({ now: DURING })
    await app.waitForText('第14天（共30天），还剩16天')
    expect(await app.text()).not.toContain('尚未在本程序发布')
    const [, first] = await controls()
    expect(first).toMatch(/^button: 活动日历/)
    expectClean()
  })

  it(`on ${TODAY} it has no serious accessibility violations`, async () => {
    app = await e2e.open({ now: TODAY })
    await app.waitForText(NOT_IN_APP)
    expect(await axeViolations(app.page)).toEqual([])
  })
})

describe('投诉: the 2021 campaign\'s contact', () => {
  it(`on ${TODAY}: labelled as 2021's contact, an archive, with no call button; 12315 and 12345 still call`, async () => {
    app = await e2e.open({ now: TODAY })
    await app.openTab('投诉')
    await app.waitForText(CONTACT)
    const card = current().locator('.contact-card')
    const text = await card.innerText()
    expect(text).toContain('该活动已结束，此处仅作存档')
    expect(text).toContain('联系人：杨振；电话：0898-65396470')
    expect(await card.getByRole('button').allInnerTexts()).toEqual(['复制邮箱'])
    expect(await current().getByRole('button', { name: /0898-65396470/ }).count()).toBe(0)
    expect(await app.text()).not.toContain(CALL_CONTACT)
    for (const n of ['12315', '12345']) expect(await current().getByText(`拨打 ${n}`, { exact: true }).count()).toBe(1)
    expect(await axeViolations(app.page)).toEqual([])
    expectClean()
  })

  it(`on ${DURING}: the call button is there, named for the 2021 campaign`, async () => {
    app = await e2e.open({ now: DURING })
    await app.openTab('投诉')
    await app.waitForText(CONTACT)
    const call = current().locator('.contact-card').getByRole('button', { name: '拨打2021年质量月活动联系电话0898-65396470' })
    expect(await call.innerText()).toBe(CALL_CONTACT)
    expectClean()
  })
})

describe('关于 → 往届', () => {
  it(`on ${TODAY}: 往届 and 关于本程序 are on 关于's first screen; 往届 calls 2021 最近一届, never 本届`, async () => {
    app = await e2e.open({ now: TODAY, path: 'pages/about/index' })
    await app.waitForText('目录')
    const editions = current().getByRole('link', { name: '往届活动' })
    const info = current().getByRole('link', { name: '关于本程序' })
    expect(await onFirstScreen(editions)).toBe(true)
    expect(await onFirstScreen(info)).toBe(true)

    // By keyboard: a few Tab stops from the top (the search box, then these links).
    await app.page.keyboard.press('Tab')
    let reached = false
    for (let i = 0; i < 4 && !reached; i++) {
      await app.page.keyboard.press('Tab')
      reached = await app.page.evaluate(() => document.activeElement?.textContent === '往届活动')
    }
    expect(reached).toBe(true)
    await app.page.keyboard.press('Enter')
    await app.waitForRoute('packages/archive/list/index')
    await app.waitForText('最近一届（2021年）')
    const text = await app.text()
    expect(text).toContain('2021年9月1日–30日 · 已结束（存档）· 首页、活动、关于各页显示的就是这一届')
    expect(text).toContain('没有更早的活动：本程序目前只收录了2021年海南省“质量月”活动。')
    expect(text).not.toContain('本届')
    expect(await axeViolations(app.page)).toEqual([])
    expectClean()
  })

  it(`on ${TODAY}: 2021's own page says 最近一届 · 存档`, async () => {
    app = await e2e.open({ now: TODAY, path: 'packages/archive/edition/index?edition=2021' })
    await app.waitForText('最近一届 · 存档：2021年海南省“质量月”活动（2021年9月1日–30日）')
    const text = await app.text()
    expect(text).toContain('查看2021年全部16条口号')
    expect(text).not.toContain('本届')
    expectClean()
  })

  it(`on ${TODAY}: 关于本程序 from the top of 关于`, async () => {
    app = await e2e.open({ now: TODAY, path: 'pages/about/index' })
    await current().getByRole('link', { name: '关于本程序' }).click()
    await app.waitForRoute('packages/about/app-info/index')
    await app.waitForText('数据从哪里来')
    expectClean()
  })
})
