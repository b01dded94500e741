/**
 * The poster's platform layers with WeChat's / the browser's APIs stubbed: the weapp flow
 * (canvas node → temp file → image menu or album) and how each failure is reported to the
 * user; the H5 download.
 */
const mockTaro = {
  createSelectorQuery: jest.fn(),
  canvasToTempFilePath: jest.fn(),
  showShareImageMenu: jest.fn(),
  saveImageToPhotosAlbum: jest.fn(),
  openSetting: jest.fn(),
  previewImage: jest.fn(),
  canIUse: jest.fn(() => true),
  getWindowInfo: jest.fn(() => ({ pixelRatio: 3 })),
  getSystemInfoSync: jest.fn(() => ({ pixelRatio: 2 }))
}
jest.mock('@tarojs/taro', () => ({ __esModule: true, get default() { return mockTaro } }))

import * as weapp from './poster.weapp'
import * as h5 from './poster.h5'
import type { PosterDrawingContext } from '@/lib/poster-types'

function fakeContext(): PosterDrawingContext & { calls: string[] } {
  const calls: string[] = []
  return {
    calls, fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textAlign: '', textBaseline: '',
    fillRect: () => calls.push('fillRect'), beginPath: () => undefined, arc: () => undefined, fill: () => undefined,
    stroke: () => undefined, fillText: (t) => calls.push(`text ${t}`), measureText: (t) => ({ width: t.length * 10 }),
    setTransform: (a, _b, _c, d) => calls.push(`scale ${a},${d}`)
  }
}

describe('weapp poster', () => {
  const node = { width: 300, height: 150, ctx: fakeContext(), getContext: () => node.ctx }
  beforeEach(() => {
    jest.clearAllMocks()
    node.ctx = fakeContext()
    mockTaro.createSelectorQuery.mockImplementation(() => {
      type Query = { select: () => Query; fields: () => Query; exec: (cb: (r: unknown[]) => void) => void }
      const q: Query = { select: () => q, fields: () => q, exec: (cb) => cb([{ node }]) }
      return q
    })
    mockTaro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/poster.png' })
    mockTaro.showShareImageMenu.mockResolvedValue({})
    mockTaro.saveImageToPhotosAlbum.mockResolvedValue({})
  })

  it('sizes the Canvas 2D node at 750×1334 × the pixel ratio and draws in logical px', async () => {
    const r = await weapp.drawPoster('poster', { width: 750, height: 1334, scale: 3 }, (ctx) => ctx.fillText('口号', 0, 0))
    expect(r).toEqual({ ok: true, pixelWidth: 2250, pixelHeight: 4002 })
    expect([node.width, node.height]).toEqual([2250, 4002])
    expect(node.ctx.calls).toEqual(['scale 3,3', 'text 口号'])
    expect(weapp.devicePixelRatio()).toBe(3)
  })

  it('share: the canvas becomes a PNG and WeChat’s image menu opens with it', async () => {
    expect(await weapp.exportPoster('poster', 'share', 'x.png')).toEqual({ ok: true, action: 'share' })
    expect(mockTaro.canvasToTempFilePath).toHaveBeenCalledWith({ canvas: node, fileType: 'png' })
    expect(mockTaro.showShareImageMenu).toHaveBeenCalledWith({ path: 'wxfile://tmp/poster.png' })
  })

  it('save: to the album; a refused permission is explained (with a way to the settings)', async () => {
    expect(await weapp.exportPoster('poster', 'save', 'x.png')).toEqual({ ok: true, action: 'save' })
    expect(mockTaro.saveImageToPhotosAlbum).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/poster.png' })
    for (const errMsg of ['saveImageToPhotosAlbum:fail auth deny', 'saveImageToPhotosAlbum:fail:auth denied', 'saveImageToPhotosAlbum:fail authorize no response']) {
      mockTaro.saveImageToPhotosAlbum.mockRejectedValueOnce({ errMsg })
      const out = await weapp.exportPoster('poster', 'save', 'x.png')
      expect(out).toMatchObject({ ok: false, reason: 'album-denied' })
      expect((out as { message: string }).message).toMatch(/打开设置.*允许“保存到相册”/)
    }
  })

  it('a cancelled menu is silent; privacy-guide and other failures say what happened', async () => {
    mockTaro.showShareImageMenu.mockRejectedValueOnce({ errMsg: 'showShareImageMenu:fail cancel' })
    expect(await weapp.exportPoster('poster', 'share', 'x.png')).toEqual({ ok: false, reason: 'cancelled' })
    // errno 112: our configuration, not the user's: no request to agree; the picture opens to save by long-press.
    mockTaro.previewImage.mockResolvedValue({ errMsg: 'previewImage:ok' })
    mockTaro.saveImageToPhotosAlbum.mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement', errno: 112 })
    expect(await weapp.exportPoster('poster', 'save', 'x.png')).toEqual({
      ok: false, reason: 'failed', message: '保存到相册功能暂时不可用（本程序的设置问题，不是您的操作问题）。已打开海报大图：长按图片可以保存或发送。'
    })
    expect(mockTaro.previewImage).toHaveBeenLastCalledWith({ urls: [expect.any(String)], current: expect.any(String) })
    mockTaro.saveImageToPhotosAlbum.mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 })
    expect(await weapp.exportPoster('poster', 'save', 'x.png')).toMatchObject({ message: '您没有同意本程序的隐私保护指引，所以没有保存到相册。已打开海报大图：长按图片可以保存或发送。' })
    mockTaro.canvasToTempFilePath.mockRejectedValueOnce({ errMsg: 'canvasToTempFilePath:fail' })
    expect(await weapp.exportPoster('poster', 'share', 'x.png')).toMatchObject({ reason: 'failed', message: expect.stringMatching(/生成图片失败/) })
    mockTaro.canIUse.mockReturnValueOnce(false)
    expect(await weapp.exportPoster('poster', 'share', 'x.png')).toMatchObject({ reason: 'failed', message: expect.stringMatching(/保存到相册/) })
  })

  it('no canvas node (never rendered): a message, not a hang or a throw', async () => {
    jest.useFakeTimers()
    mockTaro.createSelectorQuery.mockImplementation(() => {
      type Query = { select: () => Query; fields: () => Query; exec: (cb: (r: unknown[]) => void) => void }
      const q: Query = { select: () => q, fields: () => q, exec: (cb) => cb([null]) }
      return q
    })
    const pending = weapp.drawPoster('poster', { width: 750, height: 1334, scale: 2 }, () => undefined)
    await jest.advanceTimersByTimeAsync(1000)
    expect(await pending).toMatchObject({ ok: false, reason: 'failed' })
    jest.useRealTimers()
  })

  it('openAlbumSettings reports whether the album is now allowed', async () => {
    mockTaro.openSetting.mockResolvedValueOnce({ authSetting: { 'scope.writePhotosAlbum': true } })
    expect(await weapp.openAlbumSettings()).toBe(true)
    mockTaro.openSetting.mockResolvedValueOnce({ authSetting: {} })
    expect(await weapp.openAlbumSettings()).toBe(false)
  })
})

