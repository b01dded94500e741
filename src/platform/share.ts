import Taro from '@tarojs/taro'

/**
 * Sharing a page. weapp: a chat is reached with <Button openType="share"> and the page's
 * useShareAppMessage; WeChat builds the card, so there is nothing to call here.
 */
export const SHARE_TO_CHAT = true

/** WeChat's scene for a page opened from 朋友圈 (单页模式: no tabBar, no navigation). */
const TIMELINE_SINGLE_PAGE_SCENE = 1154

/** True when the page runs in 朋友圈's 单页模式, where it can only show its content. */
export function isSinglePageMode(): boolean {
  try {
    return Taro.getEnterOptionsSync().scene === TIMELINE_SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}

/** weapp: links are shared as cards, never copied as text. */
export function copyPageLink(_url: string): Promise<boolean> {
  return Promise.resolve(false)
}
