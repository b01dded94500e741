import Taro from '@tarojs/taro'

/**
 * Scrolls the current page so that the element with id `anchor` is at the top
 * (weapp: wx.pageScrollTo with a selector, base library 2.7.3, animated; H5: scroll.h5.ts).
 * Resolves false when the page could not scroll.
 * The element must be a plain node of the page (not inside a custom component).
 */
export async function scrollToAnchor(anchor: string, opts: { offsetTop?: number; duration?: number } = {}): Promise<boolean> {
  try {
    await Taro.pageScrollTo({ selector: `#${anchor}`, offsetTop: opts.offsetTop ?? 0, duration: opts.duration ?? 300 })
    return true
  } catch {
    return false
  }
}

/**
 * Brings the element with this id into view (e.g. a highlighted slogan). weapp: as
 * scrollToAnchor. Never throws: a page that cannot scroll stays where it is.
 */
export function scrollToId(id: string): void {
  void scrollToAnchor(id)
}

/**
 * Brings the element with this id into view and gives it the focus, for something that just
 * appeared or that the user asked to go to (a form's error summary, a generated text, the
 * first wrong field). weapp: scrolls only (WeChat has no keyboard focus to move; its screen
 * reader follows the page). Never throws.
 */
export function revealAndFocus(id: string): void {
  void scrollToAnchor(id)
}

/** weapp: nothing to do: WeChat keeps the page below, scrolled as it was, until it is closed (scroll.shared.ts). */
export function useScrollMemory(_name: string, _stamp: string): void {}
