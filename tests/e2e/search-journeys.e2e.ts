/**
 * The citizen's journeys from the search, on the production H5 build in Chromium (issue 24,
 * items 1 and 2): a query typed by keyboard — a number, 投诉, 举报, 维权, 电话, 热线, 买到假货 —
 * shows first the complaint channel the bundle says takes it, which opens the 投诉 tab at that
 * card, in view and focused, with its actions, 我该找谁？ one step away and the way back to the
 * results; the 2021 campaign's contact is shown below the channels as what it is; and going
 * back from a result's page brings the search back with its words and scroll position, also
 * after a reload.
 */
import { axeViolations, PHONE, type App, withApp } from './support/app'

const e2e = withApp()
let app: App

const SEARCH = 'packages/about/search/index'
const COMPLAINTS = 'pages/complaints/index'
const BOX = '搜索活动、主办单位、口号和通知原文'

const current = () => app.page.locator('.taro_page:visible').last()
const box = () => current().getByLabel(BOX, { exact: true })
const scrollTop = () => current().evaluate((el) => el.scrollTop)

/** Opens the search page and types `query` into its box by keyboard, one character at a time. */
async function searchFor(query: string, now = '2021-09-14') {
  app = await e2e.open({ now, path: SEARCH })
  await app.waitForRoute(SEARCH)
  await box().click()
  for (const ch of query) await app.page.keyboard.type(ch)
  await app.waitForText(/^找到\d+条结果$/)
}

/** Waits until the focused element has this id. */
const focusOn = (id: string) => app.page.waitForFunction((i) => document.activeElement?.id === i, id)

/** Waits until the element's top is on screen, in the upper half (a scroll has ended there). */
async function untilNearTop(selector: string) {
  await app.page.waitForFunction(([sel, height]) => {
    const els = Array.from(document.querySelectorAll(sel)).filter((e) => e.getClientRects().length > 0)
    const r = els[0]?.getBoundingClientRect()
    return !!r && r.top >= 0 && r.top < height / 2
  }, [selector, PHONE.height] as const)
}

afterEach(() => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
})

describe('search leads to the complaint channels', () => {
  it.each([
    ['12315', '12315'], ['12345', '12345'], ['投诉', '12315'], ['举报', '12315'],
    ['维权', '12315'], ['电话', '12315'], ['热线', '12345'], ['买到假货', '12315']
  ])('“%s”: the first result is the %s channel; it opens the 投诉 tab at its card, in view and focused, with its actions', async (query, id) => {
    await searchFor(query)
    const first = current().locator('.search-hit').first()
    await app.page.waitForFunction((k) => {
      const pages = Array.from(document.querySelectorAll('.taro_page')).filter((e) => e.getClientRects().length > 0)
      return (pages[pages.length - 1]?.querySelector('.search-hit') as HTMLElement | null)?.dataset.key === k
    }, id)
    expect(await first.getAttribute('data-kind')).toBe('channel')
    expect(await current().locator('.search-group__title').first().innerText()).toMatch(/^投诉举报渠道（\d）$/)

    await first.click()
    await app.waitForRoute(COMPLAINTS)
    const place = `#complaints-at-${id}`
    await focusOn(`complaints-at-${id}`)
    await untilNearTop(place)
    const card = current().locator(place)
    expect(await card.getAttribute('class')).toContain('complaints-place--target')
    const text = await card.innerText()
    expect(text).toContain(`拨打 ${id}`)
    // H5 opens the website (weapp: the mini-program, tests/weapp/search-journeys.weapp.test.ts).
    if (id === '12315') {
      for (const action of ['打开网站', '复制网址', '复制“12315”']) expect(text).toContain(action)
    }
    // The way back to the results and, at a channel, to 我该找谁？ — both right there.
    await card.getByRole('button', { name: `返回搜索结果：“${query}”` }).waitFor()
    await card.getByText('不确定找谁？看“我该找谁？”').waitFor()
  })

  it('我该找谁？ is one step from the channel; 返回搜索结果 brings back the words and the result opened, focused', async () => {
    await searchFor('买到假货')
    expect(await current().locator('.search-hit').nth(1).innerText()).toContain('我该找谁？')
    await current().locator('.search-hit[data-key="12315"]').click()
    await app.waitForRoute(COMPLAINTS)
    await focusOn('complaints-at-12315')
    expect(await axeViolations(app.page)).toEqual([])

    // By keyboard: Tab from the focused card reaches the links of its label row.
    await app.page.keyboard.press('Tab')
    await app.page.keyboard.press('Tab')
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('不确定找谁？看“我该找谁？”')
    await app.page.keyboard.press('Enter')
    await focusOn('complaints-at-guide')
    await untilNearTop('#complaints-at-guide')
    expect(await current().locator('#complaints-at-guide').innerText()).toContain('您要反映的问题和谁有关？')

    await current().getByRole('button', { name: '返回搜索结果：“买到假货”' }).click()
    await app.waitForRoute(SEARCH)
    expect(await box().inputValue()).toBe('买到假货')
    await app.page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.key === '12315')
  })

  it('电话, in 2026 too: the channels first, then the 2021 campaign contact, said not to be a channel', async () => {
    await searchFor('电话', '2026-12-07')
    const titles = await current().locator('.search-group__title').allInnerTexts()
    expect(titles.slice(0, 2)).toEqual(['投诉举报渠道（3）', '活动联系人（1）'])
    const keys = await current().locator('.search-group[data-kind="channel"] .search-hit').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key))
    expect(keys).toEqual(['12315', '12345', 'guide'])
    const contact = current().locator('.search-hit[data-kind="contact"]')
    const text = await contact.innerText()
    expect(text).toContain('2021年质量月活动联系人')
    expect(text).toContain('0898-65396470')
    expect(text).toContain('通知原文所列，不是投诉渠道')
    expect(await axeViolations(app.page)).toEqual([])
  })
})

describe('going back to the search', () => {
  /** Types 质量 and opens a result far down the list (a unit's activity), remembering where the list was. */
  async function openFarResult() {
    await searchFor('质量')
    const far = current().locator('.search-hit[data-kind="activity"]').nth(12)
    await far.scrollIntoViewIfNeeded()
    await current().evaluate((el) => { el.scrollTop -= 100 })
    const before = await scrollTop()
    expect(before).toBeGreaterThan(1000)
    await far.click()
    await app.waitForRoute('packages/about/organiser/index')
    return before
  }

  it('back from a result\'s page: the same words and scroll position', async () => {
    const before = await openFarResult()
    await app.page.goBack()
    await app.waitForRoute(SEARCH)
    expect(await box().inputValue()).toBe('质量')
    expect(Math.abs(await scrollTop() - before)).toBeLessThanOrEqual(2)
  })

  it('after a reload on the result\'s page, back makes the search again with the same words and scroll position', async () => {
    const before = await openFarResult()
    await app.reload()
    await app.waitForRoute('packages/about/organiser/index')
    await app.page.goBack()
    await app.waitForRoute(SEARCH)
    await app.page.waitForFunction(() => document.querySelectorAll('.search-hit').length > 0)
    expect(await box().inputValue()).toBe('质量')
    await app.page.waitForFunction((top) => {
      const pages = Array.from(document.querySelectorAll('.taro_page')).filter((e) => e.getClientRects().length > 0)
      return Math.abs((pages[pages.length - 1]?.scrollTop ?? 0) - top) <= 2
    }, before)
  })
})
