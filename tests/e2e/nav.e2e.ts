/**
 * Search and navigation on the production H5 build (issue 11, item 2): 口号 finds the 口号
 * page and the 16 slogans, a slogan opens the 口号 page at it, and going back returns to the
 * search as it was; a notice result offers the way back; the 您要找的段落 marker has its own
 * line; typed text is centred in the search box; every page that is not a tab has a title bar
 * with a keyboard-reachable way back; an unknown address shows 找不到这个页面, never a blank page;
 * 关于本程序's addresses are readable.
 */
import type { Locator } from 'playwright-core'
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()
let app: App

const SEARCH = 'packages/about/search/index'
const SLOGANS = 'packages/campaign/slogans/index'
const current = () => app.page.locator('.taro_page:visible').last()
const bar = () => app.page.locator('#taro-navigation-bar')
const box = async (l: Locator) => {
  const b = await l.boundingBox()
  if (!b) throw new Error('not on screen')
  return b
}
const middle = async (l: Locator) => {
  const b = await box(l)
  return b.y + b.height / 2
}

/** Presses Tab until `target` has the focus (at most `max` times); true when it got there. */
async function tabTo(target: Locator, max = 30): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return true
  }
  return false
}

afterEach(() => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
})

describe('search', () => {
  it('口号 finds the 口号 page and all 16 slogans; a slogan opens the 口号 page at it; 返回 brings back the search as it was', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${SEARCH}?q=${encodeURIComponent('口号')}` })
    await app.waitForRoute(SEARCH)
    const group = current().locator('.search-group[data-kind="slogan"]')
    await group.waitFor()
    expect(await group.locator('.search-hit').count()).toBe(17)
    expect(await group.locator('.search-hit').first().innerText()).toContain('口号页')

    await group.locator('.search-hit[data-key="s5"]').click()
    await app.waitForRoute(`${SLOGANS}?id=s5`)
    await app.waitForText('提升产品和服务质量 推动经济高质量发展')
    expect(await current().locator('.slogan-item--highlighted').innerText()).toContain('提升产品和服务质量 推动经济高质量发展')
    expect(await app.page.locator('.hq-tabbar:visible').count()).toBe(0) // not the 关于 tab

    // The title bar says where we are; 返回 is reached with Tab and pressed with Enter.
    expect(await bar().innerText()).toContain('活动口号')
    // From the page (keyboard users start there after it opens), one Shift+Tab reaches 返回.
    const back = bar().getByRole('button', { name: '返回' })
    await current().focus()
    await app.page.keyboard.press('Shift+Tab')
    expect(await back.evaluate((el) => el === document.activeElement)).toBe(true)
    await app.page.keyboard.press('Enter')
    await app.waitForRoute(SEARCH)
    expect(await current().getByLabel('搜索活动、主办单位、口号和通知原文', { exact: true }).inputValue()).toBe('口号')
    expect(await current().locator('.search-group[data-kind="slogan"] .search-hit').count()).toBe(17)
  })

  it('a notice result opens the notice there, with a full-width marker and the way back to the results', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${SEARCH}?q=${encodeURIComponent('杨振')}` })
    await app.waitForRoute(SEARCH)
    await current().locator('.search-hit[data-kind="notice"]').first().click()
    await app.waitForRoute('pages/about/index')
    const target = current().locator('.notice-para--target')
    await target.waitFor()
    const flag = target.locator('.notice-para__flag-row')
    const text = target.locator('.notice-para__text')
    const t = await box(target)
    // The marker has its own line, and the paragraph keeps (nearly) the full width of the card.
    expect((await box(flag)).width).toBeGreaterThan(t.width * 0.85)
    expect((await box(text)).width).toBeGreaterThan(t.width * 0.6)
    expect((await box(text)).y).toBeGreaterThanOrEqual((await box(flag)).y + (await box(flag)).height - 1)
    await target.getByRole('button', { name: '返回搜索“杨振”的结果' }).click()
    await app.waitForRoute(SEARCH)
    expect(await current().getByLabel('搜索活动、主办单位、口号和通知原文', { exact: true }).inputValue()).toBe('杨振')
    expect(await current().locator('.search-hit').count()).toBeGreaterThan(0)
  })

  it('back from a notice paragraph, the search is at the result that was opened, with the focus on it', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${SEARCH}?q=${encodeURIComponent('质量')}` })
    await app.waitForRoute(SEARCH)
    // A result far down the list (below 活动日历, 主办单位的活动 and 活动口号).
    const opened = current().locator('.search-hit[data-kind="notice"]').nth(8)
    const key = await opened.getAttribute('data-key')
    await opened.click()
    await app.waitForRoute('pages/about/index')
    await current().getByRole('button', { name: '返回搜索“质量”的结果' }).click()
    await app.waitForRoute(SEARCH)
    await app.page.waitForFunction((k) => (document.activeElement as HTMLElement | null)?.dataset?.key === k, key)
    const r = await current().locator(`.search-hit[data-key="${key}"]`).boundingBox()
    const height = app.page.viewportSize()?.height ?? 0
    expect(r !== null && r.y >= 0 && r.y + r.height <= height).toBe(true)
    expect(await current().evaluate((el) => el.scrollTop)).toBeGreaterThan(1000)
  })

  it('typed text sits in the middle of the search box; so does the box on 首页 and 关于', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${SEARCH}?q=${encodeURIComponent('电梯')}` })
    await app.waitForRoute(SEARCH)
    const field = current().getByLabel('搜索活动、主办单位、口号和通知原文', { exact: true })
    await field.waitFor()
    expect(Math.abs(await middle(field) - await middle(current().locator('.search__bar')))).toBeLessThanOrEqual(3)
    await app.close()
    app = await e2e.open({ now: '2021-09-14' })
    for (const tab of ['首页', '关于'] as const) {
      await app.openTab(tab)
      const entry = current().locator('.search-entry__box')
      expect(Math.abs(await middle(entry.locator('.search-entry__label')) - await middle(entry))).toBeLessThanOrEqual(3)
    }
  })
})

