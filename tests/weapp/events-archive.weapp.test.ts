/**
 * The 活动 tab and an event page of the real weapp build in WeChat's simulator (see shim.ts),
 * on the days issue 24 names: in 2026, undated events say in the past tense that their Hainan
 * day was never published and each week heading says which week it is; on 2021-09-14 a card's
 * badge agrees with its date lines (服务认证体验周: 海南 · 日期待定).
 * The app clock, set by a page's `now`, and the calendar's view stay set for later pages in
 * this file (as in WeChat): each test sets both.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { renderPage, unloadAllPages, type RenderedPage } from './shim'

const EVENTS = 'pages/events/index'
const EVENT = 'packages/events/detail/index'

afterEach(unloadAllPages)

const textOf = (el: { dom?: { textContent?: string | null } }) => (el.dom?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** Taps the view switch (月历 / 列表 / 我的关注) whose text starts with `label`; the caller waits for what it brings. */
async function chooseView(page: RenderedPage, label: string): Promise<void> {
  const find = () => page.component.querySelectorAll('.events__view').find((el) => textOf(el).startsWith(label))
  await page.waitFor(() => find() !== undefined, `the view switch ${label}`)
  find()!.dispatchEvent('tap')
}

/** The texts of the elements with this class, in order. */
const all = (page: RenderedPage, selector: string) => page.component.querySelectorAll(selector).map(textOf)

describe('the calendar in WeChat, years after the campaign (2026-12-07)', () => {
  it('undated events say their Hainan day was never published; weeks are named by their dates', async () => {
    const page = await renderPage(EVENTS, { now: '2026-12-07' }, { until: ['2021年9月', '9月内 · 具体日期未公布'] })
    await chooseView(page, '月历')
    await page.waitForText('以下活动通知只写明在这个月内开展，海南的具体日期未公布。')
    let text = page.text()
    expect(text).toContain('海南 · 2021年9月内 · 已结束，具体日期未公布')
    expect(text).not.toContain('具体安排以主办单位通知为准')
    expect(text).not.toContain('日期待定')

    await chooseView(page, '列表')
    await page.waitFor(() => all(page, '.event-list__heading').includes('9月13日–19日'), 'the list’s week headings')
    expect(all(page, '.event-list__heading')).toEqual(['9月6日–12日', '9月13日–19日', '9月27日–10月3日', '9月内 · 具体日期未公布'])
    text = page.text()
    expect(text).not.toMatch(/这一周|本周|具体安排以主办单位通知为准/)
  })

  it('an undated event’s page says so in the past tense', async () => {
    const page = await renderPage(EVENT, { id: 'elevator-week', now: '2026-12-07' }, { until: ['电梯安全宣传周', '2021年9月内 · 海南的具体日期未公布'] })
    const text = page.text()
    expect(text).toContain('通知只写明在2021年9月内开展，海南的具体日期未公布，所以无法添加到手机日历。')
    expect(text).not.toContain('具体安排以主办单位通知为准')
    expect(text).not.toContain('日期待定')
  })
})

describe('the calendar in WeChat during the campaign (2021-09-14)', () => {
  it('a card’s badge repeats one of its date lines: 服务认证体验周 is 海南 · 日期待定 over 全国 · 9月9日 · 已结束', async () => {
    const page = await renderPage(EVENTS, { now: '2021-09-14' }, { until: '第五届“服务认证体验周”' })
    await chooseView(page, '列表')
    await page.waitFor(() => all(page, '.event-list__heading').includes('9月13日–19日（本周）'), 'this week’s heading')
    const card = page.component.querySelectorAll('.event-item').find((el) => textOf(el).includes('第五届“服务认证体验周”'))!
    expect(card).toBeDefined()
    // Inside the card, by the DOM (its classes carry the component's prefix: main--hq-badge).
    const inCard = (cls: string) => Array.from(card.dom!.querySelectorAll(`[class*="${cls}"]`)).map((el) => (el.textContent ?? '').trim())
    expect(inCard('hq-badge')[0]).toBe('海南 · 日期待定')
    expect(inCard('event-item__date')).toEqual(['全国 · 9月9日 · 已结束', '海南 · 9月内，日期待定'])
    expect(all(page, '.event-list__heading')).toEqual(['9月6日–12日', '9月13日–19日（本周）', '9月27日–10月3日', '9月内 · 日期待定'])
  })
})
