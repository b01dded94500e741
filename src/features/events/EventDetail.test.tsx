/**
 * The event page as a user meets it: dates with their sources, 关注 (persisted), 添加到手机日历
 * (dated entries only; a refusal explained with a way to settings), an unknown id, and the
 * 朋友圈 单页模式 where it must stand alone.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { addToPhoneCalendar, openCalendarSettings } from '@/platform/calendar'
import { openPage, openTab } from '@/platform/navigation'
import { EventDetail } from './EventDetail'
import { useFollows } from './store'

jest.mock('@/platform/navigation', () => ({
  ...jest.requireActual('@/platform/navigation'),
  openTab: jest.fn(),
  openPage: jest.fn()
}))
// The phone calendar (weapp), where jest resolves H5's .ics download (docs/platform-files.md).
jest.mock('@/platform/calendar', () => ({
  ...jest.requireActual('@/platform/calendar.weapp'),
  addToPhoneCalendar: jest.fn(),
  openCalendarSettings: jest.fn()
}))
const mockAdd = addToPhoneCalendar as jest.MockedFunction<typeof addToPhoneCalendar>
const mockSettings = openCalendarSettings as jest.MockedFunction<typeof openCalendarSettings>

const TODAY = '2021-09-14'
const has = (s: string | RegExp) => screen.queryAllByText(s).length > 0

beforeEach(() => {
  localStorage.clear()
  act(() => useFollows.setState({ ids: [] }))
  jest.clearAllMocks()
})

describe('an event', () => {
  it('shows title, organiser by name, each date with precision, scope, status and source', () => {
    render(<EventDetail edition={edition} id='open-day' today={TODAY} singlePage={false} />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('检验检测机构开放日')
    expect(has('主办单位：省市场监管局（附件1 第一项）')).toBe(true)
    expect(has('9月15日 · 全国启动')).toBe(true)
    expect(has('2021年9月内 · 具体安排以主办单位通知为准')).toBe(true)
    expect(has(/^来源：仪器信息网《2021年全国检验检测机构开放日活动报道/)).toBe(true)
    expect(has('可信度：高（非通知原文，为公开报道）')).toBe(true)
    expect(has('“组织举办检验检测机构开放日活动。”')).toBe(true)
    expect(has('即将开始')).toBe(true) // the national day, tomorrow
    fireEvent.click(screen.getByText('查看省市场监管局的全部活动'))
    expect(openPage).toHaveBeenCalledWith('organiser', { id: 'amr', edition: '2021' })
    expect(has('2021年海南省“质量月”活动')).toBe(true) // stands alone: the campaign is named
    for (const p of edition.events.find((e) => e.id === 'open-day')!.description) expect(has(p)).toBe(true)
  })

  it('quotes its source once, even when the notice\'s words are themselves a quoted name', () => {
    render(<EventDetail edition={edition} id='elevator-week' today={TODAY} singlePage={false} />)
    expect(has('“电梯安全宣传周”')).toBe(true)
    expect(document.body.textContent).not.toMatch(/““|””|‘“|”’/)
  })
})

describe('关注', () => {
  it('toggles, shows its state, and is saved on the phone', () => {
    render(<EventDetail edition={edition} id='open-day' today={TODAY} singlePage={false} />)
    const button = screen.getByText('☆ 关注')
    expect(button.closest('[aria-pressed]')?.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(button)
    expect(has('★ 已关注（点此取消）')).toBe(true)
    expect(screen.getByText('★ 已关注（点此取消）').closest('[aria-pressed]')?.getAttribute('aria-pressed')).toBe('true')
    expect(useFollows.getState().ids).toEqual(['2021/open-day'])
    expect(Taro.getStorageSync('hq:follows')).toEqual({ state: { ids: ['2021/open-day'] }, version: 2 })
    fireEvent.click(screen.getByText('★ 已关注（点此取消）'))
    expect(has('☆ 关注')).toBe(true)
    expect(Taro.getStorageSync('hq:follows')).toEqual({ state: { ids: [] }, version: 2 })
  })

  it('a failed save is told, and the follow stays for now', () => {
    render(<EventDetail edition={edition} id='open-day' today={TODAY} singlePage={false} />)
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    fireEvent.click(screen.getByText('☆ 关注'))
    spy.mockRestore()
    expect(has('★ 已关注（点此取消）')).toBe(true)
    expect(has(/未能保存到手机存储/)).toBe(true)
  })
})

describe('添加到手机日历', () => {
  it('adds the national dated entry and confirms', async () => {
    mockAdd.mockResolvedValue({ ok: true, how: 'phone' })
    render(<EventDetail edition={edition} id='open-day' today={TODAY} singlePage={false} />)
    expect(has('海南的具体日期未公布；可添加的是下面标明“全国”的日期。')).toBe(true)
    fireEvent.click(screen.getByLabelText('添加到手机日历：9月15日 · 全国启动'))
    await waitFor(() => expect(has('已添加到手机日历（全天），前一天上午9点提醒。')).toBe(true))
    expect(mockAdd).toHaveBeenCalledWith(expect.objectContaining({
      title: '检验检测机构开放日（全国）', start: '2021-09-15', end: '2021-09-15', uid: 'open-day-20210915@hainan-quality-month.invalid'
    }))
  })

  it('a refused permission is explained, with 打开设置 to allow it', async () => {
    mockAdd.mockResolvedValue({ ok: false, reason: 'denied', message: '没有写入日历的权限：您之前拒绝了“添加到日历”。可点“打开设置”允许后再试。' })
    mockSettings.mockResolvedValue(true)
    render(<EventDetail edition={edition} id='hangzhou-conference' today={TODAY} singlePage={false} />)
    fireEvent.click(screen.getByLabelText('添加到手机日历：9月16日–17日 · 全国 · 大会举办'))
    await waitFor(() => expect(has(/您之前拒绝了“添加到日历”/)).toBe(true))
    fireEvent.click(screen.getByText('打开设置'))
    await waitFor(() => expect(has('已允许写入日历，请再点一次“添加到手机日历”。')).toBe(true))
    expect(mockSettings).toHaveBeenCalledTimes(1)
  })

  it('a downloaded file (H5) is named', async () => {
    mockAdd.mockResolvedValue({ ok: true, how: 'file', filename: 'hq-green-cert-week-20210927.ics' })
    render(<EventDetail edition={edition} id='green-cert-week' today={TODAY} singlePage={false} />)
    fireEvent.click(screen.getByLabelText('添加到手机日历：9月27日–10月1日 · 全国'))
    await waitFor(() => expect(has(/已下载日历文件 hq-green-cert-week-20210927\.ics/)).toBe(true))
  })

  it('held back by privacy (refused, or errno 112), it offers the .ics text to copy by long-press', async () => {
    const { CALENDAR_FAILURE_TEXT } = jest.requireActual('@/platform/calendar.shared') as typeof import('@/platform/calendar.shared')
    mockAdd.mockResolvedValue({ ok: false, reason: 'privacy-undeclared', message: CALENDAR_FAILURE_TEXT['privacy-undeclared'] })
    render(<EventDetail edition={edition} id='green-cert-week' today={TODAY} singlePage={false} />)
    fireEvent.click(screen.getByLabelText('添加到手机日历：9月27日–10月1日 · 全国'))
    await waitFor(() => expect(has(/添加到手机日历功能暂时不可用（本程序的设置问题，不是您的操作问题）/)).toBe(true))
    const ics = screen.getByTestId('calendar-ics').textContent ?? ''
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    expect(ics).toContain('DTSTART;VALUE=DATE:20210927')
    expect(ics).toContain('DTEND;VALUE=DATE:20211002')
    expect(has('打开设置')).toBe(false)
    expect(has(/同意/)).toBe(false)
  })

  it('a month-only event has no button, and says why', () => {
    render(<EventDetail edition={edition} id='elevator-week' today={TODAY} singlePage={false} />)
    expect(has('通知只写明在2021年9月内开展，没有具体日期，所以无法添加到手机日历。具体安排以主办单位通知为准。')).toBe(true)
    expect(screen.queryByRole('button', { name: /^添加到手机日历/ })).toBeNull()
    expect(screen.queryAllByLabelText(/^添加到手机日历：/)).toEqual([])
  })

  it('a past date is not offered: on 16 September the open day has passed, and the page says so', () => {
    render(<EventDetail edition={edition} id='open-day' today='2021-09-16' singlePage={false} />)
    expect(has('9月15日 · 全国启动已经过去，不再提供添加到手机日历。')).toBe(true)
    expect(screen.queryAllByLabelText(/^添加到手机日历：/)).toEqual([])
    expect(has(/存档/)).toBe(false)
  })

  it('only the dates still ahead get a button', () => {
    render(<EventDetail edition={edition} id='hangzhou-conference' today='2021-09-16' singlePage={false} />)
    expect(screen.getByLabelText('添加到手机日历：9月16日–17日 · 全国 · 大会举办')).toBeTruthy()
  })

  it('in 2026 the event is an archive: 已结束, no 添加到手机日历, and why', () => {
    render(<EventDetail edition={edition} id='green-cert-week' today='2026-11-26' singlePage={false} />)
    expect(has('2021年活动已结束（存档），以下内容供回顾查阅。')).toBe(true)
    expect(has('2021年活动已结束（存档）：9月27日–10月1日 · 全国已经过去，不再提供添加到手机日历。')).toBe(true)
    expect(screen.queryAllByLabelText(/^添加到手机日历：/)).toEqual([])
    expect(screen.queryByRole('button', { name: /^添加到手机日历/ })).toBeNull()
    expect(has('已结束')).toBe(true)
    expect(has(/即将开始|进行中|日期待定/)).toBe(false)
  })
})

describe('status on the event page (14 September)', () => {
  it('the green week is 即将开始 nationally; its Hainan date is 日期待定, not 进行中', () => {
    render(<EventDetail edition={edition} id='green-cert-week' today={TODAY} singlePage={false} />)
    expect(has('全国 · 即将开始')).toBe(true)
    expect(has('日期待定')).toBe(true)
    expect(has(/进行中/)).toBe(false)
  })

  it('a month-only event is 日期待定 all through its month', () => {
    render(<EventDetail edition={edition} id='elevator-week' today={TODAY} singlePage={false} />)
    // The event's badge (with the scope of the date it comes from), and its one date.
    expect(has('海南 · 日期待定')).toBe(true)
    expect(screen.getAllByText('日期待定').length).toBe(1)
    expect(has(/进行中|即将开始/)).toBe(false)
  })

  it('in 2026 a month-only Hainan date says, in the past tense, that its day was never published', () => {
    render(<EventDetail edition={edition} id='elevator-week' today='2026-12-07' singlePage={false} />)
    expect(has('2021年9月内 · 海南的具体日期未公布')).toBe(true)
    expect(has('通知只写明在2021年9月内开展，海南的具体日期未公布，所以无法添加到手机日历。')).toBe(true)
    expect(document.body.textContent).not.toContain('具体安排以主办单位通知为准')
    expect(has(/日期待定/)).toBe(false)
  })
})

describe('a bad id, and a shared page', () => {
  it.each([['no-such-event'], [undefined]])('%p: a helpful message and the way to the calendar', (id) => {
    render(<EventDetail edition={edition} id={id} today={TODAY} singlePage={false} />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有找到这项活动')
    expect(has(id ? /链接中的活动编号“no-such-event”不在本届活动中/ : /链接中没有活动编号/)).toBe(true)
    fireEvent.click(screen.getByText('查看全部活动（活动日历）'))
    expect(openTab).toHaveBeenCalledWith('events')
    fireEvent.click(screen.getByText('回到首页'))
    expect(openTab).toHaveBeenLastCalledWith('home')
  })

  it('in 朋友圈 单页模式 it stands alone: no navigation, no 关注, a pointer to 前往小程序', () => {
    render(<EventDetail edition={edition} id='open-day' today={TODAY} singlePage />)
    expect(has('检验检测机构开放日')).toBe(true)
    expect(has('2021年海南省“质量月”活动')).toBe(true)
    expect(has('☆ 关注')).toBe(false)
    expect(has('查看全部活动（活动日历）')).toBe(false)
    expect(has('查看省市场监管局的全部活动')).toBe(false)
    expect(has('点屏幕下方的“前往小程序”，可查看全部活动日历、关注活动。')).toBe(true)
  })
})
