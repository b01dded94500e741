/**
 * 我的关注 after a new edition ships: the real 2021 edition with a SYNTHETIC 2099 edition added
 * (tests/fixtures/synthetic-editions.ts: 2021's content shifted to 2099, same event ids, marked as
 * test data). Follows made in 2021 stay findable, headed by their edition, and open 2021's pages.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { editionOf } from '@/content'
import { openPage } from '@/platform/navigation'
import { EventsCalendar } from './EventsCalendar'
import { useCalendarView, useFollows } from './store'

jest.mock('@/platform/navigation', () => ({
  ...jest.requireActual('@/platform/navigation'),
  openPage: jest.fn(),
  openTab: jest.fn()
}))

// A new edition ships: SYNTHETIC 2099 beside the real 2021 (for this whole file).
jest.mock('@/content/edition-files', () => jest.requireActual('../../../tests/fixtures/synthetic-editions').editionFilesWithSynthetic('2099'))

const TODAY = '2099-09-14'
const current = editionOf('2099')!

beforeEach(() => {
  localStorage.clear()
  act(() => {
    useFollows.setState({ ids: [] })
    useCalendarView.setState({ view: 'follows', month: null, day: null, categoryId: null, organiserId: null })
  })
  jest.clearAllMocks()
})

const has = (s: string | RegExp) => screen.queryAllByText(s).length > 0
/** The list under the level-2 heading `name`. */
const section = (name: string) => screen.getByRole('heading', { level: 2, name }).parentElement as HTMLElement
const titlesIn = (el: HTMLElement) => within(el).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)

describe('我的关注 with follows in an earlier edition', () => {
  it('2021’s follows stay listed, headed 2021年的关注 with their count, after 2099 becomes current', () => {
    act(() => {
      useFollows.setState({ ids: ['2021/green-cert-week', '2021/open-day'] })
    })
    render(<EventsCalendar edition={current} today={TODAY} />)
    // The tab's count says which edition each part covers.
    expect(has('我的关注（本届0 · 往届2）')).toBe(true)
    expect(has(/本届（2099年）还没有关注的活动/)).toBe(true)
    expect(titlesIn(section('我的关注'))).toEqual([])
    const earlier = section('2021年的关注（2项）')
    expect(titlesIn(earlier)).toEqual(['检验检测机构开放日', '绿色产品认证宣传周'])
    expect(within(earlier).getByText(/2021年海南省“质量月”活动（往届）/)).toBeTruthy()
    expect(within(earlier).getAllByText('★ 已关注')).toHaveLength(2)
    expect(earlier.textContent).not.toContain('合成测试数据')
  })

  it('each earlier follow opens its event page in its own edition, by tap and by keyboard', () => {
    act(() => {
      useFollows.setState({ ids: ['2021/open-day', '2099/open-day'] })
    })
    render(<EventsCalendar edition={current} today={TODAY} />)
    const now = section('我的关注')
    const earlier = section('2021年的关注（1项）')
    expect(within(now).getByText('本届（2099年）：1项')).toBeTruthy()
    expect(has('我的关注（本届1 · 往届1）')).toBe(true)

    const earlierCard = within(earlier).getByTestId('event-open-day')
    expect(earlierCard.getAttribute('role')).toBe('link')
    expect(earlierCard.getAttribute('tabindex')).toBe('0')
    fireEvent.click(earlierCard)
    expect(openPage).toHaveBeenLastCalledWith('event', { id: 'open-day', edition: '2021' })
    fireEvent.keyDown(earlierCard, { key: 'Enter' })
    expect(openPage).toHaveBeenCalledTimes(2)
    expect(openPage).toHaveBeenLastCalledWith('event', { id: 'open-day', edition: '2021' })

    fireEvent.click(within(now).getByTestId('event-open-day'))
    expect(openPage).toHaveBeenLastCalledWith('event', { id: 'open-day', edition: '2099' })
  })

  it('with follows only in the current edition, the tab and list read as before', () => {
    act(() => {
      useFollows.setState({ ids: ['2099/open-day'] })
    })
    render(<EventsCalendar edition={current} today={TODAY} />)
    expect(has('我的关注（1）')).toBe(true)
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['我的关注'])
    expect(has(/年的关注/)).toBe(false)
  })

  it('in 2021’s own view (an edition that is not the newest), 2099’s follows are listed apart under 2099年的关注', () => {
    act(() => {
      useFollows.setState({ ids: ['2099/open-day', '2021/green-cert-week'] })
    })
    render(<EventsCalendar edition={editionOf('2021')!} today='2021-09-14' />)
    // 2099 is not an earlier edition here: not called 往届.
    expect(has('我的关注（本届1 · 其他届1）')).toBe(true)
    expect(has(/往届/)).toBe(false)
    expect(titlesIn(section('我的关注'))).toEqual(['绿色产品认证宣传周'])
    expect(titlesIn(section('2099年的关注（1项）'))).toEqual(['检验检测机构开放日'])
  })
})
