/**
 * The event page (route `event`, param `id`): reads its id, and shares to a chat and to 朋友圈
 * with the id in the path / query, so the shared page opens on the same event.
 */
import { render, screen } from '@testing-library/react'
import { setNow } from '@/lib/clock'
import { routePath } from '@/routes'
import EventPage from './index'

let mockParams: Record<string, string> = {}
const mockShare: { app?: () => unknown; timeline?: () => unknown } = {}
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getEnterOptionsSync: () => ({ scene: 1001 }) },
  useRouter: () => ({ params: mockParams }),
  useDidShow: () => undefined,
  useReady: () => undefined,
  useShareAppMessage: (fn: () => unknown) => { mockShare.app = fn },
  useShareTimeline: (fn: () => unknown) => { mockShare.timeline = fn }
}))

afterEach(() => {
  setNow(null)
  mockParams = {}
})

describe('the event page', () => {
  it('is the `event` route in the events subpackage, shareable to chats and 朋友圈', () => {
    // definePageConfig is a build-time global of Taro's.
    Object.assign(globalThis, { definePageConfig: (c: unknown) => c })
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const config = require('./index.config').default
    expect(routePath('event')).toBe('/packages/events/detail/index')
    expect(config).toMatchObject({ enableShareAppMessage: true, enableShareTimeline: true })
  })

  it('shows the event of its id and shares it with that id', () => {
    mockParams = { id: 'open-day', now: '2021-09-14' }
    render(<EventPage />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('检验检测机构开放日')
    expect(screen.getAllByText('即将开始').length).toBeGreaterThan(0) // ?now= reached the clock
    expect(mockShare.app!()).toEqual({
      title: '检验检测机构开放日 · 2021年海南省“质量月”活动',
      path: '/packages/events/detail/index?id=open-day&edition=2021'
    })
    expect(mockShare.timeline!()).toEqual({ title: '检验检测机构开放日 · 2021年海南省“质量月”活动', query: 'id=open-day&edition=2021' })
  })

  it('an unknown or malformed id shows the message, and shares the campaign rather than a dead link', () => {
    mockParams = { id: '%E0%A4%A' }
    render(<EventPage />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有找到这项活动')
    expect(mockShare.app!()).toEqual({ title: '2021年海南省“质量月”活动', path: '/packages/events/detail/index?edition=2021' })
  })
})
