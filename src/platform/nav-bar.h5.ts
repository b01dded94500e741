/**
 * H5: the title bar of every page, with the way back.
 *
 * Taro 4.2.1's H5 router has its own navigation bar (@tarojs/router: navigationBar.js and
 * router/navigation-bar.js): the page's navigationBarTitleText, a back arrow when there is a
 * page to go back to (navigateBack) and a home icon when a page was opened directly (reLaunch
 * to the first page); none on the tabs. It is hidden unless `navigationStyle` is 'default'
 * (app.config.ts sets it; on weapp that is WeChat's own bar, the default anyway). Its two
 * buttons, though, are bare <div>s with a click listener and an icon: no role, no name, not
 * reachable with Tab, 24 px. This makes them buttons named 返回 / 回到首页 that Tab reaches
 * and Enter or Space presses, with a visible word beside the icon (nav-bar.h5.scss: 44 px
 * targets, focus ring). Taro keeps the same two elements for the life of the app and only
 * shows or hides them, so they are fixed once.
 */
import './nav-bar.h5.scss'
// The palette on <html> (app-chrome.h5.ts says why). Loaded here, with the app's entry, so it is
// in the stylesheet once: from app-chrome.h5.ts (DisplayRoot, every page) it was copied into
// each page's chunk.
import './app-chrome.h5.scss'

const BUTTONS = [
  { selector: '.taro-navigation-bar-back', label: '返回', word: '返回' },
  { selector: '.taro-navigation-bar-home', label: '回到首页', word: '首页' }
] as const

/** Makes the bar's buttons keyboard buttons; true once the bar was found. */
export function fixNavigationBar(root: ParentNode = document): boolean {
  const bar = root.querySelector<HTMLElement>('#taro-navigation-bar')
  if (!bar) return false
  for (const b of BUTTONS) {
    const el = bar.querySelector<HTMLElement>(b.selector)
    if (!el || el.dataset.hqButton) continue
    el.dataset.hqButton = '1'
    el.setAttribute('role', 'button')
    el.setAttribute('tabindex', '0')
    el.setAttribute('aria-label', b.label)
    el.querySelector('svg')?.setAttribute('aria-hidden', 'true')
    const word = document.createElement('span')
    word.className = 'hq-nav-word'
    word.textContent = b.word
    word.setAttribute('aria-hidden', 'true')
    el.appendChild(word)
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      el.click()
    })
  }
  // The page's title is what the bar says: a heading for screen readers' page outline.
  const title = bar.querySelector<HTMLElement>('.taro-navigation-bar-title')
  if (title && !title.getAttribute('role')) {
    title.setAttribute('role', 'heading')
    title.setAttribute('aria-level', '1')
  }
  return true
}

/** Fixes the bar as soon as Taro has put it in the page (before the first page, normally). */
export function installNavigationBar(): void {
  if (typeof document === 'undefined') return
  if (fixNavigationBar()) return
  const observer = new MutationObserver(() => {
    if (fixNavigationBar()) observer.disconnect()
  })
  observer.observe(document.body, { childList: true, subtree: true })
}
