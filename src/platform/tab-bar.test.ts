/**
 * H5: the app's own tab bar (tab-bar.h5.ts): four links named by their words, the current tab
 * marked for screen readers, shown on the tab pages only, opened by tap, Enter or Space (from a tab,
 * as a new history entry); the skip link that reaches it.
 */
import Taro from '@tarojs/taro'
import { createSkipLink, createTabBar, routeOf, showRoute } from './tab-bar.h5'

const items = (nav: HTMLElement) => Array.from(nav.querySelectorAll<HTMLAnchorElement>('a'))

afterEach(() => jest.restoreAllMocks())

it('reads the route from the address; the first page when there is none', () => {
  expect(routeOf('#/pages/events/index?x=1')).toBe('pages/events/index')
  expect(routeOf('#/packages/events/detail/index?id=a')).toBe('packages/events/detail/index')
  expect(routeOf('')).toBe('pages/home/index')
})

it('is a named navigation of four links, their words their names, icons hidden from screen readers', () => {
  const nav = createTabBar()
  expect(nav.tagName).toBe('NAV')
  expect(nav.getAttribute('aria-label')).toBe('栏目')
  expect(items(nav).map((a) => a.textContent)).toEqual(['首页', '活动', '投诉', '关于'])
  expect(items(nav).map((a) => a.getAttribute('href'))).toEqual(['#/pages/home/index', '#/pages/events/index', '#/pages/complaints/index', '#/pages/about/index'])
  for (const img of Array.from(nav.querySelectorAll('img'))) expect([img.alt, img.getAttribute('aria-hidden')]).toEqual(['', 'true'])
})

it('marks the current tab (aria-current="page"), and is hidden on pages that are not tabs', () => {
  const nav = createTabBar()
  showRoute(nav, 'pages/events/index')
  expect(nav.hidden).toBe(false)
  expect(items(nav).map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page', null, null])
  showRoute(nav, 'packages/events/detail/index')
  expect(nav.hidden).toBe(true)
  showRoute(nav, 'pages/home/index')
  expect(nav.hidden).toBe(false)
  expect(items(nav).map((a) => a.getAttribute('aria-current'))).toEqual(['page', null, null, null])
})

it('a tap, Enter (a link’s click) or Space goes to that tab as a new history entry (navigateTo); the current tab stays', () => {
  // From a tab, Taro's switchTab would replace the entry: back would leave the app (history.h5.ts).
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never)
  window.location.hash = '#/pages/home/index'
  const nav = createTabBar()
  const [home, events, , about] = items(nav)
  events.click()
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/events/index' })
  about.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/about/index' })
  home.click()
  expect(navigateTo).toHaveBeenCalledTimes(2)
  expect(switchTab).not.toHaveBeenCalled()
})

it('from a page that is not a tab, a tab is opened with switchTab, as in WeChat (that page closed)', () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never)
  window.location.hash = '#/packages/about/search/index?q=1'
  items(createTabBar())[1].click()
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/events/index' })
  expect(navigateTo).not.toHaveBeenCalled()
})

describe('the skip link 跳到标签栏', () => {
  it('is a link named 跳到标签栏 that puts the focus on the current tab (Enter or Space), without changing the address', () => {
    window.location.hash = '#/pages/events/index'
    const nav = createTabBar()
    document.body.append(nav)
    const skip = createSkipLink(nav)
    document.body.prepend(skip)
    showRoute(nav, 'pages/events/index', skip)
    expect(skip.tagName).toBe('A')
    expect(skip.textContent).toBe('跳到标签栏')
    skip.click()
    expect(document.activeElement?.textContent).toBe('活动')
    expect(window.location.hash).toBe('#/pages/events/index')
    skip.focus()
    skip.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }))
    expect(document.activeElement?.getAttribute('aria-current')).toBe('page')
    nav.remove()
    skip.remove()
  })

  it('is hidden with the bar, on pages that are not tabs', () => {
    const nav = createTabBar()
    const skip = createSkipLink(nav)
    showRoute(nav, 'packages/events/detail/index', skip)
    expect(skip.hidden).toBe(true)
    showRoute(nav, 'pages/home/index', skip)
    expect(skip.hidden).toBe(false)
  })
})
