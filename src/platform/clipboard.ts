import Taro from '@tarojs/taro'

/**
 * Copies text to the clipboard (weapp: wx.setClipboardData, which shows its own toast;
 * H5: Taro uses the browser clipboard). Resolves false when it could not copy.
 */
export async function copyText(data: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data })
    return true
  } catch {
    return false
  }
}
