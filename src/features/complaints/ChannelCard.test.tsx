/**
 * The channel cards as a user sees them (jest runs the weapp behaviour of src/platform:
 * miniprogram.ts). The 12315 mini-program's appId/shortLink are unknown, so the shipped card
 * must work without them; a bundle with them filled in (test fixtures, not real values)
 * must open the mini-program with them.
 */
import { render, screen, fireEvent, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition, type Channel } from '@/content'
import { ChannelCard } from './ChannelCard'
import { ContactCard } from './ContactCard'

const c12315 = edition.channels.find((c) => c.id === '12315')!
const c12345 = edition.channels.find((c) => c.id === '12345')!
const withMiniProgram = (patch: { appId?: string; shortLink?: string }): Channel => ({
  ...c12315,
  miniProgram: { ...c12315.miniProgram!, ...patch }
})

let clipboard: jest.SpyInstance
let nav: jest.SpyInstance
let call: jest.SpyInstance
beforeEach(() => {
  clipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ data: '', errMsg: 'setClipboardData:ok' })
  nav = jest.spyOn(Taro, 'navigateToMiniProgram').mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
  call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
})
afterEach(() => jest.restoreAllMocks())

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)) })

describe('12315 card with the shipped bundle (no appId, no shortLink)', () => {
  it('says what it handles and how to find the mini-program, and has no dead button', () => {
    expect(c12315.miniProgram?.appId ?? '').toBe('')
    expect(c12315.miniProgram?.shortLink ?? '').toBe('')
    render(<ChannelCard channel={c12315} />)
    for (const h of ['产品质量问题', '价格问题', '食品问题', '商家欺诈']) expect(screen.getByText(`· ${h}`)).toBeInTheDocument()
    expect(screen.getByText('微信小程序“12315”：在微信中搜索「12315」')).toBeInTheDocument()
    expect(screen.queryByText(/打开“12315”小程序/)).toBeNull()
  })

  it('copies "12315" to search for it in WeChat, and says so', async () => {
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('复制“12315”去微信搜索'))
    await flush()
    expect(clipboard).toHaveBeenCalledWith({ data: '12315' })
    expect(screen.getByRole('status')).toHaveTextContent('已复制“12315”，可在微信中搜索「12315」')
    expect(nav).not.toHaveBeenCalled()
  })

  it('copies the web address and dials 12315', async () => {
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('复制网址'))
    await flush()
    expect(clipboard).toHaveBeenCalledWith({ data: 'https://www.12315.cn' })
    fireEvent.click(screen.getByText('拨打 12315'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12315' })
  })

  it('tells the user when copying fails', async () => {
    clipboard.mockRejectedValue({ errMsg: 'setClipboardData:fail' })
    render(<ChannelCard channel={c12315} />)
    fireEvent.click(screen.getByText('复制网址'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('没能复制')
  })
})

describe('12315 card when the bundle supplies the mini-program (a modified bundle)', () => {
  it('opens it by appId', async () => {
    render(<ChannelCard channel={withMiniProgram({ appId: 'wx0123456789abcdef' })} />)
    expect(screen.queryByText('复制“12315”去微信搜索')).toBeNull()
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(nav).toHaveBeenCalledWith({ appId: 'wx0123456789abcdef' })
  })

  it('opens it by shortLink', async () => {
    render(<ChannelCard channel={withMiniProgram({ shortLink: '#小程序://示例/abc123' })} />)
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(nav).toHaveBeenCalledWith({ shortLink: '#小程序://示例/abc123' })
  })

  it('if WeChat does not open it, says how to find it instead', async () => {
    nav.mockRejectedValue({ errMsg: 'navigateToMiniProgram:fail cancel' })
    render(<ChannelCard channel={withMiniProgram({ appId: 'wx0123456789abcdef' })} />)
    fireEvent.click(screen.getByText('打开“12315”小程序'))
    await flush()
    expect(screen.getByRole('status')).toHaveTextContent('没能打开，可在微信中搜索「12315」')
  })
})

describe('12345 card', () => {
  it('handles government services and the unsure; dials 12345; offers no web or mini-program', () => {
    render(<ChannelCard channel={c12345} />)
    expect(screen.getByText('· 政务服务咨询')).toBeInTheDocument()
    expect(screen.getByText('· 不确定该找哪个部门时')).toBeInTheDocument()
    expect(screen.queryByText('复制网址')).toBeNull()
    expect(screen.getByText('来源：国务院办公厅《关于进一步优化地方政务服务便民热线的指导意见》')).toBeInTheDocument()
    fireEvent.click(screen.getByText('拨打 12345'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })
})

describe('the campaign contact', () => {
  it('is labelled as the campaign\'s contact, not a complaint channel; call and copy the e-mail', async () => {
    render(<ContactCard edition={edition} />)
    expect(screen.getByText('活动联系人（通知原文）')).toBeInTheDocument()
    expect(screen.getByText(/不是投诉渠道/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('拨打 0898-65396470'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0898-65396470' })
    fireEvent.click(screen.getByText('复制邮箱'))
    await flush()
    expect(clipboard).toHaveBeenCalledWith({ data: '13036088265@163.com' })
  })
})
