/**
 * The 投诉 tab opened at a card by a search result (openPage('complaints', { at, q })): that card
 * is marked, brought into view and focused, with the way back to the results and to 我该找谁？.
 */
import { act, render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { openPage } from '@/platform/navigation'
import { revealAndFocus } from '@/platform/scroll'
import { page } from '../../../tests/support/taro-page'
import ComplaintsPage from './index'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())
jest.mock('@/platform/scroll', () => ({ revealAndFocus: jest.fn() }))

beforeEach(() => jest.useFakeTimers())
afterEach(() => {
  jest.useRealTimers()
  jest.clearAllMocks()
  page.reset()
})

const place = (container: HTMLElement, at: string) => container.querySelector(`#complaints-at-${at}`) as HTMLElement

it('opened at 12315 from the search for 买到假货: that card is marked, in view and focused, with the ways back and on', () => {
  openPage('complaints', { at: '12315', q: '买到假货' })
  const { container } = render(<ComplaintsPage />)
  expect(place(container, '12315')).toHaveClass('complaints-place--target')
  expect(place(container, '12345')).not.toHaveClass('complaints-place--target')
  expect(place(container, '12315')).toHaveAttribute('role', 'region')
  expect(place(container, '12315')).toHaveAttribute('aria-label', '12315 · 全国12315平台')
  // The card keeps its actions (call, mini-program, copy).
  expect(place(container, '12315')).toHaveTextContent('拨打 12315')
  expect(revealAndFocus).not.toHaveBeenCalled()
  act(() => { jest.advanceTimersByTime(400) })
  expect(revealAndFocus).toHaveBeenCalledWith('complaints-at-12315')

  fireEvent.click(screen.getByText('不确定找谁？看“我该找谁？”'))
  expect(revealAndFocus).toHaveBeenLastCalledWith('complaints-at-guide')
  fireEvent.click(screen.getByRole('button', { name: '返回搜索结果：“买到假货”' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/about/search/index?q=${encodeURIComponent('买到假货')}` })
})

it('a tab already open takes the next target when shown again; 我该找谁？ is a target too', () => {
  const { container } = render(<ComplaintsPage />)
  expect(container.querySelector('.complaints-place--target')).toBeNull()
  openPage('complaints', { at: 'guide', q: '找谁' })
  act(() => page.show())
  expect(place(container, 'guide')).toHaveClass('complaints-place--target')
  expect(screen.queryByText('不确定找谁？看“我该找谁？”')).toBeNull()
  act(() => { jest.advanceTimersByTime(400) })
  expect(revealAndFocus).toHaveBeenCalledWith('complaints-at-guide')
})

it('an unknown card (a stale or hand-made target) opens the tab as usual', () => {
  openPage('complaints', { at: '110' })
  const { container } = render(<ComplaintsPage />)
  act(() => { jest.advanceTimersByTime(400) })
  expect(container.querySelector('.complaints-place--target')).toBeNull()
  expect(revealAndFocus).not.toHaveBeenCalled()
  expect(screen.getByText('12315 · 全国12315平台')).toBeInTheDocument()
})
