import Taro from '@tarojs/taro'

/**
 * weapp: true when the page runs in 朋友圈's 单页模式 (scene 1154): no tabBar, no navigation
 * (switchTab/navigateTo are refused), storage not shared with the mini-program. A page
 * shared there must stand alone and point to “前往小程序” at the bottom instead.
 */
export function isSinglePageMode(): boolean {
  try {
    const get = (Taro as unknown as { getEnterOptionsSync?: () => { scene?: number } }).getEnterOptionsSync
    return typeof get === 'function' && get()?.scene === 1154
  } catch {
    return false
  }
}
