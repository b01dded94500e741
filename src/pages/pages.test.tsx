/**
 * The four tabs rendered with @testing-library/react (Taro's H5 components in jsdom):
 * each shows real content from the bundle.
 */
import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { setNow } from '@/lib/clock'
import HomePage from './home/index'
import EventsPage from './events/index'
import ComplaintsPage from './complaints/index'
import AboutPage from './about/index'
import { page } from '../../tests/support/taro-page'

// Taro's page hooks need a running Taro app; the pages only read the router and the show event.
jest.mock('@tarojs/taro', () => require('../../tests/support/taro-page').taroPageModule())
// The whole page in one step (paint.weapp.ts), not H5's two frames: those are home.two-step.test.tsx's.
jest.mock('@/platform/paint', () => jest.requireActual('@/platform/paint.weapp'))

afterEach(() => {
  setNow(null)
  page.reset()
})

const text = (s: string | RegExp) => screen.getAllByText(s).length > 0

describe('首页', () => {
  it('shows the theme, the campaign and the issuer', () => {
    render(<HomePage />)
    expect(text('开展质量提升行动 推动自贸港高质量发展')).toBe(true)
    expect(text(/2021年海南省“质量月”活动/)).toBe(true)
    expect(text(/海南省质量强省工作领导小组办公室/)).toBe(true)
    expect(text(/琼质强省办〔2021〕5号/)).toBe(true)
  })

  it('shows day N of the campaign when the page is opened with ?now=', () => {
    page.params = { now: '2021-09-14' }
    render(<HomePage />)
    expect(text('进行中')).toBe(true)
    expect(text('第14天（共30天），还剩16天')).toBe(true)
  })

  it('after the campaign it is an archive, not an error', () => {
    setNow(Date.parse('2026-11-24T04:00:00Z'))
    render(<HomePage />)
    expect(text('已结束')).toBe(true)
    expect(text(/以下内容供回顾查阅/)).toBe(true)
    expect(text(edition.sections.work.points[0].title)).toBe(true)
  })
})

describe('活动', () => {
  it('lists every event, dated ones first, month-only ones under 日期待定 (during the campaign)', () => {
    setNow(Date.parse('2021-09-14T04:00:00Z'))
    render(<EventsPage />)
    for (const e of edition.events) expect(text(e.title)).toBe(true)
    expect(text('9月内 · 日期待定')).toBe(true)
    expect(text(/^全国 · 9月13日–17日 · /)).toBe(true)
    expect(text(/^海南 · /)).toBe(true) // each date in its own scope
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(titles.indexOf('检验检测机构开放日')).toBeLessThan(titles.indexOf('电梯安全宣传周'))
  })

  it('years later, says in the past tense that the month-only days were never published', () => {
    setNow(Date.parse('2026-12-07T04:00:00Z'))
    render(<EventsPage />)
    expect(text('9月内 · 具体日期未公布')).toBe(true)
    expect(screen.queryAllByText('9月内 · 日期待定')).toHaveLength(0)
  })
})

describe('投诉', () => {
  it('shows 12315 and 12345 and dials the hotline on tap', () => {
    render(<ComplaintsPage />)
    expect(text(/12315 · 全国12315平台/)).toBe(true)
    expect(text(/12345 · 政务服务便民热线/)).toBe(true)
    expect(text(/https:\/\/www\.12315\.cn/)).toBe(true)
    fireEvent.click(screen.getByText('拨打 12315'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12315' })
  })

  it('labels the campaign contact as printed in the notice', () => {
    render(<ComplaintsPage />)
    // One element (the number inside is a nowrap run: ui/NoWrap).
    expect(screen.getByText((_, el) => el?.classList.contains('channel__line') === true && el.textContent === '联系人：杨振；电话：0898-65396470')).toBeTruthy()
  })
})

describe('关于', () => {
  it('shows the notice header, its sections and both attachments', () => {
    render(<AboutPage />)
    expect(text('琼质强省办〔2021〕5号')).toBe(true)
    expect(text(edition.document.title)).toBe(true)
    for (const h of ['一、活动主题', '二、活动内容', '三、活动要求']) expect(text(h)).toBe(true)
    expect(text('（此件主动公开）')).toBe(true)
    expect(text(/附件1/)).toBe(true)
    expect(text('16. 个个树立质量意识 人人创造中国质量')).toBe(true)
  })
})
