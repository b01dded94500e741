/**
 * The calendar as a citizen uses it, end to end on the production H5 build (Chromium, phone
 * viewport, browser in America/Los_Angeles): a tapped day's events come into view and their
 * count is announced; the month grid by keyboard (WAI-ARIA grid pattern); back from an event
 * page, another tab or a reload returns to the same month, day, mode and filters; the badge
 * and date lines of a card agree; years after the campaign, undated events and week headings
 * read as an archive.
 */
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()
let app: App

const EVENT_PATH = 'packages/events/detail/index'
const shown = () => app.page.locator('.taro_page:visible').last()
const cell = (date: string) => shown().locator(`[data-date="${date}"]`).first()
const grid = (name: string) => shown().getByRole('grid', { name })
const status = () => shown().locator('.month__status[aria-live="polite"]').first()
const focusedDate = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? null)

/** Waits until the element's top edge is on the screen (Taro's page container scrolls); says where it is if not. */
async function waitInView(locator: ReturnType<typeof shown>, what: string) {
  await locator.waitFor()
  const handle = await locator.elementHandle()
  try {
    await app.page.waitForFunction((el) => {
      const r = (el as Element).getBoundingClientRect()
      return r.top >= 0 && r.top < window.innerHeight - 60
    }, handle, { timeout: 10_000 })
  } catch {
    const top = await locator.evaluate((el) => Math.round(el.getBoundingClientRect().top))
    throw new Error(`${what} is not on the screen: its top is at ${top} px (screen height 812)`)
  }
}

describe('the calendar answers where the finger is', () => {
  it('a tapped day: its events come into view and their count is announced; a day without says so by the grid', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    await cell('2021-09-15').click()
    await status().getByText('9月15日有2项活动，列在下方').waitFor()
    // The day's heading and its first event are on screen (they start below the fold).
    await waitInView(shown().getByText('2021年9月15日 周三 · 2项活动'), 'the day’s heading')
    await waitInView(shown().getByTestId('event-open-day').first(), 'the day’s first event')
    expect(await cell('2021-09-15').getAttribute('aria-selected')).toBe('true')

    // A day with no known event: said next to the grid, which stays where it is.
    await cell('2021-09-05').scrollIntoViewIfNeeded()
    await cell('2021-09-05').click()
    await status().getByText('9月5日没有已知日期的活动').waitFor()
    await waitInView(status(), 'the words next to the grid')
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('the month grid is one Tab stop; arrows, Home/End, Page Up/Down move; Enter chooses; the focus ring shows', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    // Tab to the grid: it is entered on today, once.
    let stop: string | null = null
    for (let i = 0; i < 60 && stop === null; i++) {
      await app.page.keyboard.press('Tab')
      stop = await focusedDate()
    }
    expect(stop).toBe('2021-09-14')
    await app.page.keyboard.press('Tab')
    expect(await focusedDate()).toBeNull() // one Tab leaves the grid
    await app.page.keyboard.press('Shift+Tab')
    expect(await focusedDate()).toBe('2021-09-14')

    await app.page.keyboard.press('ArrowRight')
    expect(await focusedDate()).toBe('2021-09-15')
    const ring = await app.page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as HTMLElement)
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }
    })
    expect(ring.style).toBe('solid')
    expect(ring.width).toBeGreaterThanOrEqual(2)
    // Its name says the date, the weekday and the events (the cell shows only "15" and "2项").
    expect(await shown().getByRole('gridcell', { name: '9月15日 周三，2项活动', exact: true }).getAttribute('data-date')).toBe('2021-09-15')
    await app.page.keyboard.press('ArrowDown')
    expect(await focusedDate()).toBe('2021-09-22')
    await app.page.keyboard.press('Home')
    expect(await focusedDate()).toBe('2021-09-20')
    await app.page.keyboard.press('End')
    expect(await focusedDate()).toBe('2021-09-26')
    await app.page.keyboard.press('ArrowUp')
    await app.page.keyboard.press('ArrowLeft')
    expect(await focusedDate()).toBe('2021-09-18')
    await app.page.keyboard.press('Enter')
    await status().getByText('9月18日没有已知日期的活动').waitFor()
    expect(await cell('2021-09-18').getAttribute('aria-selected')).toBe('true')

    await app.page.keyboard.press('PageDown')
    await grid('2021年10月日历').waitFor()
    expect(await focusedDate()).toBe('2021-10-18')
    await app.page.keyboard.press('PageUp')
    await grid('2021年9月日历').waitFor()
    expect(await focusedDate()).toBe('2021-09-18')
    await app.page.keyboard.press('ArrowUp')
    await app.page.keyboard.press('ArrowUp')
    await app.page.keyboard.press('ArrowLeft')
    await app.page.keyboard.press('ArrowLeft')
    await app.page.keyboard.press('ArrowLeft')
    expect(await focusedDate()).toBe('2021-09-01')
    await app.page.keyboard.press(' ')
    await status().getByText('9月1日没有已知日期的活动').waitFor()
    // The Tab stop went with the focus: still one.
    expect(await shown().locator('[role="gridcell"][tabindex="0"]').count()).toBe(1)
    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
  })
})

