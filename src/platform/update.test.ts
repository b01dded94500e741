/**
 * The update prompt (update.ts, the weapp behaviour) with WeChat's update manager stubbed:
 * asked once when a new version is ready; 现在重启 applies it, 稍后 does not.
 */
import Taro from '@tarojs/taro'
import { resetUpdateForTests, UPDATE_PROMPT, watchForUpdate } from './update.weapp'

const T = Taro as unknown as Record<string, unknown>
let ready: (() => void) | null
const applyUpdate = jest.fn()

beforeEach(() => {
  resetUpdateForTests()
  ready = null
  applyUpdate.mockReset()
  T.getUpdateManager = () => ({
    onCheckForUpdate: jest.fn(),
    onUpdateReady: (fn: () => void) => { ready = fn },
    onUpdateFailed: jest.fn(),
    applyUpdate
  })
})
afterEach(() => { delete T.getUpdateManager })

const flush = () => new Promise((r) => setTimeout(r, 0))

it('asks once when the new version is ready; 现在重启 applies it', async () => {
  const ask = jest.fn().mockResolvedValue(true)
  expect(watchForUpdate(ask)).toBe(true)
  expect(ask).not.toHaveBeenCalled()
  ready!()
  await flush()
  expect(ask).toHaveBeenCalledWith(UPDATE_PROMPT)
  expect(UPDATE_PROMPT).toMatchObject({ confirmText: '现在重启', cancelText: '稍后' })
  expect(applyUpdate).toHaveBeenCalledTimes(1)
  ready!()
  await flush()
  expect(ask).toHaveBeenCalledTimes(1)
})

it('稍后 leaves the app as it is', async () => {
  const ask = jest.fn().mockResolvedValue(false)
  watchForUpdate(ask)
  ready!()
  await flush()
  expect(applyUpdate).not.toHaveBeenCalled()
})

it('registers once, and does nothing where there is no update manager', () => {
  const ask = jest.fn()
  expect(watchForUpdate(ask)).toBe(true)
  expect(watchForUpdate(ask)).toBe(true)
  resetUpdateForTests()
  delete T.getUpdateManager
  expect(watchForUpdate(ask)).toBe(false)
})
