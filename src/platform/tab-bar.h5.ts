/**
 * H5: the tab bar (首页 · 活动 · 投诉 · 关于), drawn by the app instead of Taro.
 *
 * Taro 4.2.1's H5 router draws the tab bar as a Stencil web component (taro-tabbar), which
 * costs a slow phone about 250 ms before the first page shows (docs/size-and-performance.md, bench:load).
 * app.config.ts sets `tabBar.custom` on H5, so Taro draws none, and this puts a plain
 * <nav> of four links in its place: in Taro's own container, after the page panel, laid out
 * as Taro lays out its own (tab-bar.h5.scss). It is shown on the tab pages only, marks the
 * current one (aria-current="page"), follows every route change (Taro's `__taroRouterChange`,
 * which Taro's own bar listened to), and goes to a tab as a new browser history entry
 * (history.h5.ts: back returns to the tab before). Links: Tab reaches them, Enter opens one;
 * Space too (as on a button); chosen by keyboard, the focus stays on the tab (page-focus.h5.ts
 * says why). Its sizes follow the large-text mode through the scales app-chrome.h5.ts sets on <html>.
 * A skip link, the first Tab stop of the app, reaches the bar from anywhere (createSkipLink).
 * weapp: WeChat's own tab bar (tab-bar.weapp.ts does nothing).
 */
import Taro from '@tarojs/taro'
import { TABS } from '@/routes'
import { routeOf, switchTab } from './history'
import { keepFocusOnNextPage } from './page-focus'
import homeIcon from '../assets/tab/home.png'
import homeActiveIcon from '../assets/tab/home-active.png'
import eventsIcon from '../assets/tab/events.png'
import eventsActiveIcon from '../assets/tab/events-active.png'
import complaintsIcon from '../assets/tab/complaints.png'
import complaintsActiveIcon from '../assets/tab/complaints-active.png'
import aboutIcon from '../assets/tab/about.png'
import aboutActiveIcon from '../assets/tab/about-active.png'
import './tab-bar.h5.scss'

const ICONS: Record<(typeof TABS)[number]['icon'], readonly [string, string]> = {
  home: [homeIcon, homeActiveIcon],
  events: [eventsIcon, eventsActiveIcon],
  complaints: [complaintsIcon, complaintsActiveIcon],
  about: [aboutIcon, aboutActiveIcon]
}

export { routeOf }

/** Builds the bar (not yet in the page). */
export function createTabBar(doc: Document = document): HTMLElement {
  const nav = doc.createElement('nav')
  nav.className = 'hq-tabbar'
  nav.setAttribute('aria-label', '栏目')
  for (const tab of TABS) {
    const a = doc.createElement('a')
    a.className = 'hq-tabbar__item'
    a.href = `#/${tab.path}`
    a.dataset.path = tab.path
    const img = doc.createElement('img')
    img.className = 'hq-tabbar__icon'
    img.alt = ''
    img.setAttribute('aria-hidden', 'true')
    const label = doc.createElement('span')
    label.className = 'hq-tabbar__label'
    label.textContent = tab.text
    a.append(img, label)
    a.addEventListener('click', (e) => {
      e.preventDefault()
      if (routeOf(doc.location?.hash ?? '') === tab.path) return
      // Enter or Space (a click of detail 0, not a pointer's): the focus stays on the bar.
      if (e.detail === 0) keepFocusOnNextPage()
      void switchTab(`/${tab.path}`)
    })
    a.addEventListener('keydown', (e) => {
      if (e.key !== ' ') return
      e.preventDefault()
      a.click()
    })
    nav.appendChild(a)
  }
  return nav
}

/**
 * The skip link "跳到标签栏": the first Tab stop of the page, shown only when focused
 * (tab-bar.h5.scss), which puts the focus on the current tab in `nav`. Not a link to "#…":
 * the hash is the app's route. Hidden with the bar.
 */
export function createSkipLink(nav: HTMLElement, doc: Document = document): HTMLAnchorElement {
  const a = doc.createElement('a')
  a.className = 'hq-skip-link'
  a.href = '#'
  a.textContent = '跳到标签栏'
  a.addEventListener('click', (e) => {
    e.preventDefault()
    const tab = nav.querySelector<HTMLElement>('[aria-current="page"]') ?? nav.querySelector<HTMLElement>('a')
    tab?.focus()
  })
  a.addEventListener('keydown', (e) => {
    if (e.key !== ' ') return
    e.preventDefault()
    a.click()
  })
  return a
}

/** Shows the bar on a tab page (the current tab marked), hides it elsewhere (`skip`: its skip link, with it). */
export function showRoute(nav: HTMLElement, route: string, skip?: HTMLElement): void {
  const onTab = TABS.some((t) => t.path === route)
  nav.hidden = !onTab
  if (skip) skip.hidden = !onTab
  for (const a of Array.from(nav.querySelectorAll<HTMLAnchorElement>('.hq-tabbar__item'))) {
    const tab = TABS.find((t) => t.path === a.dataset.path)
    if (!tab) continue
    const current = tab.path === route
    if (current) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
    a.classList.toggle('hq-tabbar__item--current', current)
    const img = a.querySelector('img')
    const src = ICONS[tab.icon][current ? 1 : 0]
    if (img && img.getAttribute('src') !== src) img.setAttribute('src', src)
  }
}

/** Puts the bar in Taro's container as soon as the router has made it (before the first page, normally). */
export function installTabBar(): void {
  if (typeof document === 'undefined') return
  const nav = createTabBar()
  const skip = createSkipLink(nav)
  document.body.insertBefore(skip, document.body.firstChild)
  const update = () => showRoute(nav, routeOf(window.location.hash), skip)
  const place = (): boolean => {
    const container = document.getElementById('container')
    if (!container) return false
    container.classList.add('hq-tabbar-container')
    container.appendChild(nav)
    update()
    return true
  }
  // Every route change, whatever made it (the bar, a link, navigateBack, the browser's back):
  // Taro's router announces it once the address has changed, as it did to its own tab bar.
  Taro.eventCenter.on('__taroRouterChange', update)
  if (place()) return
  const observer = new MutationObserver(() => {
    if (place()) observer.disconnect()
  })
  observer.observe(document.body, { childList: true, subtree: true })
}
