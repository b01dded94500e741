/**
 * A source's web address on each platform (issue 24, item 8): H5 opens it as a real link in a
 * new tab; weapp cannot open outside pages, so it copies it and a toast says so.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import * as h5 from './open-url.h5'
import * as weapp from './open-url.weapp'
import { URL_COPIED } from './open-url.shared'

// The weapp variant copies with WeChat's clipboard (jest resolves ./clipboard to the H5 one).
jest.mock('./clipboard', () => jest.requireActual('./clipboard.weapp'))

const URL = 'https://www.instrument.com.cn/news/20210907/590893.shtml'
afterEach(() => jest.restoreAllMocks())

describe('H5', () => {
  it('the address is a link that opens it in a new tab, with no handle on the app', () => {
    render(<h5.UrlLink url={URL} what='仪器信息网《报道》' />)
    const link = screen.getByRole('link', { name: `${URL}（仪器信息网《报道》，在新标签页打开）` })
    expect(link.textContent).toBe(URL)
    expect(link.getAttribute('href')).toBe(URL)
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')!.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
  })
})

describe('weapp', () => {
  it('shows the address as text, not a link; a tap copies it with the toast', async () => {
    // jsdom renders WeChat's Text with Taro's HTML one, which does not know userSelect (WeChat's own prop).
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const clip = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ data: '', errMsg: 'setClipboardData:ok' })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<weapp.UrlLink url={URL} what='仪器信息网《报道》' />)
    expect(screen.queryByRole('link')).toBeNull()
    fireEvent.click(screen.getByText(URL))
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: URL_COPIED })))
    expect(clip).toHaveBeenCalledWith({ data: URL })
  })

  it('copyUrl copies it and says so in a toast, with where to paste it', async () => {
    const clip = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ data: '', errMsg: 'setClipboardData:ok' })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    await expect(weapp.copyUrl(URL)).resolves.toEqual({ ok: true })
    expect(clip).toHaveBeenCalledWith({ data: URL })
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: URL_COPIED, icon: 'none' }))
  })

  it('no toast when the copy failed: the result says why', async () => {
    jest.spyOn(Taro, 'setClipboardData').mockRejectedValue({ errMsg: 'setClipboardData:fail' })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    await expect(weapp.copyUrl(URL)).resolves.toMatchObject({ ok: false, reason: 'failed' })
    expect(toast).not.toHaveBeenCalled()
  })
})
