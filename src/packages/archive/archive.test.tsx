/**
 * 往届 and reading one edition after a new edition ships: the real 2021 edition with a
 * SYNTHETIC 2099 edition added (tests/fixtures/synthetic-editions.ts: 2021's content shifted to
 * 2099 and marked as test data; the repository ships only 2021). With 2021 alone:
 * archive-single.test.tsx.
 */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { page } from '../../../tests/support/taro-page'
import { setNow } from '@/lib/clock'
import Home from '../../pages/home/index'
import Editions from './list/index'
import Edition from './edition/index'
import Event from '../events/detail/index'

jest.mock('@tarojs/taro', () => ({
  ...require('../../../tests/support/taro-page').taroPageModule(),
  useShareAppMessage: () => undefined,
  useShareTimeline: () => undefined
}))

// A new edition ships: SYNTHETIC 2099 beside the real 2021 (for this whole file).
jest.mock('@/content/edition-files', () => jest.requireActual('../../../tests/fixtures/synthetic-editions').editionFilesWithSynthetic('2099'))

beforeEach(() => jest.useFakeTimers())
afterEach(() => {
  jest.useRealTimers()
  jest.clearAllMocks()
  page.reset()
  setNow(null)
})

describe('after a new edition (synthetic 2099) ships', () => {
  it('in 2099 the app shows 2099; 2021 is listed under 往届 and opens as an archive with its notice, events and slogans', () => {
    setNow(Date.parse('2099-09-10T04:00:00Z'))
    render(<Home />)
    expect(screen.getAllByText(/2099年海南省“质量月”活动（合成测试数据）/).length).toBeGreaterThan(0)
    // The quick entry to the notice names this edition's document, not 2021's.
    expect(screen.getByTestId('quick-notice').textContent).toContain('琼质强省办〔2099〕5号') // its number kept whole (KeepTogether)

    render(<Editions />)
    expect(screen.getByText('往届')).toBeInTheDocument()
    expect(screen.queryByText('还没有往届活动', { exact: false })).toBeNull()
    screen.getByText('2021年海南省“质量月”活动').click()
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/archive/edition/index?edition=2021' })

    page.params = { edition: '2021' }
    const { container } = render(<Edition />)
    expect(screen.getByText(/往届 · 存档：2021年海南省“质量月”活动/)).toBeInTheDocument()
    expect(screen.getAllByText('琼质强省办〔2021〕5号').length).toBeGreaterThan(0)
    container.querySelector<HTMLElement>('[data-testid="event-open-day"]')!.click()
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/events/detail/index?id=open-day&edition=2021' })
    screen.getByText('查看2021年全部16条口号').click()
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/campaign/slogans/index?edition=2021' })
  })

  it('in March 2099, with 2099 shipped but not yet current: 2021 is 最近一届 and 2099 is 下一届, not 往届; 首页 does not claim 2099 is missing', () => {
    setNow(Date.parse('2099-03-01T04:00:00Z'))
    const home = render(<Home />)
    expect(home.container.textContent).toContain('2021年活动已结束（存档）')
    expect(home.queryByTestId('year-not-in-app')).toBeNull()
    home.unmount()

    const list = render(<Editions />)
    expect(screen.getByText('最近一届（2021年）')).toBeInTheDocument()
    const next = screen.getByText('下一届').parentElement!
    expect(next.textContent).toContain('2099年海南省“质量月”活动（合成测试数据）')
    expect(next.textContent).toContain('未开始')
    expect(screen.getByText('没有更早的活动。')).toBeInTheDocument()
    list.unmount()

    page.params = { edition: '2099' }
    render(<Edition />)
    expect(screen.getByText(/^下一届 · 未开始：2099年海南省“质量月”活动/)).toBeInTheDocument()
  })

  it('in August 2099, 30 days before its start, 2099 is already current; the day before that, 2021 still is', () => {
    setNow(Date.parse('2099-08-01T04:00:00Z'))
    const first = render(<Home />)
    expect(first.container.textContent).not.toContain('合成测试数据')
    first.unmount()
    setNow(Date.parse('2099-08-02T04:00:00Z'))
    const second = render(<Home />)
    expect(second.container.textContent).toContain('2099年海南省“质量月”活动（合成测试数据）')
  })

  it('an event link shared in 2021 opens 2021\'s event; one without an edition finds the edition with that id, preferring the current', () => {
    setNow(Date.parse('2099-09-10T04:00:00Z'))
    page.params = { id: 'open-day', edition: '2021' }
    const a = render(<Event />)
    expect(a.container.textContent).toContain('2021年9月')
    expect(a.container.textContent).not.toContain('合成测试数据')
    a.unmount()
    // Before editions had names: both have open-day (synthetic ids repeat), so the current one.
    page.params = { id: 'open-day' }
    const b = render(<Event />)
    expect(b.container.textContent).toContain('合成测试数据')
  })
})
