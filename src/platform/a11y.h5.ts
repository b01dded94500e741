/**
 * H5: Taro renders each page in a scrolling container (.taro_page) that keyboard users
 * cannot reach, so they cannot scroll it (axe: scrollable-region-focusable). Make every
 * page container focusable as it appears.
 */
export function installPageA11y(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  const fix = () => {
    document.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])').forEach((el) => {
      el.setAttribute('tabindex', '0')
    })
  }
  fix()
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true })
}
