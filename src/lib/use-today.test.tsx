/**
 * useToday: the China date a page shows follows the clock when the page shows again (weapp's
 * onShow, H5's visibilitychange through Taro) and when H5 restores it from the back-forward
 * cache (lib/page-restore.ts), so a page left at 23:50 and brought back after midnight says
 * the new day.
 */
jest.mock('@tarojs/taro', () => require('../../tests/support/taro-page').taroPageModule())

import { act, render, screen } from '@testing-library/react'
import { page } from '../../tests/support/taro-page'
import { parseNowParam, setNow } from './clock'
import { pageRestored } from './page-restore'
import { useToday } from './use-today'

function Today() {
  return <span data-testid='today'>{useToday()}</span>
}

const at = (s: string) => parseNowParam(s) as number

afterEach(() => {
  page.reset()
  setNow(null)
})

it('a page restored from the back-forward cache after midnight (China) shows the new day', () => {
  setNow(at('2021-09-14T23:50'))
  render(<Today />)
  expect(screen.getByTestId('today').textContent).toBe('2021-09-14')
  setNow(at('2021-09-15T00:10'))
  act(() => pageRestored())
  expect(screen.getByTestId('today').textContent).toBe('2021-09-15')
})

it('the page showing again reads the clock too', () => {
  setNow(at('2021-09-30T23:59'))
  render(<Today />)
  setNow(at('2021-10-01T08:00'))
  act(() => page.show())
  expect(screen.getByTestId('today').textContent).toBe('2021-10-01')
})

it('stops listening when the page goes away', () => {
  setNow(at('2021-09-14'))
  const { unmount } = render(<Today />)
  unmount()
  // A restore after the page is gone updates nothing (and React warns of nothing).
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  act(() => pageRestored())
  expect(error).not.toHaveBeenCalled()
  error.mockRestore()
})
