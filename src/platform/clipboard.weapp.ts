import Taro from '@tarojs/taro'
import { COPY_FALLBACK, type CopyResult } from './clipboard.shared'
import { classifyPrivacyError, privacyFailureText } from './privacy-errors'

export type { CopyResult }
export { COPY_FALLBACK }

/**
 * Copies text to the clipboard. weapp: wx.setClipboardData, which shows its own toast; a
 * privacy API, so WeChat may first ask for consent (our sheet, see privacy.weapp.ts).
 * clipboard.h5.ts is the web page's version. Never throws.
 */
export async function copy(data: string): Promise<CopyResult> {
  try {
    await Taro.setClipboardData({ data })
    return { ok: true }
  } catch (err) {
    const privacy = classifyPrivacyError(err)
    if (privacy) return { ok: false, reason: privacy, message: privacyFailureText(privacy, '复制') + COPY_FALLBACK }
    return { ok: false, reason: 'failed', message: `没能复制，${COPY_FALLBACK}` }
  }
}

/** weapp: wx.setClipboardData keeps no copy anywhere; nothing to remove (clipboard.h5.ts removes Taro's). */
export function forgetStoredCopies(): void {}

/** As copy(), resolving whether it copied. */
export async function copyText(data: string): Promise<boolean> {
  return (await copy(data)).ok
}
