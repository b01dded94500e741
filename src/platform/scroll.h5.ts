import Taro from '@tarojs/taro'

/**
 * H5: as scroll.ts, but without animation. Taro 4.2.1's H5 pageScrollTo eases past its
 * last frame (t = frames / (frames - 1) > 1), overshooting the target by about 0.2 % of the
 * distance (20 px over 9,000 px: a heading ends up above the screen); with duration 0 it
 * jumps exactly.
 */
export async function scrollToAnchor(anchor: string, opts: { offsetTop?: number; duration?: number } = {}): Promise<boolean> {
  try {
    await Taro.pageScrollTo({ selector: `#${anchor}`, offsetTop: opts.offsetTop ?? 0, duration: 0 })
    return true
  } catch {
    return false
  }
}

/**
 * H5: brings an element to the middle of the screen with the browser's own scrollIntoView
 * (inside Taro's scrolling page container), for an item rather than a section heading.
 */
export function scrollToId(id: string): void {
  if (typeof document === 'undefined') return
  try {
    document.getElementById(id)?.scrollIntoView({ block: 'center' })
  } catch {
    // Nothing to do: the element stays highlighted where it is.
  }
}
