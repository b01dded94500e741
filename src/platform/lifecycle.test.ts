import Taro from '@tarojs/taro'
import * as weapp from './lifecycle.weapp'
import * as h5 from './lifecycle.h5'
import { confirmAction } from './dialog.weapp'

afterEach(() => jest.restoreAllMocks())

describe('onAppLeave', () => {
  it('weapp: wx.onAppHide, and off again', () => {
    const on = jest.spyOn(Taro, 'onAppHide').mockImplementation(() => undefined)
    const off = jest.spyOn(Taro, 'offAppHide').mockImplementation(() => undefined)
    const fn = jest.fn()
    const stop = weapp.onAppLeave(fn)
    const cb = on.mock.calls[0][0] as () => void
    cb()
    expect(fn).toHaveBeenCalledTimes(1)
    stop()
    expect(off).toHaveBeenCalledWith(cb)
  })

  it('H5: pagehide and the page becoming hidden; nothing after unsubscribing', () => {
    const fn = jest.fn()
    const stop = h5.onAppLeave(fn)
    window.dispatchEvent(new Event('pagehide'))
    expect(fn).toHaveBeenCalledTimes(1)
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(fn).toHaveBeenCalledTimes(2)
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(fn).toHaveBeenCalledTimes(2)
    stop()
    window.dispatchEvent(new Event('pagehide'))
    expect(fn).toHaveBeenCalledTimes(2)
  })
})

describe('confirmAction (wx.showModal)', () => {
  it('is true only when the user confirms', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    await expect(confirmAction({ title: '清空草稿？', content: '不能恢复。', confirmText: '清空' })).resolves.toBe(true)
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '清空草稿？', confirmText: '清空', showCancel: true }))
    modal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await expect(confirmAction({ title: 't', content: 'c' })).resolves.toBe(false)
    modal.mockRejectedValue(new Error('no modal'))
    await expect(confirmAction({ title: 't', content: 'c' })).resolves.toBe(false)
  })
})
