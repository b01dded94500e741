/**
 * The channel cards as a user sees them in WeChat (the weapp variants of src/platform's
 * miniprogram and clipboard, below; phone.ts is the same on both). The shipped bundle carries 12315's shortLink
 * (third-party source, medium confidence), so the card opens the mini-program with it and,
 * when WeChat cannot, says why and offers today's search hint and copy "12315".
 */
import { render, screen, fireEvent, act, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Channel } from '@/content'
import { edition } from '@/content/newest'
import { ChannelCard } from './ChannelCard'

// WeChat's navigateToMiniProgram and clipboard: the weapp variants, where jest resolves the H5
// ones (docs/platform-files.md; H5 opens the website instead: platform/miniprogram.test.ts).
jest.mock('@/platform/miniprogram', () => jest.requireActual('@/platform/miniprogram.weapp'))
jest.mock('@/platform/clipboard', () => jest.requireActual('@/platform/clipboard.weapp'))

const c12315 = edition.channels.find((c) => c.id === '12315')!
const c12345 = edition.channels.find((c) => c.id === '12345')!
const withMiniProgram = (patch: { appId?: string; shortLink?: string }): Channel => ({
  ...c12315,
  miniProgram: { ...c12315.miniProgram!, ...patch }
})
const SHORT_LINK = '#小程序://12315/bTgvVMQdjPhAHjr'

let clipboard: jest.SpyInstance
let nav: jest.SpyInstance
let call: jest.SpyInstance
beforeEach(() => {
  clipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ data: '', errMsg: 'setClipboardData:ok' })
  nav = jest.spyOn(Taro, 'navigateToMiniProgram').mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
  call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
  jest.spyOn(Taro, 'getAppBaseInfo').mockReturnValue({ SDKVersion: '3.3.4' } as ReturnType<typeof Taro.getAppBaseInfo>)
})
afterEach(() => jest.restoreAllMocks())

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)) })

describe('12315 card with the shipped bundle (its shortLink)', () => {
  it('says what it handles and how to find the mini-program; opens it by the shortLink', async () => {
    expect(c12315.miniProgram?.shortLink).toBe(SHORT_LINK)
    expect(c12315.miniProgram?.linkSource).toMatchObject({ kind: 'public', confidence: 'medium' })
    render(<ChannelCard channel={c12315} />)
    for (const h of ['产品质量问题', '价格问题', '食品问题', '商家欺诈']) expect(screen.getByText(`· ${h}`)).toBeInTheDocument()
    expect(screen.getByText('微信小程序“12315”：在微信中搜索「12315」')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '复制“12315”去微信搜索' })).toBeNull()
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(nav).toHaveBeenCalledWith({ appId: '', shortLink: SHORT_LINK })
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('cancelling WeChat\'s confirmation says nothing and offers nothing new', async () => {
    nav.mockRejectedValue({ errMsg: 'navigateToMiniProgram:fail cancel' })
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.queryByRole('button', { name: '复制“12315”去微信搜索' })).toBeNull()
  })

  it('any other failure says why, then copies "12315" to search for it', async () => {
    nav.mockRejectedValue({ errMsg: 'navigateToMiniProgram:fail invalid shortLink' })
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('没能直接打开“12315”小程序：微信没能打开（navigateToMiniProgram:fail invalid shortLink）。可以在微信中搜索「12315」')
    fireEvent.click(screen.getByRole('button', { name: '复制“12315”去微信搜索' }))
    await flush()
    expect(clipboard).toHaveBeenCalledWith({ data: '12315' })
    expect(screen.getByRole('status')).toHaveTextContent('已复制“12315”，可在微信中搜索「12315」')
  })

  it('is compact: one call button, the other ways side by side in one row, and one 来源 line', () => {
    render(<ChannelCard channel={c12315} />)
    const row = document.querySelector('.channel__row') as HTMLElement
    expect(Array.from(row.children).map((b) => b.textContent)).toEqual(['打开“12315”小程序', '复制网址'])
    expect(screen.getAllByText(/^来源：/).map((el) => el.textContent)).toEqual(['来源：通知原文；国家市场监督管理总局《全国12315平台消费维权须知》'])
  })

  it('copies the web address and dials 12315; the dialler opening clears the copy\'s message', async () => {
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('复制网址'))
    expect(await screen.findByRole('status')).toHaveTextContent('已复制网址 https://www.12315.cn')
    expect(clipboard).toHaveBeenCalledWith({ data: 'https://www.12315.cn' })
    fireEvent.click(screen.getByText('拨打 12315'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12315' })
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
  })

  it('tells the user when copying fails, and what to do instead', async () => {
    clipboard.mockRejectedValue({ errMsg: 'setClipboardData:fail' })
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('复制网址'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('没能复制，请长按文字手动复制。')
  })

  it('a refused privacy consent and an undeclared API read differently', async () => {
    clipboard.mockRejectedValueOnce({ errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 })
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('复制网址'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('您没有同意本程序的隐私保护指引，所以没有复制。请长按文字手动复制。')
    clipboard.mockRejectedValueOnce({ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 })
    fireEvent.click(screen.getByText('复制网址'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('复制功能暂时不可用（本程序的设置问题，不是您的操作问题）。请长按文字手动复制。')
  })

  it('a call that fails (not cancelled) says so and shows the number to dial', async () => {
    call.mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail cancel' })
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('拨打 12315'))
    await flush()
    expect(screen.queryByRole('status')).toBeNull()
    call.mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail not supported on this device' })
    fireEvent.click(screen.getByText('拨打 12315'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('没能打开拨号（makePhoneCall:fail not supported on this device）。请用手机直接拨打 12315。')
  })
})

describe('12315 card when the bundle has no link (a modified bundle)', () => {
  it('offers copy "12315" to search from the start, and never calls navigateToMiniProgram', async () => {
    render(<ChannelCard channel={withMiniProgram({ appId: '', shortLink: '' })} />)
    expect(screen.queryByText(/打开“12315”小程序/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '复制“12315”去微信搜索' }))
    await flush()
    expect(clipboard).toHaveBeenCalledWith({ data: '12315' })
    expect(nav).not.toHaveBeenCalled()
  })

  it('opens it by appId when one is supplied', async () => {
    render(<ChannelCard channel={withMiniProgram({ appId: 'wx0123456789abcdef' })} />)
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(nav).toHaveBeenCalledWith({ appId: 'wx0123456789abcdef' })
  })
})

describe('12345 card', () => {
  it('handles government services and the unsure; dials 12345; offers no web or mini-program', () => {
    render(<ChannelCard channel={c12345} />)
    expect(screen.getByText('· 政务服务咨询')).toBeInTheDocument()
    expect(screen.getByText('· 不确定该找哪个部门时')).toBeInTheDocument()
    expect(screen.queryByText('复制网址')).toBeNull()
    expect(screen.getAllByText(/^来源：/).map((el) => el.textContent)).toEqual(['来源：通知原文；国务院办公厅《关于进一步优化地方政务服务便民热线的指导意见》'])
    fireEvent.click(screen.getByText('拨打 12345'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })
})
