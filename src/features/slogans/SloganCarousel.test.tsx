/**
 * The home page's rotating slogans (Taro's H5 components in jsdom): the timer advances the
 * slide, stops while the page is hidden (useDidHide) or gone, resumes on show, and does not
 * autoplay when the user prefers reduced motion.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { edition } from '@/content/newest'
import { SloganCarousel } from './SloganCarousel'

const pageEvents: { show: Array<() => void>; hide: Array<() => void> } = { show: [], hide: [] }
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {},
  useDidShow: (fn: () => void) => { pageEvents.show.push(fn) },
  useDidHide: (fn: () => void) => { pageEvents.hide.push(fn) }
}))

let mockReducedMotion = false
jest.mock('@/platform/motion', () => ({ prefersReducedMotion: () => mockReducedMotion }))

/** A slogan as shown (its halves are separate text elements inside a .slogan-text block). */
const shownSlogans = (t: string) => screen.queryAllByText((_, el) => !!el && el.classList.contains('slogan-text') && el.textContent === t)
const SLOGANS = edition.slogans.items
const position = () => screen.getByTestId('carousel-position').textContent ?? ''
/** Fires the page event as Taro would: the callback of the latest render. */
const fire = (kind: 'show' | 'hide') => act(() => { pageEvents[kind][pageEvents[kind].length - 1]() })
const wait = (ms: number) => act(() => { jest.advanceTimersByTime(ms) })

beforeEach(() => {
  // Frames stay real: Taro's H5 components render on requestAnimationFrame, and only the
  // carousel's own timers are counted here.
  jest.useFakeTimers({ doNotFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
  pageEvents.show = []
  pageEvents.hide = []
  mockReducedMotion = false
})
afterEach(() => {
  jest.useRealTimers()
})

describe('rotating slogans', () => {
  it('shows every slogan and advances every 5 seconds', () => {
    render(<SloganCarousel slogans={SLOGANS} onOpen={() => undefined} />)
    for (const s of SLOGANS) expect(shownSlogans(s.text).length).toBeGreaterThan(0)
    expect(position()).toBe(`第1条，共16条（自动播放中）：${SLOGANS[0].text}`)
    wait(4999)
    expect(position()).toMatch(/^第1条/)
    wait(1)
    expect(position()).toMatch(/^第2条/)
    wait(5000)
    expect(position()).toMatch(/^第3条/)
  })

  it('pauses while the page is hidden and resumes on show', () => {
    render(<SloganCarousel slogans={SLOGANS} onOpen={() => undefined} />)
    wait(5000)
    expect(position()).toMatch(/^第2条/)
    fire('hide')
    expect(jest.getTimerCount()).toBe(0)
    wait(60_000)
    expect(position()).toBe(`第2条，共16条：${SLOGANS[1].text}`)
    fire('show')
    expect(position()).toMatch(/^第2条.*（自动播放中）/)
    wait(5000)
    expect(position()).toMatch(/^第3条/)
  })

  it('leaves no timer behind when unmounted', () => {
    const { unmount } = render(<SloganCarousel slogans={SLOGANS} onOpen={() => undefined} />)
    expect(jest.getTimerCount()).toBe(1)
    unmount()
    expect(jest.getTimerCount()).toBe(0)
  })

  it('can be paused, stepped and restarted by the user', () => {
    render(<SloganCarousel slogans={SLOGANS} onOpen={() => undefined} />)
    fireEvent.click(screen.getByText('暂停'))
    wait(20_000)
    expect(position()).toMatch(/^第1条，共16条：/)
    fireEvent.click(screen.getByText('下一条'))
    expect(position()).toMatch(/^第2条/)
    fireEvent.click(screen.getByText('上一条'))
    fireEvent.click(screen.getByText('上一条'))
    expect(position()).toMatch(/^第16条/)
    fireEvent.click(screen.getByText('自动播放'))
    wait(5000)
    expect(position()).toMatch(/^第1条/)
  })

  it('does not autoplay when the user prefers reduced motion', () => {
    mockReducedMotion = true
    render(<SloganCarousel slogans={SLOGANS} onOpen={() => undefined} />)
    expect(jest.getTimerCount()).toBe(0)
    wait(30_000)
    expect(position()).toBe(`第1条，共16条：${SLOGANS[0].text}`)
    expect(screen.getByText('自动播放')).toBeTruthy()
  })

  it('holds still while a slide has keyboard focus, so the focused slide (and its ring) stays; goes on once focus leaves', () => {
    render(<SloganCarousel slogans={SLOGANS} onOpen={() => undefined} />)
    const slide = () => document.querySelector<HTMLElement>('.slogan-carousel__slide[tabindex="0"]') as HTMLElement
    const first = slide()
    act(() => first.focus())
    wait(20_000)
    expect(position()).toMatch(/^第1条/)
    expect(document.activeElement).toBe(first)
    expect(first).toHaveTextContent(SLOGANS[0].text)
    act(() => screen.getByText('下一条').focus()) // focus leaves the slides
    wait(5000)
    expect(position()).toMatch(/^第2条/)
  })

  it('a tap on a slide opens that slogan', () => {
    const onOpen = jest.fn()
    render(<SloganCarousel slogans={SLOGANS} onOpen={onOpen} />)
    fireEvent.click(shownSlogans(SLOGANS[4].text)[0])
    expect(onOpen).toHaveBeenCalledWith('s5')
  })
})
