/**
 * Keyboard focus across pages on the production H5 build (issue 24, item 5): a page opened
 * from a link has the focus on its heading, and back puts it on the link again; a notice
 * paragraph opened from the search has it; a tab chosen by pointer has it on the tab's
 * heading, a tab chosen in the tab bar by keyboard keeps it on that tab; the skip link
 * 跳到标签栏 is the first Tab stop, visible when focused, and reaches the tab bar; it is not
 * there where there is no tab bar.
 */
import { axeViolations, type App, TAB_PATHS, withApp } from './support/app'

const e2e = withApp()
let app: App

const ORGANISER = 'packages/about/organiser/index'
const current = () => app.page.locator('.taro_page:visible').last()
const tabBar = () => app.page.getByRole('navigation', { name: '栏目' })

/** What has the focus: its role, its accessible name or text, its level (a heading's). */
const focused = () => app.page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null
  return {
    role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
    name: (el?.getAttribute('aria-label') || el?.textContent || '').replace(/\s+/g, ''),
    level: el?.getAttribute('aria-level') ?? null,
    current: el?.getAttribute('aria-current') ?? null
  }
})

/** Waits until the focus is on what `matches` says (the focus moves once the page is shown). */
const untilFocused = (matches: { role?: string; name?: string; level?: string }) => app.page.waitForFunction((m) => {
  const el = document.activeElement as HTMLElement | null
  if (!el) return false
  const role = el.getAttribute('role') ?? el.tagName.toLowerCase()
  const name = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, '')
  return (!m.role || role === m.role) && (!m.name || name === m.name) && (!m.level || el.getAttribute('aria-level') === m.level)
}, matches)

afterEach(() => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
})

describe('the focus follows the page', () => {
  it('a unit opened from the notice has the focus on its name (its heading); back puts it on the link that opened it', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('关于')
    const link = current().getByRole('link', { name: /^查看.*的活动$/ }).first()
    const linkName = await link.getAttribute('aria-label')
    await link.focus()
    await app.page.keyboard.press('Enter')
    await app.waitForRoute(ORGANISER)
    await untilFocused({ role: 'heading', level: '1', name: '省市场监管局' })
    // Tab goes on from the heading, inside the page (not back to the top of the app).
    await app.page.keyboard.press('Tab')
    expect(await current().evaluate((page) => page.contains(document.activeElement))).toBe(true)

    await app.page.goBack()
    await app.waitForRoute(TAB_PATHS['关于'])
    await untilFocused({ name: linkName ?? '' })
    expect((await focused()).role).toBe('link')
  })

  it('an event opened from 活动 has the focus on the event’s title; a page without a heading of its own (the draft) on its title bar', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await current().getByText('检验检测机构开放日').first().click()
    await app.waitForRoute('packages/events/detail/index')
    await untilFocused({ role: 'heading', level: '1', name: '检验检测机构开放日' })

    await app.page.locator('#taro-navigation-bar').getByRole('button', { name: '返回' }).click()
    await app.waitForRoute(TAB_PATHS['活动'])
    await app.openTab('投诉')
    await current().getByRole('button', { name: '写投诉或举报草稿' }).click()
    await app.waitForRoute('packages/complaints/draft/index')
    await untilFocused({ role: 'heading', level: '1', name: '投诉举报草稿' })
  })

  it('a page whose own code puts the focus (搜索: its search box) keeps it there', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await current().locator('.search-entry__box').click()
    await app.waitForRoute('packages/about/search/index')
    await untilFocused({ role: 'input' })
    expect(await current().evaluate((page) => page.contains(document.activeElement))).toBe(true)
  })

  it('a notice paragraph opened from the search has the focus, its 返回搜索结果 the next Tab stop', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `packages/about/search/index?q=${encodeURIComponent('杨振')}` })
    await app.waitForRoute('packages/about/search/index')
    await current().locator('.search-hit[data-kind="notice"]').first().click()
    await app.waitForRoute(TAB_PATHS['关于'])
    await app.page.waitForFunction(() => document.activeElement?.classList.contains('notice-para--target') ?? false)
    await app.page.keyboard.press('Tab')
    expect(await focused()).toEqual(expect.objectContaining({ name: '返回搜索“杨振”的结果' }))
  })

  it('a tab chosen by pointer: the focus on that tab’s heading', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('投诉')
    await untilFocused({ role: 'heading', level: '1', name: '投诉举报' })
    await app.openTab('活动')
    await untilFocused({ role: 'heading', level: '1', name: '活动日历' })
  })
})

describe('the skip link and the tab bar by keyboard', () => {
  it('跳到标签栏 is the first Tab stop, shown on screen when focused; Enter puts the focus on the current tab', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.waitForText('开展质量提升行动 推动自贸港高质量发展')
    const skip = app.page.getByRole('link', { name: '跳到标签栏' })
    expect(await skip.boundingBox().then((b) => !b || b.y + b.height <= 0)).toBe(true) // out of sight until focused
    await app.page.keyboard.press('Tab')
    expect(await focused()).toEqual(expect.objectContaining({ role: 'a', name: '跳到标签栏' }))
    const box = await skip.boundingBox()
    expect(box && box.y >= 0 && box.height >= 44 && box.width > 0).toBe(true)
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    expect(await axeViolations(app.page)).toEqual([])
    await app.page.keyboard.press('Enter')
    expect(await focused()).toEqual(expect.objectContaining({ name: '首页', current: 'page' }))
    expect(app.page.url()).toContain(`#/${TAB_PATHS['首页']}`)
  })

  it('a tab chosen by keyboard keeps the focus on it, now the current tab; back returns to the tab before', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.waitForText('开展质量提升行动 推动自贸港高质量发展')
    await app.page.keyboard.press('Tab')
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.press('Tab')
    expect(await focused()).toEqual(expect.objectContaining({ name: '活动' }))
    await app.page.keyboard.press('Enter')
    await app.waitForRoute(TAB_PATHS['活动'])
    await app.waitForText('活动日历')
    expect(await tabBar().locator('[aria-current="page"]').innerText()).toBe('活动')
    expect(await focused()).toEqual(expect.objectContaining({ name: '活动', current: 'page' }))
    // Space too, on the next one.
    await app.page.keyboard.press('Tab')
    await app.page.keyboard.press(' ')
    await app.waitForRoute(TAB_PATHS['投诉'])
    await app.waitForText('12315 · 全国12315平台')
    expect(await focused()).toEqual(expect.objectContaining({ name: '投诉', current: 'page' }))
    await app.page.goBack()
    await app.waitForRoute(TAB_PATHS['活动'])
  })

  it('on a page without the tab bar there is no skip link: the first Tab stop is the title bar’s 首页', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${ORGANISER}?id=amr` })
    await app.waitForText('活动日历中的活动')
    await app.page.keyboard.press('Tab')
    expect(await focused()).toEqual(expect.objectContaining({ role: 'button', name: '回到首页' }))
    expect(await app.page.getByRole('link', { name: '跳到标签栏' }).count()).toBe(0)
  })
})
