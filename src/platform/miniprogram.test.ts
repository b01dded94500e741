/**
 * Opening the 12315 mini-program: the weapp behaviour (miniprogram.ts) and the web page's
 * (miniprogram.h5.ts), each tested directly.
 */
import Taro from '@tarojs/taro'
import * as weapp from './miniprogram'
import * as h5 from './miniprogram.h5'

// Test fixtures only: not the 12315 mini-program's (unknown) appId or link.
const APP_ID = 'wx0123456789abcdef'
const SHORT_LINK = '#小程序://示例/abc123'
const WEB = 'https://www.12315.cn'

afterEach(() => jest.restoreAllMocks())

describe('weapp: wx.navigateToMiniProgram with the bundle\'s appId or shortLink', () => {
  it('opens by appId when there is one', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram').mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
    expect(weapp.miniProgramAction({ appId: APP_ID, shortLink: SHORT_LINK, webUrl: WEB })).toBe('mini-program')
    await expect(weapp.openMiniProgram({ appId: APP_ID, shortLink: SHORT_LINK, webUrl: WEB })).resolves.toBe(true)
    expect(nav).toHaveBeenCalledWith({ appId: APP_ID })
  })

  it('opens by shortLink when only that is known', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram').mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
    expect(weapp.miniProgramAction({ appId: '', shortLink: SHORT_LINK })).toBe('mini-program')
    await expect(weapp.openMiniProgram({ appId: '', shortLink: SHORT_LINK })).resolves.toBe(true)
    expect(nav).toHaveBeenCalledWith({ shortLink: SHORT_LINK })
  })

  it('with neither (the shipped bundle) there is nothing to open and nothing is called', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram')
    expect(weapp.miniProgramAction({ appId: '', shortLink: ' ', webUrl: WEB })).toBe('none')
    await expect(weapp.openMiniProgram({ appId: '', shortLink: '', webUrl: WEB })).resolves.toBe(false)
    expect(nav).not.toHaveBeenCalled()
  })

  it('a cancelled jump resolves false', async () => {
    jest.spyOn(Taro, 'navigateToMiniProgram').mockRejectedValue({ errMsg: 'navigateToMiniProgram:fail cancel' })
    await expect(weapp.openMiniProgram({ appId: APP_ID })).resolves.toBe(false)
  })
})

describe('H5: the website in a new tab instead (Taro\'s navigateToMiniProgram only pretends there)', () => {
  it('opens the web address in a new tab, never calling navigateToMiniProgram', async () => {
    const nav = jest.spyOn(Taro, 'navigateToMiniProgram')
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    expect(h5.miniProgramAction({ appId: APP_ID, webUrl: WEB })).toBe('web')
    await expect(h5.openMiniProgram({ appId: APP_ID, shortLink: SHORT_LINK, webUrl: WEB })).resolves.toBe(true)
    expect(open).toHaveBeenCalledWith(WEB, '_blank', 'noopener,noreferrer')
    expect(nav).not.toHaveBeenCalled()
  })

  it('without a web address there is nothing to open', async () => {
    const open = jest.spyOn(window, 'open')
    expect(h5.miniProgramAction({ appId: APP_ID })).toBe('none')
    await expect(h5.openMiniProgram({ appId: APP_ID })).resolves.toBe(false)
    expect(open).not.toHaveBeenCalled()
  })
})
