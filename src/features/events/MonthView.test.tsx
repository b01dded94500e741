/**
 * The month grid as a keyboard and screen-reader user meets it (WAI-ARIA grid pattern), what
 * choosing a day says and where it scrolls, and the calendar kept for the way back (restored
 * once per run, for the same edition and day only).
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { scrollToAnchor } from '@/platform/scroll'
import { EventsCalendar } from './EventsCalendar'
import { useCalendarView, useFollows } from './store'
import { CALENDAR_VIEW_KEY } from './view-state'

jest.mock('@/platform/navigation', () => ({
  ...jest.requireActual('@/platform/navigation'),
  openPage: jest.fn(),
  openTab: jest.fn()
}))
jest.mock('@/platform/scroll', () => ({ ...jest.requireActual('@/platform/scroll'), scrollToAnchor: jest.fn(async () => true) }))
const mockScroll = scrollToAnchor as jest.MockedFunction<typeof scrollToAnchor>

const TODAY = '2021-09-14'
const FRESH = { view: 'month', month: null, day: null, categoryId: null, organiserId: null } as const

beforeEach(() => {
  localStorage.clear()
  act(() => {
    useFollows.setState({ ids: [] })
    useCalendarView.setState(FRESH)
  })
  jest.clearAllMocks()
})

const cell = (date: string) => document.querySelector(`[data-date="${date}"]`) as HTMLElement
const tabStops = () => Array.from(document.querySelectorAll('[role="gridcell"][tabindex="0"]')).map((c) => c.getAttribute('data-date'))
const focused = () => document.activeElement?.getAttribute('data-date')
const status = () => document.querySelector('.month__status') as HTMLElement

describe('the month grid by keyboard (WAI-ARIA grid pattern)', () => {
  it('is one Tab stop, on today; cells say their date, weekday, events and 今天', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    expect(screen.getByRole('grid', { name: '2021年9月日历' })).toBeTruthy()
    expect(tabStops()).toEqual(['2021-09-14'])
    expect(screen.getByRole('gridcell', { name: '9月14日 周二，1项活动，今天' })).toBe(cell('2021-09-14'))
    expect(screen.getByRole('gridcell', { name: '9月15日 周三，2项活动' })).toBe(cell('2021-09-15'))
    expect(screen.getByRole('gridcell', { name: '9月5日 周日，没有已知日期的活动' })).toBe(cell('2021-09-05'))
  })

  it('arrows, Home/End and Page Up/Down move the focus and the Tab stop; Enter chooses', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    act(() => cell('2021-09-14').focus())
    fireEvent.keyDown(cell('2021-09-14'), { key: 'ArrowRight' })
    expect(focused()).toBe('2021-09-15')
    fireEvent.keyDown(cell('2021-09-15'), { key: 'ArrowDown' })
    expect(focused()).toBe('2021-09-22')
    fireEvent.keyDown(cell('2021-09-22'), { key: 'Home' })
    expect(focused()).toBe('2021-09-20')
    fireEvent.keyDown(cell('2021-09-20'), { key: 'End' })
    expect(focused()).toBe('2021-09-26')
    fireEvent.keyDown(cell('2021-09-26'), { key: 'ArrowUp' })
    expect(focused()).toBe('2021-09-19')
    fireEvent.keyDown(cell('2021-09-19'), { key: 'ArrowLeft' })
    expect(focused()).toBe('2021-09-18')
    expect(tabStops()).toEqual(['2021-09-18'])
    expect(useCalendarView.getState().day).toBeNull() // moving is not choosing

    fireEvent.keyDown(cell('2021-09-18'), { key: 'Enter' })
    expect(cell('2021-09-18').getAttribute('aria-selected')).toBe('true')
    expect(status().textContent).toBe('9月18日没有已知日期的活动')
    expect(mockScroll).not.toHaveBeenCalled() // by keyboard the focus stays, in view, on the grid

    // Page Down: the same day of October; Page Up back; no month before September.
    fireEvent.keyDown(cell('2021-09-18'), { key: 'PageDown' })
    expect(screen.getByRole('grid', { name: '2021年10月日历' })).toBeTruthy()
    expect(focused()).toBe('2021-10-18')
    fireEvent.keyDown(cell('2021-10-18'), { key: 'PageUp' })
    expect(focused()).toBe('2021-09-18')
    fireEvent.keyDown(cell('2021-09-18'), { key: 'PageUp' })
    expect(screen.getByRole('grid', { name: '2021年9月日历' })).toBeTruthy()
    expect(focused()).toBe('2021-09-18')
    // Arrows cross into October, which has events, and not into August, which has none.
    fireEvent.keyDown(cell('2021-09-18'), { key: 'End', ctrlKey: true })
    expect(focused()).toBe('2021-09-30')
    fireEvent.keyDown(cell('2021-09-30'), { key: 'ArrowRight' })
    expect(focused()).toBe('2021-10-01')
    fireEvent.keyDown(cell('2021-10-01'), { key: ' ' })
    expect(cell('2021-10-01').getAttribute('aria-selected')).toBe('true')
    expect(status().textContent).toBe('10月1日有1项活动，列在下方')
    fireEvent.keyDown(cell('2021-10-01'), { key: 'Home', ctrlKey: true })
    fireEvent.keyDown(cell('2021-10-01'), { key: 'ArrowLeft' })
    expect(focused()).toBe('2021-09-30')
    fireEvent.keyDown(cell('2021-09-30'), { key: 'Home', ctrlKey: true })
    fireEvent.keyDown(cell('2021-09-01'), { key: 'ArrowLeft' })
    expect(focused()).toBe('2021-09-01')
  })
})

describe('choosing a day', () => {
  it('says what the day has next to the grid (a live region) and brings its events into view', async () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    expect(status().getAttribute('aria-live')).toBe('polite')
    expect(status().textContent).toBe('')
    fireEvent.click(cell('2021-09-15'))
    expect(status().textContent).toBe('9月15日有2项活动，列在下方')
    expect(mockScroll).toHaveBeenCalledWith('month-day-events')
    expect(document.getElementById('month-day-events')!.textContent).toContain('2021年9月15日 周三 · 2项活动')
    // A day without events says so next to the grid, where the finger is: no scroll away from it.
    mockScroll.mockClear()
    fireEvent.click(cell('2021-09-05'))
    expect(status().textContent).toBe('9月5日没有已知日期的活动')
    expect(document.getElementById('month-day-events')!.textContent).toContain('这一天没有已知日期的活动。')
    expect(mockScroll).not.toHaveBeenCalled()
    // A second tap on the chosen day shows the whole month again, and does not scroll.
    fireEvent.click(cell('2021-09-05'))
    expect(status().textContent).toBe('')
    expect(document.getElementById('month-day-events')).toBeNull()
    expect(mockScroll).not.toHaveBeenCalled()
  })
})

describe('the calendar kept for the way back', () => {
  type Modules = { EventsCalendar: typeof EventsCalendar; store: typeof import('./store') }
  /** A new run of the app (a reload, a page made anew): the modules loaded again. */
  function start(): Modules {
    let mods: Modules | undefined
    // The app's modules anew, React and Taro's components shared with the test's renderer.
    const shared = ['react', 'react/jsx-runtime', '@tarojs/components', '@tarojs/taro'].map((m) => [m, require(m)] as const)
    jest.isolateModules(() => {
      for (const [m, mod] of shared) jest.doMock(m, () => mod)
      mods = { EventsCalendar: require('./EventsCalendar').EventsCalendar, store: require('./store') }
    })
    return mods!
  }

  it('comes back with the same month, chosen day, mode and filters, the same day and edition only', () => {
    const first = start()
    const { unmount } = render(<first.EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(screen.getByLabelText('下个月：2021年10月'))
    fireEvent.click(cell('2021-10-01'))
    act(() => first.store.useCalendarView.getState().setCategory('publicity'))
    expect(Taro.getStorageSync(CALENDAR_VIEW_KEY)).toMatchObject({
      edition: '2021', savedOn: TODAY, state: { view: 'month', month: '2021-10', day: '2021-10-01', categoryId: 'publicity' }
    })
    unmount()

    const second = start()
    const again = render(<second.EventsCalendar edition={edition} today={TODAY} />)
    expect(screen.getByRole('grid', { name: '2021年10月日历' })).toBeTruthy()
    expect(cell('2021-10-01').getAttribute('aria-selected')).toBe('true')
    expect(second.store.useCalendarView.getState().categoryId).toBe('publicity')
    again.unmount()

    // The next day: the whole calendar, on its default month, no filter.
    const third = start()
    render(<third.EventsCalendar edition={edition} today='2021-09-15' />)
    expect(screen.getByRole('grid', { name: '2021年9月日历' })).toBeTruthy()
    expect(document.querySelector('[role="gridcell"][aria-selected="true"]')).toBeNull()
    expect(third.store.useCalendarView.getState().categoryId).toBeNull()
  })

  it.each([['corrupt', '{not json'], ['of another shape', { state: { view: 'month', month: '2031-01' }, version: 1 }], ['a number', 42]])(
    'a kept view that is %s starts fresh, without an error', (_what, stored) => {
      Taro.setStorageSync(CALENDAR_VIEW_KEY, stored)
      const run = start()
      render(<run.EventsCalendar edition={edition} today={TODAY} />)
      expect(screen.getByRole('grid', { name: '2021年9月日历' })).toBeTruthy()
      expect(tabStops()).toEqual(['2021-09-14'])
    })
})
