/**
 * Opening the 12315 mini-program: the weapp behaviour (miniprogram.ts) and the web page's
 * (miniprogram.h5.ts), each tested directly.
 */
import Taro from '@tarojs/taro'
import * as weapp from './miniprogram.weapp'
import * as h5 from './miniprogram.h5'

// Test fixtures only (the bundle's real link is tested with the channel card).
const APP_ID = 'wx0123456789abcdef'
const SHORT_LINK = '#小程序://示例/abc123'
const WEB = 'https://www.12315.cn'

let base: jest.SpyInstance
beforeEach(() => {
  base = jest.spyOn(Taro, 'getAppBaseInfo').mockReturnValue({ SDKVersion: '3.3.4' } as ReturnType<typeof Taro.getAppBaseInfo>)
})
afterEach(() => jest.restoreAllMocks())

describe('weapp: wx.navigateToMiniProgram with the bundle\'s appId or shortLink', () => {
  it('opens by appId when there is one', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram').mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
    expect(weapp.miniProgramAction({ appId: APP_ID, shortLink: SHORT_LINK, webUrl: WEB })).toBe('mini-program')
    await expect(weapp.openMiniProgram({ appId: APP_ID, shortLink: SHORT_LINK, webUrl: WEB })).resolves.toEqual({ ok: true })
    expect(nav).toHaveBeenCalledWith({ appId: APP_ID })
  })

  it('opens by shortLink (with appId "") when only that is known', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram').mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
    expect(weapp.miniProgramAction({ appId: '', shortLink: SHORT_LINK })).toBe('mini-program')
    await expect(weapp.openMiniProgram({ appId: '', shortLink: SHORT_LINK })).resolves.toEqual({ ok: true })
    expect(nav).toHaveBeenCalledWith({ appId: '', shortLink: SHORT_LINK })
  })

  it('a base library older than 2.18.1 cannot take a shortLink: not called, and said why', async () => {
    base.mockReturnValue({ SDKVersion: '2.17.9' })
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram')
    await expect(weapp.openMiniProgram({ shortLink: SHORT_LINK })).resolves.toEqual({ ok: false, reason: 'failed', message: '当前微信版本较低（基础库 2.17.9），不能直接打开' })
    expect(nav).not.toHaveBeenCalled()
  })

  it('with neither there is nothing to open and nothing is called', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram')
    expect(weapp.miniProgramAction({ appId: '', shortLink: ' ', webUrl: WEB })).toBe('none')
    await expect(weapp.openMiniProgram({ appId: '', shortLink: '', webUrl: WEB })).resolves.toMatchObject({ ok: false, reason: 'none' })
    expect(nav).not.toHaveBeenCalled()
  })

  it('a cancelled confirmation is "cancelled"; any other failure carries WeChat\'s reason', async () => {
    jest.spyOn(Taro, 'navigateToMiniProgram').mockRejectedValueOnce({ errMsg: 'navigateToMiniProgram:fail cancel' })
    await expect(weapp.openMiniProgram({ shortLink: SHORT_LINK })).resolves.toEqual({ ok: false, reason: 'cancelled' })
    jest.spyOn(Taro, 'navigateToMiniProgram').mockRejectedValueOnce({ errMsg: 'navigateToMiniProgram:fail invalid shortLink' })
    await expect(weapp.openMiniProgram({ shortLink: SHORT_LINK })).resolves.toEqual({ ok: false, reason: 'failed', message: '微信没能打开（navigateToMiniProgram:fail invalid shortLink）' })
  })

  it('compares base library versions numerically', () => {
    expect(weapp.compareVersion('2.18.1', '2.18.1')).toBe(0)
    expect(weapp.compareVersion('2.9.0', '2.18.1')).toBe(-1)
    expect(weapp.compareVersion('3.0', '2.18.1')).toBe(1)
  })
})

describe('H5: the website in a new tab instead (Taro\'s navigateToMiniProgram only pretends there)', () => {
  it('opens the web address in a new tab, never calling navigateToMiniProgram', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram')
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    expect(h5.miniProgramAction({ appId: APP_ID, webUrl: WEB })).toBe('web')
    await expect(h5.openMiniProgram({ appId: APP_ID, shortLink: SHORT_LINK, webUrl: WEB })).resolves.toEqual({ ok: true })
    expect(open).toHaveBeenCalledWith(WEB, '_blank', 'noopener,noreferrer')
    expect(nav).not.toHaveBeenCalled()
  })

  it('without a web address there is nothing to open', async () => {
    const open = jest.spyOn(window, 'open')
    expect(h5.miniProgramAction({ appId: APP_ID })).toBe('none')
    await expect(h5.openMiniProgram({ appId: APP_ID })).resolves.toMatchObject({ ok: false, reason: 'none' })
    expect(open).not.toHaveBeenCalled()
  })
})
