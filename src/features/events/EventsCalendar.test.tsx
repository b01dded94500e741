/**
 * The 活动 tab as a user meets it (Taro's H5 components in jsdom): month grid, picking a
 * day, months, filters with counts (combined, empty, cleared, kept across a tab switch),
 * the list by week, 我的关注, and opening an event.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { edition } from '@/content/newest'
import { openPage } from '@/platform/navigation'
import { EventsCalendar } from './EventsCalendar'
import { useCalendarView, useFollows } from './store'

jest.mock('@/platform/navigation', () => ({
  ...jest.requireActual('@/platform/navigation'),
  openPage: jest.fn(),
  openTab: jest.fn()
}))

const TODAY = '2021-09-14'

beforeEach(() => {
  localStorage.clear()
  act(() => {
    useFollows.setState({ ids: [] })
    useCalendarView.setState({ view: 'month', month: null, day: null, categoryId: null, organiserId: null })
  })
  jest.clearAllMocks()
})

const cell = (date: string) => document.querySelector(`[data-date="${date}"]`) as HTMLElement
const has = (s: string | RegExp) => screen.queryAllByText(s).length > 0
const card = (id: string) => screen.queryByTestId(`event-${id}`)

describe('month view', () => {
  it('opens on September 2021 with today marked and each day’s count; undated events apart', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    expect(has('2021年9月')).toBe(true)
    expect(within(cell('2021-09-14')).getByText('今天')).toBeTruthy()
    expect(within(cell('2021-09-15')).getByText('2项')).toBeTruthy()
    const visible = (date: string) => Array.from(cell(date).querySelectorAll('[aria-hidden="true"]')).map((n) => n.textContent).join('')
    expect(visible('2021-09-15')).toBe('152项')
    expect(visible('2021-09-14')).toBe('141项今天')
    expect(within(cell('2021-09-01')).queryByText(/项/)).toBeNull() // month-only events are never on a day
    expect(has('9月内 · 日期待定')).toBe(true)
    for (const e of edition.events) expect(card(e.id)).not.toBeNull()
  })

  it('tapping a day lists that day’s events only; tapping again shows the month', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(cell('2021-09-15'))
    expect(has('2021年9月15日 周三 · 2项活动')).toBe(true)
    expect(card('open-day')).not.toBeNull()
    expect(card('organic-cert-week')).not.toBeNull()
    expect(card('hangzhou-conference')).toBeNull()
    expect(cell('2021-09-15').getAttribute('aria-selected')).toBe('true')
    fireEvent.click(screen.getByText('查看9月全部活动'))
    expect(card('hangzhou-conference')).not.toBeNull()
  })

  it('an empty day says so', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(cell('2021-09-21'))
    expect(has('这一天没有已知日期的活动。')).toBe(true)
  })

  it('October is reachable: the green-product week’s last day is there; no further month', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(screen.getByLabelText('下个月：2021年10月'))
    expect(has('2021年10月')).toBe(true)
    expect(within(cell('2021-10-01')).getByText('1项')).toBeTruthy()
    expect(card('green-cert-week')).not.toBeNull()
    expect(card('open-day')).toBeNull()
    expect(has('9月内 · 日期待定')).toBe(false)
    expect(screen.getByLabelText('没有更晚的活动月份').getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(screen.getByLabelText('上个月：2021年9月'))
    expect(has('2021年9月')).toBe(true)
  })

  it('opens an event on tap', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(card('open-day')!)
    expect(openPage).toHaveBeenCalledWith('event', { id: 'open-day', edition: '2021' })
  })
})

describe('filters', () => {
  function openFilters() {
    fireEvent.click(screen.getByText('筛选 ▾'))
  }

  it('lists the organisers with events, folds the other units of 附件1 under one row, and every category, with counts', () => {
    const { container } = render(<EventsCalendar edition={edition} today={TODAY} />)
    openFilters()
    const withEvents = edition.organisers.filter((o) => edition.events.some((e) => e.organiserId === o.id))
    const rows = () => container.querySelectorAll('.filter-row[aria-pressed]')
    expect(rows()).toHaveLength(1 + withEvents.length) // 全部单位, then each with events
    expect(screen.getByLabelText('一、省市场监管局，12项')).toBeTruthy()
    expect(screen.queryByLabelText('二、省工业和信息化厅，0项')).toBeNull()
    expect(container.querySelectorAll('.filter-row--empty')).toHaveLength(0)
    // “19 个单位” beside “联合20个部门”: what the notice says, exactly.
    expect(has('通知写的是“联合20个部门”，附件1 列出的主办单位是19个；下面先列日历中有活动的单位。')).toBe(true)
    const fold = screen.getByText(`其余${19 - withEvents.length}个单位（日历中暂无它们的活动）`)
    fireEvent.click(fold)
    for (const o of edition.organisers) expect(has(`${o.number}、${o.name}`)).toBe(true)
    expect(screen.getByLabelText('二、省工业和信息化厅，0项')).toBeTruthy()
    expect(screen.getByLabelText('质量认证，4项')).toBeTruthy()
    expect(has('共12项活动')).toBe(true)
  })

  it('combines category and organiser, with the count of matches', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    openFilters()
    fireEvent.click(screen.getByLabelText('质量认证，4项'))
    expect(has('符合条件：4项活动（共12项）')).toBe(true)
    expect(screen.getByLabelText('一、省市场监管局，4项')).toBeTruthy() // counted within 质量认证
    fireEvent.click(screen.getByLabelText('一、省市场监管局，4项'))
    expect(has('符合条件：4项活动（共12项）')).toBe(true)
    expect(has(/^分类：质量认证\s+主办单位：省市场监管局$/)).toBe(true)
    expect(card('open-day')).toBeNull()
    expect(card('organic-cert-week')).not.toBeNull()
    expect(within(cell('2021-09-15')).getByText('1项')).toBeTruthy() // the grid follows the filter
  })

  it('an organiser with no event: says so, shows its 附件1 work, and offers to clear', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    openFilters()
    fireEvent.click(screen.getByText(/^其余\d+个单位/))
    fireEvent.click(screen.getByLabelText('三、省公安厅，0项'))
    expect(has('没有符合条件的活动')).toBe(true)
    expect(has('日历中暂无省公安厅的活动。通知附件1中，它的工作安排是（通知未给出日期）：')).toBe(true)
    expect(has(`· ${edition.organisers.find((o) => o.id === 'police')!.activities[0]}`)).toBe(true)
    fireEvent.click(screen.getByText('清除筛选，显示全部活动'))
    expect(has('共12项活动')).toBe(true)
    expect(card('open-day')).not.toBeNull()
  })

  it('a category the organiser has none of: says which', () => {
    act(() => useCalendarView.setState({ categoryId: 'x-none', organiserId: 'amr' }))
    render(<EventsCalendar edition={{ ...edition, categories: [...edition.categories, { id: 'x-none', name: '无此类' }] }} today={TODAY} />)
    expect(has('省市场监管局没有“无此类”类的活动。')).toBe(true)
  })

  it('the filter survives switching tabs (the page re-mounts)', () => {
    const first = render(<EventsCalendar edition={edition} today={TODAY} />)
    openFilters()
    fireEvent.click(screen.getByLabelText('食品安全，1项'))
    first.unmount()
    render(<EventsCalendar edition={edition} today={TODAY} />)
    expect(has('符合条件：1项活动（共12项）')).toBe(true)
    expect(card('food-safety-science')).not.toBeNull()
    expect(card('elevator-week')).toBeNull()
    fireEvent.click(screen.getByText('清除筛选'))
    expect(card('elevator-week')).not.toBeNull()
  })
})

describe('list view', () => {
  it('groups dated events by week (each heading says which week; today’s marked) and keeps undated ones under 9月内 · 日期待定', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(screen.getByText('列表'))
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['9月6日–12日', '9月13日–19日（本周）', '9月27日–10月3日', '9月内 · 日期待定'])
    expect(has('全国 · 9月13日–17日 · 进行中')).toBe(true)
    expect(has('海南 · 9月内，日期待定')).toBe(true)
    expect(has('以下活动通知只写明在这个月内开展，没有具体日期，具体安排以主办单位通知为准。')).toBe(true)
  })

  it('in 2026 the weeks are named by their dates, and undated events say, in the past tense, that their day was never published', () => {
    render(<EventsCalendar edition={edition} today='2026-12-07' />)
    fireEvent.click(screen.getByText('列表'))
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['9月6日–12日', '9月13日–19日', '9月27日–10月3日', '9月内 · 具体日期未公布'])
    expect(has('以下活动通知只写明在这个月内开展，海南的具体日期未公布。')).toBe(true)
    expect(document.body.textContent).not.toMatch(/具体安排以主办单位通知为准|这一周|本周|日期待定/)
  })
})

describe('status on the cards: one rule, each date in its own scope', () => {
  const STATUS = /^(全国 · |海南 · )?(即将开始|进行中|已结束|日期待定)$/
  const status = (id: string) => within(card(id)!).getByText(STATUS).textContent
  const lines = (id: string) => Array.from(card(id)!.querySelectorAll('.event-item__date')).map((n) => n.textContent)

  it('14 September: only the organic week (a known national day) is 进行中; month-only events are 日期待定', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(screen.getByText('列表'))
    const statuses = Object.fromEntries(edition.events.map((e) => [e.id, status(e.id)]))
    expect(Object.entries(statuses).filter(([, s]) => s!.includes('进行中')).map(([id]) => id)).toEqual(['organic-cert-week'])
    expect(statuses['open-day']).toBe('全国 · 即将开始')
    expect(statuses['green-cert-week']).toBe('全国 · 即将开始')
    expect(statuses['elevator-week']).toBe('海南 · 日期待定')
    // National day past, Hainan's unknown: the badge names Hainan, as the line it repeats (issue 24).
    expect(statuses['service-cert-week']).toBe('海南 · 日期待定')
    expect(lines('service-cert-week')).toEqual(['全国 · 9月9日 · 已结束', '海南 · 9月内，日期待定'])
    // The green week's two dates are not shown side by side as if both were its dates: each has its scope.
    expect(lines('green-cert-week')).toEqual(['全国 · 9月27日–10月1日 · 13天后', '海南 · 9月内，日期待定'])
    expect(lines('open-day')).toEqual(['全国 · 9月15日 · 明天', '海南 · 9月内，日期待定'])
  })

  it('the month grid’s cards follow the same rule', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(cell('2021-09-15'))
    expect(status('open-day')).toBe('全国 · 即将开始')
    expect(status('organic-cert-week')).toBe('全国 · 进行中')
  })

  it('20 August: everything is upcoming or 日期待定', () => {
    render(<EventsCalendar edition={edition} today='2021-08-20' />)
    fireEvent.click(screen.getByText('列表'))
    for (const e of edition.events) expect(status(e.id)).toMatch(/^(全国 · 即将开始|海南 · 日期待定)$/)
  })

  it('16 September the open day is over nationally and Hainan’s day unknown; 2026 is an archive', () => {
    render(<EventsCalendar edition={edition} today='2021-09-16' />)
    fireEvent.click(screen.getByText('列表'))
    expect(status('open-day')).toBe('海南 · 日期待定')
    expect(lines('open-day')).toEqual(['全国 · 9月15日 · 已结束', '海南 · 9月内，日期待定'])
    expect(has(/存档/)).toBe(false)
    cleanup()
    render(<EventsCalendar edition={edition} today='2026-11-26' />)
    expect(has('2021年活动已结束（存档）：以下日期都已过去，供回顾查阅。')).toBe(true)
    for (const e of edition.events) expect(status(e.id)).toBe('已结束')
    expect(lines('elevator-week')).toEqual(['海南 · 2021年9月内 · 已结束，具体日期未公布'])
  })
})

describe('我的关注', () => {
  it('is empty at first, then lists what the user follows, in date order', () => {
    render(<EventsCalendar edition={edition} today={TODAY} />)
    fireEvent.click(screen.getByText('我的关注（0）'))
    expect(has(/还没有关注的活动/)).toBe(true)
    act(() => {
      useFollows.getState().toggle('2021/green-cert-week')
      useFollows.getState().toggle('2021/open-day')
    })
    expect(has('我的关注（2）')).toBe(true)
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(titles).toEqual(['检验检测机构开放日', '绿色产品认证宣传周'])
    expect(has('★ 已关注')).toBe(true)
  })
})
