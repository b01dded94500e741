import Taro from '@tarojs/taro'
import type { MiniProgramTarget, OpenAction } from './miniprogram-target'

/**
 * Opening another mini-program (the 12315 mini-program). This file is the weapp behaviour
 * (and what jest and the type checker see); miniprogram.h5.ts is the web page's.
 *
 * weapp: wx.navigateToMiniProgram with the appId, or the shortLink (base library 2.18.1),
 * from the content bundle; WeChat asks the user to confirm. With neither (as long as the
 * office has not supplied them) there is nothing to open: the screen shows how to find it.
 */
export type { MiniProgramTarget, OpenAction }

export function miniProgramAction(target: MiniProgramTarget): OpenAction {
  return target.appId?.trim() || target.shortLink?.trim() ? 'mini-program' : 'none'
}

/** Resolves true when WeChat opened it (false: cancelled, failed, or nothing to open). */
export async function openMiniProgram(target: MiniProgramTarget): Promise<boolean> {
  const appId = target.appId?.trim()
  const shortLink = target.shortLink?.trim()
  if (!appId && !shortLink) return false
  try {
    await Taro.navigateToMiniProgram(appId ? { appId } : { shortLink })
    return true
  } catch {
    return false
  }
}
