/**
 * 首页 (Taro's H5 components in jsdom): the campaign at a glance on a given China date,
 * 今日口号, the rotating slogans, the next events (or a look back), and the quick entries.
 */
import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { setNow } from '@/lib/clock'
import { page } from '../../../tests/support/taro-page'
import HomePage from './index'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())
// The whole page in one step (paint.weapp.ts), not H5's two frames: those are home.two-step.test.tsx's.
jest.mock('@/platform/paint', () => jest.requireActual('@/platform/paint.weapp'))

afterEach(() => {
  setNow(null)
  page.reset()
  jest.clearAllMocks()
})

/** A slogan as shown (its halves are separate text elements inside a .slogan-text block). */
const shownSlogans = (t: string) => screen.queryAllByText((_, el) => !!el && el.classList.contains('slogan-text') && el.textContent === t)
const open = (now: string) => {
  page.params = { now }
  return render(<HomePage />)
}

describe('首页 on a China date', () => {
  it('before the campaign: 未开始, days to go, and the first events counting down', () => {
    open('2021-08-25')
    expect(screen.getByText('未开始')).toBeTruthy()
    expect(screen.getByText('距开始还有7天')).toBeTruthy()
    const upcoming = within(screen.getByText('近期活动').parentElement!)
    expect(upcoming.getByText('第五届“服务认证体验周”')).toBeTruthy()
    expect(upcoming.getByText('全国 · 15天后')).toBeTruthy()
  })

  it('during the campaign: 进行中, 今日口号 of that day, and the next three events', () => {
    open('2021-09-14')
    expect(screen.getByText('第14天（共30天），还剩16天')).toBeTruthy()
    expect(screen.getByText('今日口号 · 9月14日')).toBeTruthy()
    expect(screen.getByTestId('today-slogan').textContent).toBe(edition.slogans.items[13].text)
    expect(screen.getByTestId('upcoming-organic-cert-week').textContent).toContain('全国 · 进行中')
    expect(screen.getByTestId('upcoming-open-day').textContent).toContain('全国 · 明天')
    expect(screen.getByTestId('upcoming-hangzhou-conference').textContent).toContain('9月16日–17日')
    expect(screen.queryByTestId('upcoming-green-cert-week')).toBeNull()
  })

  it('after the campaign: 已结束, a look back at the main events, everything still there', () => {
    setNow(Date.parse('2026-11-24T04:00:00Z'))
    render(<HomePage />)
    expect(screen.getByText('已结束')).toBeTruthy()
    expect(screen.getByText('活动回顾')).toBeTruthy()
    for (const id of ['service-cert-week', 'organic-cert-week', 'open-day', 'hangzhou-conference', 'green-cert-week']) {
      expect(screen.getByTestId(`upcoming-${id}`)).toBeTruthy()
    }
    expect(screen.queryByText('近期活动')).toBeNull()
    expect(screen.getByText('2021年活动已结束（存档），以下内容供回顾查阅')).toBeTruthy()
    expect(screen.getByText('2021年活动已结束（存档）。以下是有具体日期的主要活动，供回顾查阅。')).toBeTruthy()
    // No slogan tied to today's date in 2026; the slogans still rotate.
    expect(screen.queryByText(/今日口号/)).toBeNull()
    expect(screen.queryByTestId('today-slogan')).toBeNull()
    expect(shownSlogans(edition.slogans.items[15].text).length).toBeGreaterThan(0)
    expect(screen.queryByText(/即将开始|进行中|日期待定|明天|天后/)).toBeNull()
  })

  it('20 August: nothing is 进行中; the first events count down with their scope', () => {
    open('2021-08-20')
    const upcoming = within(screen.getByText('近期活动').parentElement!)
    expect(upcoming.queryByText(/进行中/)).toBeNull()
    expect(upcoming.getByText('全国 · 20天后')).toBeTruthy()
    expect(screen.getByText('今日口号 · 8月20日')).toBeTruthy()
  })

  it('late September: month-only events say 日期待定 in their own scope', () => {
    open('2021-09-20')
    expect(screen.getByTestId('upcoming-green-cert-week').textContent).toContain('全国 · 7天后')
    const unknown = screen.getAllByText('海南 · 9月内，日期待定')
    expect(unknown.length).toBe(2)
  })
})

describe('首页 in a year the app has no campaign for (issue 24, item 3)', () => {
  const entryLabels = () => screen.getAllByTestId(/^quick-/).map((el) => el.querySelector('.quick-entry__label')!.textContent)

  it('on 2026-12-07: says first that 2026\'s campaign is not in the app, shows 2021 as the latest, an archive; 12315 · 12345 first', () => {
    open('2026-12-07')
    const notice = screen.getByTestId('year-not-in-app')
    expect(notice.textContent).toBe('2026年“质量月”活动尚未在本程序发布以下是最近一届（2021年）的活动，已结束，作为存档供查阅。')
    expect(screen.getByText('2021年活动已结束（存档），以下内容供回顾查阅')).toBeTruthy()
    // Said before anything of 2021: the notice precedes the campaign's name and theme.
    const name = screen.getAllByText('2021年海南省“质量月”活动')[0]
    expect(notice.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The first actions: 投诉举报 with 12315 · 12345, then the rest.
    expect(entryLabels()).toEqual(['投诉举报', '活动日历', '口号', '通知全文', '知识问答'])
    expect(screen.getByTestId('quick-complaints').textContent).toBe('投诉举报12315 · 12345')
  })

  it('during the campaign: no such notice, the calendar first as before', () => {
    open('2021-09-14')
    expect(screen.queryByTestId('year-not-in-app')).toBeNull()
    expect(screen.queryByText(/尚未在本程序发布/)).toBeNull()
    expect(entryLabels()).toEqual(['活动日历', '投诉举报', '口号', '通知全文', '知识问答'])
  })

  it('after the campaign in its own year: an archive (投诉举报 first), but 2021 is this year\'s campaign', () => {
    open('2021-10-15')
    expect(screen.getByText('2021年活动已结束（存档），以下内容供回顾查阅')).toBeTruthy()
    expect(screen.queryByTestId('year-not-in-app')).toBeNull()
    expect(entryLabels()[0]).toBe('投诉举报')
  })
})

describe('首页 links', () => {
  it('an upcoming event opens its event page', () => {
    open('2021-09-14')
    fireEvent.click(screen.getByTestId('upcoming-open-day'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/events/detail/index?id=open-day&edition=2021' })
  })

  it('quick entries: 活动日历, 投诉举报, 口号, 通知全文', () => {
    open('2021-09-14')
    fireEvent.click(screen.getByText('活动日历'))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/events/index' })
    fireEvent.click(screen.getByText('投诉举报'))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/complaints/index' })
    fireEvent.click(screen.getByText('通知全文'))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/about/index' })
    fireEvent.click(screen.getByText('口号'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/campaign/slogans/index' })
  })

  it('今日口号 opens the 口号 page on that slogan', () => {
    open('2021-09-14')
    fireEvent.click(screen.getByText('分享这条口号或生成海报'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/campaign/slogans/index?id=s14' })
  })
})
