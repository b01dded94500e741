/**
 * scroll.h5.ts useScrollMemory: the page's scroll position, kept in its history entry, is put
 * back when the page is made again (a reload, then back) or shown again elsewhere; a position of
 * another stamp (edition) is ignored; scrolls after the address changed (the next page coming)
 * are not taken for the user's. (weapp has nothing to do: WeChat keeps the page below as it was.)
 */
import { render } from '@testing-library/react'
import { useScrollMemory } from './scroll.h5'

const PATH = '/pages/about/index?stamp=1'
const shows: Array<() => void> = []
const hides: Array<() => void> = []
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {},
  useRouter: () => ({ params: {}, $taroPath: '/pages/about/index?stamp=1' }),
  useDidShow: (fn: () => void) => shows.push(fn),
  useDidHide: (fn: () => void) => hides.push(fn)
}))

/** Taro's page container (its id is the page's path), scrollable, on screen. */
function pageContainer(): HTMLElement & { top: number } {
  const el = document.createElement('div') as unknown as HTMLElement & { top: number }
  el.id = PATH
  el.top = 0
  Object.defineProperty(el, 'scrollTop', { get: () => el.top, set: (v: number) => { el.top = v } })
  el.getClientRects = () => [{}] as unknown as DOMRectList
  document.body.appendChild(el)
  return el
}

function Notice({ stamp }: { stamp: string }) {
  useScrollMemory('notice', stamp)
  return null
}

const scrollTo = (el: HTMLElement & { top: number }, top: number) => {
  el.top = top
  el.dispatchEvent(new Event('scroll'))
}

beforeEach(() => {
  window.history.pushState({ usr: {}, key: Math.random().toString(36).slice(2), idx: 1 }, '', '#/pages/about/index')
})
afterEach(() => {
  document.body.innerHTML = ''
  window.sessionStorage.clear()
  shows.length = 0
  hides.length = 0
})

it('made again in the same history entry (a reload, then back), the page is put back where it was scrolled', () => {
  const first = pageContainer()
  const { unmount } = render(<Notice stamp='2021' />)
  scrollTo(first, 2400)
  unmount()
  first.remove()
  const again = pageContainer()
  render(<Notice stamp='2021' />)
  expect(again.scrollTop).toBe(2400)
})

it('another history entry (the same page opened anew) starts at the top', () => {
  const el = pageContainer()
  const { unmount } = render(<Notice stamp='2021' />)
  scrollTo(el, 2400)
  unmount()
  window.history.pushState({ usr: {}, key: 'other', idx: 2 }, '', '#/pages/about/index')
  el.top = 0
  const other = render(<Notice stamp='2021' />)
  expect(el.scrollTop).toBe(0)
  other.unmount()
})

it('a position saved with another stamp is ignored', () => {
  const el = pageContainer()
  const { unmount } = render(<Notice stamp='2021' />)
  scrollTo(el, 2400)
  unmount()
  el.top = 0
  render(<Notice stamp='2022' />)
  expect(el.scrollTop).toBe(0)
})

it('a scroll once the address has changed (the next page coming) is not saved; shown again, the page is put back', () => {
  const el = pageContainer()
  render(<Notice stamp='2021' />)
  scrollTo(el, 3000)
  const about = window.history.state
  window.history.pushState({ usr: {}, key: 'organiser', idx: 2 }, '', '#/packages/about/organiser/index?id=amr')
  scrollTo(el, 2949) // the tab bar hid: the page grew, a page at its end scrolled back
  hides.forEach((fn) => fn())
  window.history.replaceState(about, '', '#/pages/about/index')
  el.top = 0 // what a browser may give a page that was hidden
  shows.forEach((fn) => fn())
  expect(el.scrollTop).toBe(3000)
})
