import Taro from '@tarojs/taro'
import { colors } from '@/styles/tokens'

import type { ConfirmOptions } from './dialog.shared'

export type { ConfirmOptions }

/**
 * Asks the user to confirm an action (wx.showModal; H5: dialog.h5.ts, a keyboard-usable
 * dialog). Resolves true only when they tap the confirm button.
 */
export async function confirmAction(opts: ConfirmOptions): Promise<boolean> {
  try {
    const res = await Taro.showModal({
      title: opts.title,
      content: opts.content,
      showCancel: true,
      confirmText: opts.confirmText ?? '确定',
      cancelText: opts.cancelText ?? '取消',
      cancelColor: colors.text,
      confirmColor: opts.destructive ? colors.brand : colors.accent
    })
    return res.confirm === true
  } catch {
    return false
  }
}
