import Taro from '@tarojs/taro'

/**
 * Asks the user to confirm an action (wx.showModal; H5: Taro's own modal). Resolves true
 * only when they tap the confirm button.
 */
export async function confirmAction(opts: { title: string; content: string; confirmText?: string; cancelText?: string }): Promise<boolean> {
  try {
    const res = await Taro.showModal({
      title: opts.title,
      content: opts.content,
      showCancel: true,
      confirmText: opts.confirmText ?? '确定',
      cancelText: opts.cancelText ?? '取消'
    })
    return res.confirm === true
  } catch {
    return false
  }
}
