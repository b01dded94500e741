/**
 * The weapp consent sheet (PrivacySheet.weapp.tsx on platform/privacy.weapp.ts; jest would
 * otherwise resolve both to their H5 variants) with WeChat's privacy event stubbed: a held
 * API's request shows the sheet with what it is for; 同意并继续 (openType
 * agreePrivacyAuthorization) resolves agree with the button's id; 不同意 resolves disagree;
 * the full guide opens through openPrivacyContract; exposure is reported once.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { installPrivacyConsent, PRIVACY_AGREE_BUTTON_ID, resetPrivacyForTests } from '@/platform/privacy.weapp'
import { PrivacySheet } from './PrivacySheet.weapp'

jest.mock('@/platform/privacy', () => jest.requireActual('@/platform/privacy.weapp'))

type Resolve = (o: { event: string; buttonId?: string }) => void
let listener: ((resolve: Resolve, info: { referrer: string }) => void) | null
const T = Taro as unknown as Record<string, unknown>

beforeEach(() => {
  resetPrivacyForTests()
  listener = null
  T.onNeedPrivacyAuthorization = (fn: typeof listener) => { listener = fn }
  T.openPrivacyContract = jest.fn((o: { success: () => void }) => o.success())
  expect(installPrivacyConsent()).toBe(true)
})
afterEach(() => {
  delete T.onNeedPrivacyAuthorization
  delete T.openPrivacyContract
})

/**
 * What WeChat does when the user taps an open-type button: fires its event on the button
 * (jest's Button renders the event as a DOM event of that name, tests/support/taro-components.js;
 * tests/weapp/wechat.weapp.test.ts taps the real button).
 */
function wechatEvent(el: Element, handler: string) {
  fireEvent(el, new Event(handler.replace(/^on/, '').toLowerCase()))
}

function ask(referrer: string) {
  const resolve = jest.fn()
  act(() => listener!(resolve, { referrer }))
  return resolve
}

it('shows nothing until WeChat asks', () => {
  render(<PrivacySheet />)
  expect(screen.queryByRole('dialog')).toBeNull()
})

it('says what the API is for and that nothing leaves the phone; agree resolves with the button id', () => {
  render(<PrivacySheet />)
  const resolve = ask('setClipboardData')
  expect(screen.getByRole('dialog', { name: '需要您同意隐私保护指引' })).toBeInTheDocument()
  expect(screen.getByText(/复制到剪贴板。本程序只写入剪贴板，从不读取/)).toBeInTheDocument()
  expect(screen.getByText(/不向任何地方发送内容/)).toBeInTheDocument()
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })

  const agree = screen.getByText('同意并继续')
  expect(agree.closest('[id]')?.id).toBe(PRIVACY_AGREE_BUTTON_ID)
  act(() => wechatEvent(agree.closest(`#${PRIVACY_AGREE_BUTTON_ID}`)!, 'onAgreePrivacyAuthorization'))
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
  expect(resolve).toHaveBeenCalledTimes(2)
  expect(screen.queryByRole('dialog')).toBeNull()
})

it('不同意 resolves disagree; two APIs waiting at once get the same answer', () => {
  render(<PrivacySheet />)
  const first = ask('addPhoneCalendar')
  const second = ask('setClipboardData')
  expect(screen.getByText(/写入手机日历/)).toBeInTheDocument()
  fireEvent.click(screen.getByText('不同意'))
  expect(first).toHaveBeenLastCalledWith({ event: 'disagree' })
  expect(second).toHaveBeenLastCalledWith({ event: 'disagree' })
  expect(screen.queryByRole('dialog')).toBeNull()
})

it('opens the full guide with openPrivacyContract', () => {
  render(<PrivacySheet />)
  ask('saveImageToPhotosAlbum')
  fireEvent.click(screen.getByText('查看《用户隐私保护指引》全文'))
  expect(T.openPrivacyContract).toHaveBeenCalledTimes(1)
  expect(screen.getByRole('dialog')).toBeInTheDocument()
})
