import Taro from '@tarojs/taro'
import { confirmAction } from './dialog'

/**
 * weapp: when WeChat has downloaded a new version of the mini-program in the background
 * (wx.getUpdateManager → onUpdateReady), ask once whether to restart now. 稍后 keeps the
 * user where they are; WeChat then uses the new version at the next cold start anyway.
 * (A draft being typed is saved within 400 ms, long before anyone answers the dialog.)
 * update.h5.ts is the web page's version: nothing to do.
 */
let watching = false
let asked = false

type Ask = typeof confirmAction

export const UPDATE_PROMPT = {
  title: '有新版本',
  content: '新版本已经下载好，重启小程序即可使用。现在重启吗？',
  confirmText: '现在重启',
  cancelText: '稍后'
}

export function watchForUpdate(ask: Ask = confirmAction): boolean {
  if (watching) return true
  const get = (Taro as unknown as { getUpdateManager?: () => Taro.UpdateManager }).getUpdateManager
  if (typeof get !== 'function') return false
  let manager: Taro.UpdateManager
  try {
    manager = get()
  } catch {
    return false
  }
  if (!manager || typeof manager.onUpdateReady !== 'function') return false
  watching = true
  manager.onUpdateReady(() => {
    if (asked) return
    asked = true
    void ask(UPDATE_PROMPT).then((restart) => {
      if (!restart) return
      try {
        manager.applyUpdate()
      } catch {
        // WeChat will use the new version at the next cold start
      }
    })
  })
  try {
    manager.onUpdateFailed?.(() => undefined) // nothing to tell: the current version keeps working
  } catch {
    // optional
  }
  return true
}

/** For tests. */
export function resetUpdateForTests(): void {
  watching = false
  asked = false
}
