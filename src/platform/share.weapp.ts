import Taro from '@tarojs/taro'

/**
 * Sharing a page. weapp: a chat is reached with <Button openType="share"> and the page's
 * useShareAppMessage; WeChat builds the card, so there is nothing to call here.
 */
export const SHARE_TO_CHAT = true

/** WeChat's scene for a page opened from 朋友圈 (单页模式). */
const TIMELINE_SINGLE_PAGE_SCENE = 1154

/**
 * weapp: true when the page runs in 朋友圈's 单页模式 (scene 1154): no tabBar, no navigation
 * (switchTab/navigateTo are refused), storage not shared with the mini-program. A page
 * shared there must stand alone and point to “前往小程序” at the bottom instead.
 */
export function isSinglePageMode(): boolean {
  try {
    const get = (Taro as unknown as { getEnterOptionsSync?: () => { scene?: number } }).getEnterOptionsSync
    return typeof get === 'function' && get()?.scene === TIMELINE_SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}

/** weapp: links are shared as cards, never copied as text. */
export function copyPageLink(_url: string): Promise<boolean> {
  return Promise.resolve(false)
}
