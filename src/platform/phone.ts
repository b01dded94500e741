import Taro from '@tarojs/taro'
import { errorText } from './privacy-errors'

export type CallResult =
  | { ok: true }
  /** The user closed the dialler's confirmation: nothing to say. */
  | { ok: false; reason: 'cancelled' }
  /** `message` says it failed and shows the number to dial by hand. */
  | { ok: false; reason: 'failed'; message: string }

/**
 * Opens the phone's dialler with the number filled in (the user confirms the call).
 * weapp: wx.makePhoneCall; H5: Taro opens a tel: link. A failure other than cancelling
 * (e.g. a tablet or a desktop WeChat that cannot call) is told with the number to dial.
 */
export async function dial(phoneNumber: string): Promise<CallResult> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return { ok: true }
  } catch (err) {
    const msg = errorText(err)
    if (/cancel/i.test(msg)) return { ok: false, reason: 'cancelled' }
    return { ok: false, reason: 'failed', message: `没能打开拨号（${msg || '未知原因'}）。请用手机直接拨打 ${phoneNumber}。` }
  }
}

/** As dial(), resolving whether the dialler opened. */
export async function callPhone(phoneNumber: string): Promise<boolean> {
  return (await dial(phoneNumber)).ok
}
