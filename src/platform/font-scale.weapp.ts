import Taro from '@tarojs/taro'

/**
 * The user's WeChat font size as a scale factor (1 = standard). weapp: getAppBaseInfo's
 * fontSizeScaleFactor (base library 2.20.1+); 1 when unavailable.
 */
export function systemFontScale(): number {
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number }
    const f = Number(info?.fontSizeScaleFactor)
    return Number.isFinite(f) && f > 0 ? f : 1
  } catch {
    return 1
  }
}
