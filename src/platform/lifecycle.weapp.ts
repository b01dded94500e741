import Taro from '@tarojs/taro'

/**
 * Calls `fn` when the user leaves the app (weapp: the mini-program goes to the background,
 * wx.onAppHide), so unsaved work can be written at once. Returns the unsubscribe function.
 * lifecycle.h5.ts is the web page's version.
 */
export function onAppLeave(fn: () => void): () => void {
  const cb = () => fn()
  try {
    Taro.onAppHide(cb)
  } catch {
    return () => undefined
  }
  return () => {
    try {
      Taro.offAppHide(cb)
    } catch {
      // nothing to undo
    }
  }
}
