/**
 * 首页 on H5 draws in two steps (platform/paint.h5): the first frame has the search entry,
 * the campaign and the quick entries; the slogans, the coming events, the lines of work and
 * the text size setting follow in the frame after it, and stay.
 */
import { act, render, renderHook, screen } from '@testing-library/react'
import { setNow } from '@/lib/clock'
import { page } from '../../../tests/support/taro-page'
import HomePage from './index'
import { useRestAfterFirstPaint } from './use-rest-after-first-paint'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())

// Jest's fake clock runs animation frames every 16 ms.
const nextFrame = () => act(() => { jest.advanceTimersByTime(16) })

beforeEach(() => jest.useFakeTimers())
afterEach(() => {
  jest.useRealTimers()
  setNow(null)
  page.reset()
})

it('shows the theme and the entries first, the rest from the frame after the first paint on', () => {
  page.params = { now: '2021-09-14' }
  render(<HomePage />)
  expect(screen.getByText('进行中')).toBeTruthy()
  expect(screen.getByText('第14天（共30天），还剩16天')).toBeTruthy()
  expect(screen.queryByText('今日口号 · 9月14日')).toBeNull()
  expect(screen.queryByText('近期活动')).toBeNull()

  nextFrame()
  expect(screen.queryByText('今日口号 · 9月14日')).toBeNull()
  nextFrame()
  expect(screen.getByText('今日口号 · 9月14日')).toBeTruthy()
  expect(screen.getByText('近期活动')).toBeTruthy()
  expect(screen.getByText('第14天（共30天），还剩16天')).toBeTruthy()

  for (let i = 0; i < 10; i++) nextFrame()
  expect(screen.getByText('近期活动')).toBeTruthy()
})

it('waits for the content: no lower part while the edition is still loading', () => {
  const { result, rerender } = renderHook(({ ready }) => useRestAfterFirstPaint(ready), { initialProps: { ready: false } })
  nextFrame()
  nextFrame()
  nextFrame()
  expect(result.current).toBe(false)
  rerender({ ready: true })
  nextFrame()
  expect(result.current).toBe(false)
  nextFrame()
  expect(result.current).toBe(true)
  rerender({ ready: false })
  expect(result.current).toBe(true)
})
