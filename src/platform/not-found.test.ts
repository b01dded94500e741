/**
 * An unknown address (WeChat's onPageNotFound, Taro's H5 404) leads to the 找不到页面 page,
 * replacing the missing one, never to a blank screen.
 */
import Taro from '@tarojs/taro'
import { installNotFoundPage } from './not-found'

const T = Taro as unknown as Record<string, unknown>
let handler: ((res: { path: string; query: Record<string, string>; isEntryPage: boolean }) => void) | null
const redirectTo = jest.fn()
const reLaunch = jest.fn()

beforeEach(() => {
  handler = null
  redirectTo.mockReset().mockResolvedValue({})
  reLaunch.mockReset().mockResolvedValue({})
  T.onPageNotFound = (fn: typeof handler) => { handler = fn }
  T.redirectTo = redirectTo
  T.reLaunch = reLaunch
})
afterEach(() => {
  delete T.onPageNotFound
  delete T.redirectTo
  delete T.reLaunch
})

const flush = () => new Promise((r) => setTimeout(r, 0))

it('replaces an unknown page with 找不到页面, naming the address', async () => {
  installNotFoundPage()
  expect(handler).not.toBeNull()
  handler!({ path: '/pages/nope/index', query: {}, isEntryPage: true })
  expect(redirectTo).toHaveBeenCalledWith({ url: `/packages/about/not-found/index?path=${encodeURIComponent('/pages/nope/index')}` })
  await flush()
  expect(reLaunch).not.toHaveBeenCalled()
})

it('relaunches there when the page cannot be replaced', async () => {
  redirectTo.mockRejectedValue(new Error('redirectTo:fail'))
  installNotFoundPage()
  handler!({ path: 'pages/gone', query: {}, isEntryPage: false })
  await flush()
  expect(reLaunch).toHaveBeenCalledWith({ url: `/packages/about/not-found/index?path=${encodeURIComponent('pages/gone')}` })
})
