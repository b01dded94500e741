/**
 * H5: the app's own tab bar (tab-bar.h5.ts): four links named by their words, the current tab
 * marked for screen readers, shown on the tab pages only, opened by tap, Enter or Space.
 */
import Taro from '@tarojs/taro'
import { createTabBar, routeOf, showRoute } from './tab-bar.h5'

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

it('a tap, Enter (a link’s click) or Space goes to that tab with switchTab; the current tab stays', () => {
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never)
  window.location.hash = '#/pages/home/index'
  const nav = createTabBar()
  const [home, events, , about] = items(nav)
  events.click()
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/events/index' })
  about.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }))
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/about/index' })
  home.click()
  expect(switchTab).toHaveBeenCalledTimes(2)
})
