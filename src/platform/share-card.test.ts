/**
 * Chat-card pictures (share-card.weapp.ts) with WeChat's canvas stubbed: title and path at
 * once; the 5:4 picture at once when drawn before, else through `promise`; without the
 * picture when drawing fails or is slow (within 2.5 s, inside WeChat's 3 s). H5 shares
 * title and path only.
 */
const mockTaro = {
  createOffscreenCanvas: jest.fn(),
  canvasToTempFilePath: jest.fn()
}
jest.mock('@tarojs/taro', () => ({ __esModule: true, get default() { return mockTaro } }))

import * as weapp from './share-card.weapp'
import * as h5 from './share-card.h5'
import { SHARE_IMAGE_BUDGET_MS } from './share-card.shared'

const card = { eyebrow: '2021年海南省“质量月” · 活动', title: '检验检测机构开放日', subtitle: '9月15日 · 全国启动', footer: '琼质强省办〔2021〕5号' }
const base = { title: '检验检测机构开放日 · 2021年海南省“质量月”活动', path: '/packages/events/detail/index?id=open-day' }

function fakeCanvas() {
  const texts: string[] = []
  const canvas = {
    width: 0, height: 0, texts,
    getContext: () => ({
      fillStyle: '', font: '', textBaseline: '',
      scale: jest.fn(), fillRect: jest.fn(), fillText: (t: string) => texts.push(t), measureText: (t: string) => ({ width: Array.from(t).length * 20 })
    })
  }
  return canvas
}

beforeEach(() => {
  jest.clearAllMocks()
  weapp.resetShareCardsForTests()
  mockTaro.createOffscreenCanvas.mockImplementation((o: { width: number; height: number }) => Object.assign(fakeCanvas(), { width: o.width, height: o.height }))
  mockTaro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/card.png', errMsg: 'canvasToTempFilePath:ok' })
})

it('draws a 5:4 offscreen 2D canvas from the card text and shares it through the promise', async () => {
  const msg = weapp.shareMessage(base, 'event:open-day', card)
  expect(msg).toMatchObject(base)
  expect(msg.imageUrl).toBeUndefined()
  await expect(msg.promise).resolves.toEqual({ ...base, imageUrl: 'wxfile://tmp/card.png' })
  expect(mockTaro.createOffscreenCanvas).toHaveBeenCalledWith({ type: '2d', width: 1000, height: 800 })
  const canvas = mockTaro.createOffscreenCanvas.mock.results[0].value as ReturnType<typeof fakeCanvas>
  expect(canvas.texts).toEqual([card.eyebrow, card.title, card.subtitle, card.footer])
  expect(mockTaro.canvasToTempFilePath.mock.calls[0][0]).toMatchObject({ canvas, fileType: 'png' })
  // Drawn once: the next share has the picture at once, without a promise.
  expect(weapp.shareMessage(base, 'event:open-day', card)).toEqual({ ...base, imageUrl: 'wxfile://tmp/card.png' })
  expect(mockTaro.createOffscreenCanvas).toHaveBeenCalledTimes(1)
})

it('prepareShareCard draws ahead, so the share answers with the picture at once', async () => {
  weapp.prepareShareCard('slogan:s1', card)
  await new Promise((r) => setTimeout(r, 0))
  expect(weapp.shareMessage(base, 'slogan:s1', card)).toEqual({ ...base, imageUrl: 'wxfile://tmp/card.png' })
})

it('a failed export or no canvas API: shared without the picture', async () => {
  mockTaro.canvasToTempFilePath.mockRejectedValueOnce({ errMsg: 'canvasToTempFilePath:fail' })
  await expect(weapp.shareMessage(base, 'a', card).promise).resolves.toEqual(base)
  mockTaro.createOffscreenCanvas.mockImplementationOnce(() => { throw new Error('not supported') })
  await expect(weapp.shareMessage(base, 'b', card).promise).resolves.toEqual(base)
})

it('a slow drawing gives up within the budget (inside WeChat\'s 3 s) and shares without the picture', async () => {
  jest.useFakeTimers()
  mockTaro.canvasToTempFilePath.mockReturnValueOnce(new Promise(() => undefined))
  const msg = weapp.shareMessage(base, 'slow', card)
  let settled: unknown
  void msg.promise!.then((v) => { settled = v })
  await jest.advanceTimersByTimeAsync(SHARE_IMAGE_BUDGET_MS - 1)
  expect(settled).toBeUndefined()
  await jest.advanceTimersByTimeAsync(1)
  expect(settled).toEqual(base)
  expect(SHARE_IMAGE_BUDGET_MS).toBeLessThan(3000)
  jest.useRealTimers()
})

it('H5 shares title and path only', () => {
  expect(h5.shareMessage(base, 'x', card)).toEqual(base)
})
