import Taro from '@tarojs/taro'

/**
 * Scrolls the current page so the element with this id is in view. weapp:
 * wx.pageScrollTo with a selector. Never throws: a page that cannot scroll stays where it is.
 */
export function scrollToId(id: string): void {
  try {
    Taro.pageScrollTo({ selector: `#${id}`, duration: 300 }).catch(() => undefined)
  } catch {
    // Nothing to do: the element stays highlighted where it is.
  }
}
