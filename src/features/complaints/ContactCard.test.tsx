/**
 * The 2021 campaign's contact on the 投诉 tab: labelled as that campaign's contact and not a
 * complaint channel; a call button only while the campaign is current, never years later
 * (issue 24, item 3). WeChat's clipboard: the weapp variant (WeChat is the product).
 */
import { render, screen, fireEvent, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { ContactCard } from './ContactCard'

jest.mock('@/platform/clipboard', () => jest.requireActual('@/platform/clipboard.weapp'))

let clipboard: jest.SpyInstance
let call: jest.SpyInstance
beforeEach(() => {
  clipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ data: '', errMsg: 'setClipboardData:ok' })
  call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
})
afterEach(() => jest.restoreAllMocks())

/** A printed line, whole in one element (the phone number is a nowrap run inside it: ui/NoWrap). */
const line = (s: string) => screen.getByText((_, el) => el?.classList.contains('channel__line') === true && el.textContent === s)

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)) })

describe('during the campaign (2021-09-14)', () => {
  it('is labelled as the 2021 campaign\'s contact, not a complaint channel; call and copy the e-mail', async () => {
    render(<ContactCard edition={edition} today='2021-09-14' />)
    expect(screen.getByText('2021年质量月活动联系人（通知原文）')).toBeInTheDocument()
    expect(screen.getByText(/不是投诉渠道/)).toBeInTheDocument()
    expect(line('联系人：杨振；电话：0898-65396470')).toBeInTheDocument()
    fireEvent.click(screen.getByText('拨打 0898-65396470'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0898-65396470' })
    fireEvent.click(screen.getByText('复制邮箱'))
    await flush()
    expect(clipboard).toHaveBeenCalledWith({ data: '13036088265@163.com' })
  })
})

describe.each(['2021-10-15', '2022-03-01', '2026-12-07'])('once the campaign is an archive (%s)', (today) => {
  it('has no call button; the number stays as printed, the card says the campaign is over', () => {
    render(<ContactCard edition={edition} today={today} />)
    expect(screen.getByText('2021年质量月活动联系人（通知原文）')).toBeInTheDocument()
    expect(screen.getByText(/该活动已结束，此处仅作存档；这不是投诉渠道/)).toBeInTheDocument()
    expect(line('联系人：杨振；电话：0898-65396470')).toBeInTheDocument()
    expect(screen.queryByText(/^拨打/)).toBeNull()
    expect(screen.queryByRole('button', { name: /拨打/ })).toBeNull()
    expect(screen.getByRole('button', { name: '复制邮箱' })).toBeInTheDocument()
    expect(call).not.toHaveBeenCalled()
  })
})
