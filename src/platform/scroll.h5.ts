/**
 * H5: Taro's pageScrollTo measures offsetTop from the wrong parent, so the element is
 * scrolled into view by the browser itself (inside Taro's scrolling page container).
 */
export function scrollToId(id: string): void {
  if (typeof document === 'undefined') return
  const el = document.getElementById(id)
  try {
    el?.scrollIntoView({ block: 'center' })
  } catch {
    // Nothing to do: the element stays highlighted where it is.
  }
}
