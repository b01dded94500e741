import Taro from '@tarojs/taro'
import type { MiniProgramTarget, OpenAction, OpenResult } from './miniprogram.shared'
import { errorText } from './privacy-errors'

/**
 * Opening another mini-program (the 12315 mini-program). This file is the weapp behaviour;
 * miniprogram.h5.ts is the web page's.
 *
 * weapp: wx.navigateToMiniProgram with the appId, or with the shortLink (a #小程序://… link
 * copied from the target's menu; base library 2.18.1, and passed with `appId: ''`, which a
 * community report says is needed). WeChat asks the user to confirm; cancelling there is
 * not a failure to explain. Any other failure is reported with its reason, so the screen can
 * fall back to searching for the mini-program by name.
 */
export type { MiniProgramTarget, OpenAction, OpenResult }

/** navigateToMiniProgram takes `shortLink` from this base library on. */
export const SHORT_LINK_MIN_SDK = '2.18.1'

export function miniProgramAction(target: MiniProgramTarget): OpenAction {
  return target.appId?.trim() || target.shortLink?.trim() ? 'mini-program' : 'none'
}

/** -1, 0 or 1 as version a is lower than, equal to or higher than b (2.18.1 vs 2.9.0). */
export function compareVersion(a: string, b: string): number {
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0)
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return 0
}

function sdkVersion(): string | undefined {
  try {
    const v = (Taro.getAppBaseInfo() as { SDKVersion?: string })?.SDKVersion
    if (v) return v
  } catch {
    // older base library
  }
  try {
    return Taro.getSystemInfoSync().SDKVersion
  } catch {
    return undefined
  }
}

export async function openMiniProgram(target: MiniProgramTarget): Promise<OpenResult> {
  const appId = target.appId?.trim()
  const shortLink = target.shortLink?.trim()
  if (!appId && !shortLink) return { ok: false, reason: 'none', message: '没有可以打开的小程序链接' }
  if (!appId) {
    const sdk = sdkVersion()
    if (sdk && compareVersion(sdk, SHORT_LINK_MIN_SDK) < 0) {
      return { ok: false, reason: 'failed', message: `当前微信版本较低（基础库 ${sdk}），不能直接打开` }
    }
  }
  try {
    await Taro.navigateToMiniProgram(appId ? { appId } : ({ appId: '', shortLink } as Taro.navigateToMiniProgram.Option))
    return { ok: true }
  } catch (err) {
    const msg = errorText(err)
    if (/cancel/i.test(msg)) return { ok: false, reason: 'cancelled' }
    return { ok: false, reason: 'failed', message: `微信没能打开（${msg || '未知原因'}）` }
  }
}