describe('title bar and the way back', () => {
  const PAGES: Array<[string, string]> = [
    ['packages/events/detail/index?id=open-day', '活动详情'],
    ['packages/complaints/draft/index', '投诉举报草稿'],
    ['packages/about/organiser/index?id=amr', '主办单位'],
    [SEARCH, '搜索'],
    ['packages/about/app-info/index', '关于本程序'],
    [SLOGANS, '活动口号'],
    ['packages/quiz/daily/index', '质量知识问答']
  ]

  it.each(PAGES)('%s opened directly has the title %s and a 首页 button that Tab reaches', async (path, title) => {
    app = await e2e.open({ now: '2021-09-14', path })
    await app.waitForRoute(path)
    await bar().waitFor()
    expect(await bar().locator('.taro-navigation-bar-title').innerText()).toBe(title)
    const home = bar().getByRole('button', { name: '回到首页' })
    expect(await home.isVisible()).toBe(true)
    expect((await box(home)).height).toBeGreaterThanOrEqual(44)
    expect(await tabTo(home)).toBe(true)
    await app.page.keyboard.press('Enter')
    await app.waitForRoute('pages/home/index')
  })

  it('a page opened from 首页 has 返回, which goes back; the tabs have a title and no button', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    expect(await bar().locator('[role="button"]:visible').count()).toBe(0)
    await current().locator('.search-entry__box').click()
    await app.waitForRoute(SEARCH)
    // The search page puts the focus in its box as it arrives: wait for that, or it can take the
    // focus back from 返回 on a busy machine and the Space below types into the box.
    await app.page.waitForFunction(() => document.activeElement?.classList.contains('weui-input'))
    const back = bar().getByRole('button', { name: '返回' })
    await back.waitFor()
    await back.focus()
    await app.page.keyboard.press(' ')
    await app.waitForRoute('pages/home/index')
    expect(await axeViolations(app.page)).toEqual([])
  })
})

