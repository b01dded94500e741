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

const ANNOUNCER_ID = 'hq-announcer'

/**
 * H5: writes `message` into one polite live region (role status), visually hidden, outside the
 * pages (so a page change does not remove it); created on first use. The same message again
 * is told again (a no-break space makes it a change).
 */
export function announce(message: string): void {
  if (typeof document === 'undefined') return
  let region = document.getElementById(ANNOUNCER_ID)
  if (!region) {
    region = document.createElement('div')
    region.id = ANNOUNCER_ID
    region.setAttribute('role', 'status')
    region.setAttribute('aria-live', 'polite')
    region.setAttribute('style', 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap')
    document.body.appendChild(region)
  }
  region.textContent = region.textContent === message ? `${message}\u00a0` : message
}