describe('H5 poster', () => {
  it('draws on the <canvas> inside Taro’s canvas element and downloads a PNG named after the slogan', async () => {
    const host = document.createElement('taro-canvas-core')
    host.id = 'poster'
    const canvas = document.createElement('canvas')
    host.appendChild(canvas)
    document.body.appendChild(host)
    const ctx = fakeContext()
    canvas.getContext = (() => ctx) as unknown as HTMLCanvasElement['getContext']
    canvas.toBlob = ((cb: BlobCallback) => cb(new Blob(['png'], { type: 'image/png' }))) as HTMLCanvasElement['toBlob']
    const createObjectURL = jest.fn(() => 'blob:poster')
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    const clicked: Array<{ href: string; download: string }> = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })

    expect(await h5.drawPoster('poster', { width: 750, height: 1334, scale: 2 }, (c) => c.fillText('口号', 0, 0))).toEqual({ ok: true, pixelWidth: 1500, pixelHeight: 2668 })
    expect(ctx.calls).toEqual(['scale 2,2', 'text 口号'])
    expect(await h5.exportPoster('poster', 'download', '质量月口号-坚持质量第一 建设质量强省.png'))
      .toEqual({ ok: true, action: 'download', fileName: '质量月口号-坚持质量第一 建设质量强省.png' })
    expect(clicked).toEqual([{ href: 'blob:poster', download: '质量月口号-坚持质量第一 建设质量强省.png' }])
    expect(h5.POSTER_ACTIONS).toEqual(['download'])
    host.remove()
  })

  it('a canvas that cannot export says so', async () => {
    const canvas = document.createElement('canvas')
    canvas.id = 'poster2'
    canvas.toBlob = ((cb: BlobCallback) => cb(null)) as HTMLCanvasElement['toBlob']
    document.body.appendChild(canvas)
    expect(await h5.exportPoster('poster2', 'download', 'x.png')).toMatchObject({ ok: false, reason: 'failed' })
    canvas.remove()
  })
})