describe('the tab bar', () => {
  const tabBar = () => app.page.getByRole('navigation', { name: '栏目' })
  const currentTab = () => tabBar().locator('[aria-current="page"]').innerText()

  it('follows every way of moving: marks the tab a card opened, hides on other pages, comes back with 返回', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    expect(await currentTab()).toBe('首页')
    // A tab opened from a card on 首页, not from the bar.
    await current().getByText('活动日历').first().click()
    await app.waitForRoute('pages/events/index')
    expect(await currentTab()).toBe('活动')
    // A page that is not a tab: no tab bar (as in WeChat).
    await current().getByText('检验检测机构开放日').first().click()
    await app.waitForRoute('packages/events/detail/index')
    expect(await tabBar().isVisible()).toBe(false)
    await bar().getByRole('button', { name: '返回' }).click()
    await app.waitForRoute('pages/events/index')
    expect(await tabBar().isVisible()).toBe(true)
    expect(await currentTab()).toBe('活动')
    // The bar itself.
    await tabBar().getByRole('link', { name: '投诉' }).click()
    await app.waitForRoute('pages/complaints/index')
    expect(await currentTab()).toBe('投诉')
  })
})

describe('an unknown address', () => {
  it.each([['pages/nope/index'], ['packages/nowhere/index?id=1']])('#/%s shows 找不到这个页面 with the way to 首页', async (path) => {
    app = await e2e.open({ now: '2021-09-14', path })
    await app.waitForRoute('packages/about/not-found/index')
    expect(await app.text()).toContain('找不到这个页面')
    expect(await app.text()).toContain(path.split('?')[0])
    await app.tap('回到首页')
    await app.waitForRoute('pages/home/index')
  })

  it('a bad event id explains itself and offers 首页', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/events/detail/index?id=zzz' })
    await app.waitForText('没有找到这项活动')
    await app.tap('回到首页')
    await app.waitForRoute('pages/home/index')
  })

  it('a bad organiser id explains itself and lists the organisers', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/about/organiser/index?id=zzz' })
    await app.waitForText('没有找到这个主办单位')
    expect(await app.text()).toContain('省市场监管局')
  })
})

describe('关于本程序', () => {
  it('each source address is on its own full-width line, a few lines at most, with a compact 复制', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/about/app-info/index' })
    await app.waitForText('数据从哪里来')
    const rows = current().locator('.source-row__url')
    expect(await rows.count()).toBeGreaterThan(0)
    for (let i = 0; i < await rows.count(); i++) {
      const row = rows.nth(i)
      const link = await box(row.locator('.source-row__link'))
      const copy = await box(row.locator('.notice-copy'))
      const lineHeight = await row.locator('.source-row__link').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
      expect(link.width).toBeGreaterThan((await box(row)).width * 0.9)
      expect(Math.round(link.height / lineHeight)).toBeLessThanOrEqual(4)
      expect(copy.width).toBeLessThan(link.width / 2)
      expect(copy.height).toBeGreaterThanOrEqual(44)
    }
  })
})

describe('events filter, organiser page, the campaign-wide event', () => {
  it('the filter panel is compact: organisers with events, the others folded; 19 units and 联合20个部门 explained', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.tap('筛选 ▾')
    const body = current().locator('.filter__body')
    await body.waitFor()
    expect((await box(body)).height).toBeLessThan(700)
    expect(await body.locator('.filter-row--empty').count()).toBe(0)
    expect(await body.innerText()).toContain('通知写的是“联合20个部门”，附件1 列出的主办单位是19个')
    await app.tap(/^其余\d+个单位/)
    await body.locator('.filter-row--empty').first().waitFor()
  })

  it('the organiser page says each event\'s dates as the events list does', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/about/organiser/index?id=amr' })
    await app.waitForText('活动日历中的活动')
    const text = await app.text()
    expect(text).toContain('全国 · 9月15日 · 明天')
    expect(text).toContain('海南 · 9月内，日期待定')
    expect(text).not.toContain('具体安排以主办单位通知为准')
  })

  it('“质量月”宣传活动 is 日期待定 on its page and in the list, never 进行中', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/events/detail/index?id=quality-month' })
    await app.waitForText('“质量月”宣传活动（张挂宣传横幅）')
    expect(await app.text()).toContain('日期待定')
    expect(await app.text()).not.toContain('进行中')
    await app.close()
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.tap('列表')
    const card = await current().getByTestId('event-quality-month').first().innerText()
    expect(card).toContain('日期待定')
    expect(card).not.toContain('进行中')
  })
})