describe('back restores the calendar', () => {
  it('back from an event page, after a reload of it, and from another tab: the same month, day and mode', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    await app.tap('10月 ›')
    await grid('2021年10月日历').waitFor()
    await cell('2021-10-01').click()
    await status().getByText('10月1日有1项活动，列在下方').waitFor()

    // Open its event, come back.
    await shown().getByTestId('event-green-cert-week').click()
    await app.waitForRoute(`${EVENT_PATH}?id=green-cert-week`)
    await app.page.goBack()
    await app.waitForRoute('pages/events/index')
    await grid('2021年10月日历').waitFor()
    expect(await cell('2021-10-01').getAttribute('aria-selected')).toBe('true')

    // Again, with a reload of the event page on the way: the calendar page is made anew.
    await shown().getByTestId('event-green-cert-week').click()
    await app.waitForRoute(`${EVENT_PATH}?id=green-cert-week`)
    await app.reload()
    await app.waitForText('日期与来源')
    await app.page.goBack()
    await app.waitForRoute('pages/events/index')
    await grid('2021年10月日历').waitFor()
    expect(await cell('2021-10-01').getAttribute('aria-selected')).toBe('true')
    await status().getByText('10月1日有1项活动，列在下方').waitFor()

    // The list, a filter, another tab and back.
    await app.tap('列表')
    await app.waitForText('9月13日–19日（本周）')
    await app.tap('筛选 ▾')
    await app.tap('一、省市场监管局')
    await app.waitForText('符合条件：12项活动（共12项）')
    await app.openTab('投诉')
    await app.page.goBack()
    await app.waitForRoute('pages/events/index')
    await app.waitForText('9月13日–19日（本周）')
    await app.waitForText('符合条件：12项活动（共12项）')
    expect(await shown().getByRole('tab', { name: '列表' }).getAttribute('aria-selected')).toBe('true')
    expect(app.errors).toEqual([])
  })

  it('a kept view that is corrupt, or from another day, starts fresh without an error', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.tap('10月 ›')
    await grid('2021年10月日历').waitFor()
    // Another day's view (kept with the day it was saved on), then a corrupt one.
    await app.page.evaluate(() => {
      const raw = localStorage.getItem('hq:calendar-view')
      if (!raw) throw new Error('the calendar view was not kept')
      localStorage.setItem('hq:calendar-view', raw.replace(/2021-09-14/g, '2021-09-13'))
    })
    await app.reload() // the 活动 tab again, made anew
    await grid('2021年9月日历').waitFor()
    await app.page.evaluate(() => localStorage.setItem('hq:calendar-view', '{"data":{"version":1,"edition":"2021"'))
    await app.reload() // the 活动 tab again, made anew
    await grid('2021年9月日历').waitFor()
    expect(app.errors).toEqual([])
  })
})

describe('one card, one story; an archive in any later year', () => {
  it('2021-09-14: each badge names the date it comes from — 服务认证体验周 is 海南 · 日期待定, not a bare 日期待定 over 已结束', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.tap('列表')
    await app.waitForText('9月13日–19日（本周）')
    const card = shown().getByTestId('event-service-cert-week').first()
    expect(await card.locator('.hq-badge').first().innerText()).toBe('海南 · 日期待定')
    const lines = await card.locator('.event-item__date').allInnerTexts()
    expect(lines).toEqual(['全国 · 9月9日 · 已结束', '海南 · 9月内，日期待定'])
    // Every card: a scoped badge repeats the scope of one of its lines.
    for (const c of await shown().locator('[data-testid^="event-"]').all()) {
      const badge = await c.locator('.hq-badge').first().innerText()
      const scope = badge.match(/^(全国|海南) · /)?.[1]
      if (scope) expect((await c.locator('.event-item__date').allInnerTexts()).some((l) => l.startsWith(`${scope} · `))).toBe(true)
    }
  })

  it('2026-12-07: undated events say their Hainan day was never published; weeks are named by their dates', async () => {
    app = await e2e.open({ now: '2026-12-07' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    await app.waitForText('9月内 · 具体日期未公布')
    let text = await app.text()
    expect(text).toContain('以下活动通知只写明在这个月内开展，海南的具体日期未公布。')
    expect(text).toContain('海南 · 2021年9月内 · 已结束，具体日期未公布')
    expect(text).not.toMatch(/具体安排以主办单位通知为准|日期待定|这一周|本周/)
    await app.tap('列表')
    await app.waitForText('9月13日–19日')
    const headings = await shown().locator('.event-list__heading').allInnerTexts()
    expect(headings).toEqual(['9月6日–12日', '9月13日–19日', '9月27日–10月3日', '9月内 · 具体日期未公布'])

    // The event page says it in the past tense too.
    await shown().getByTestId('event-elevator-week').click()
    await app.waitForRoute(`${EVENT_PATH}?id=elevator-week`)
    await app.waitForText('2021年9月内 · 海南的具体日期未公布')
    text = await app.text()
    expect(text).toContain('通知只写明在2021年9月内开展，海南的具体日期未公布，所以无法添加到手机日历。')
    expect(text).not.toMatch(/具体安排以主办单位通知为准|日期待定/)
    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
  })
})
