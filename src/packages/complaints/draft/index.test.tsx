/** The draft page: the form with today's China date as the picker's end, and the `kind` parameter. */
import { render, screen, act } from '@testing-library/react'
import { setNow } from '@/lib/clock'
import DraftPage from './index'

let mockParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useRouter: () => ({ params: mockParams }),
    useDidShow: () => undefined,
    useDidHide: () => undefined
  }
})

beforeEach(() => jest.useFakeTimers())
afterEach(async () => {
  // Run what is still queued (Taro's H5 components render on the next frame) before the real clock returns.
  await act(async () => { await jest.runOnlyPendingTimersAsync() })
  jest.useRealTimers()
  mockParams = {}
  setNow(null)
  localStorage.clear()
})

/** Lets Taro's H5 components render (on the fake clock). */
const settle = () => act(async () => { await jest.advanceTimersByTimeAsync(20) })

describe('投诉举报草稿 page', () => {
  it('?now= sets today: the date field ends on that China date', async () => {
    mockParams = { now: '2021-09-14T23:30' }
    render(<DraftPage />)
    await settle()
    expect(screen.getByText('生成文本并复制')).toBeInTheDocument()
    expect(screen.getByLabelText(/^发生日期/)).toHaveAttribute('max', '2021-09-14')
  })

  it('kind=report starts a blank draft as a report; an unknown kind is ignored', async () => {
    mockParams = { kind: 'report' }
    const first = render(<DraftPage />)
    await settle()
    expect(screen.getByRole('radio', { name: /举报/ })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByText('被举报的商家')).toBeInTheDocument()
    first.unmount()
    mockParams = { kind: 'refund' }
    render(<DraftPage />)
    await settle()
    expect(screen.getByRole('radio', { name: /投诉/ })).toHaveAttribute('aria-checked', 'true')
  })
})
