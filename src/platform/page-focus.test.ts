/**
 * page-focus.h5.ts: after a change of page, the focus goes to the new page's heading (its own
 * level-1 heading, else the title bar's once the page has rendered without one); back / forward
 * put it where it was on that page; it stays where it is after a tab chosen by keyboard, or when
 * the page's own code has put it in the page. The launch page is left alone.
 * One app for the file (installPageFocus listens for good): the tests run in order, page after page.
 */
import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { installPageFocus, keepFocusOnNextPage } from './page-focus.h5'

let pagePath = ''
const arrive = () => Taro.eventCenter.trigger('__afterTaroRouterChange', { toLocation: { path: pagePath } })

/** A Taro page container, as the router makes it: the page's path as id. */
function page(path: string, html: string): HTMLElement {
  const el = document.createElement('div')
  el.className = 'taro_page'
  el.id = path
  el.innerHTML = html
  document.getElementById('container')!.appendChild(el)
  return el
}

/** Shows `path` on top, as the router does, then announces it. */
function show(path: string, how: 'open' | 'back' = 'open') {
  pagePath = path
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))) el.hidden = el.id !== path
  if (how === 'back') window.dispatchEvent(new PopStateEvent('popstate'))
  arrive()
}

const focused = () => document.activeElement as HTMLElement

beforeAll(() => {
  // jsdom lays nothing out: what is not hidden counts as on screen.
  jest.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.closest('[hidden]') ? [] : [{}]) as unknown as DOMRectList
  })
  jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [{ path: pagePath }] as never)
  document.body.innerHTML = `<div id="container"><div id="taro-navigation-bar"><div class="taro-navigation-bar-title" role="heading" aria-level="1">投诉举报草稿</div></div></div>`
  installPageFocus()
  page('/pages/home/index?stamp=1', '<a href="#x" id="home-link">活动日历</a><span role="heading" aria-level="1">开展质量提升行动</span>')
  show('/pages/home/index?stamp=1') // the launch: left alone
})
afterAll(() => jest.restoreAllMocks())

it('leaves the launch page alone; a page opened next has the focus on its own level-1 heading', () => {
  expect(focused()).toBe(document.body)
  document.getElementById('home-link')!.focus()
  const detail = page('/packages/events/detail/index?stamp=2', '<span role="heading" aria-level="2">日期</span><span role="heading" aria-level="1">检验检测机构开放日</span>')
  show(detail.id)
  expect(focused().textContent).toBe('检验检测机构开放日')
  expect(focused().getAttribute('tabindex')).toBe('-1') // reachable from script, not a Tab stop
})

it('back: the focus on what had it on that page (the link that opened the page above)', () => {
  show('/pages/home/index?stamp=1', 'back')
  expect(focused().id).toBe('home-link')
})

it('a tab chosen by keyboard: the focus stays on the tab', () => {
  const tab = document.createElement('a')
  tab.href = '#/pages/events/index'
  document.body.appendChild(tab)
  tab.focus()
  page('/pages/events/index?stamp=3', '<span role="heading" aria-level="1">活动日历</span>')
  keepFocusOnNextPage()
  show('/pages/events/index?stamp=3')
  expect(focused()).toBe(tab)
  // Only that once: the next page takes the focus again.
  page('/packages/about/organiser/index?stamp=4', '<span role="heading" aria-level="1">省市场监管局</span>')
  show('/packages/about/organiser/index?stamp=4')
  expect(focused().textContent).toBe('省市场监管局')
  tab.remove()
})

it('a page whose own code has focused something in it keeps that', () => {
  const search = page('/packages/about/search/index?stamp=5', '<input id="q" /><span role="heading" aria-level="1">搜索</span>')
  pagePath = search.id
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))) el.hidden = el !== search
  document.getElementById('q')!.focus()
  arrive()
  expect(focused().id).toBe('q')
})

it('a page still loading: its heading once it comes; a page without one: the title bar’s', async () => {
  const loading = page('/packages/events/detail/index?stamp=6', '<div role="status" aria-busy="true">正在加载活动内容…</div>')
  show(loading.id)
  expect(focused().textContent).not.toBe('投诉举报草稿') // not the title bar while the page loads
  loading.innerHTML = '<span role="heading" aria-level="1">电梯安全宣传周</span>'
  await waitFor(() => expect(focused().textContent).toBe('电梯安全宣传周'))

  const draft = page('/packages/complaints/draft/index?stamp=7', '<label>姓名<input /></label>')
  show(draft.id)
  expect(focused().textContent).toBe('投诉举报草稿')
})
