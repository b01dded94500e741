import Taro from '@tarojs/taro'

/**
 * H5: as scroll.weapp.ts, but without animation. Taro 4.2.1's H5 pageScrollTo eases past its
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

/**
 * H5: scrolls the element with this id to the top of the screen (below nothing: the H5 title
 * bar is outside the page container) and focuses it: its own text field if it holds one (a
 * form field's box), else the element itself (made focusable from script only, tabindex -1,
 * when it is not already), so a screen reader reads it and Tab goes on from there.
 */
export function revealAndFocus(id: string): void {
  if (typeof document === 'undefined') return
  const el = document.getElementById(id)
  if (!el) return
  try {
    const field = el.matches('input, textarea') ? el : el.querySelector<HTMLElement>('input, textarea')
    const target = field ?? el
    if (!field && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
    el.scrollIntoView?.({ block: field ? 'center' : 'start' })
  } catch {
    // Nothing to do: the element is on the page where it is.
  }
}
