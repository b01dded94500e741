/**
 * H5: where the keyboard focus goes when the page changes.
 *
 * Taro's H5 router shows a new page without touching the focus, which stays on the link that
 * opened it, in the page now hidden: a keyboard or screen-reader user is nowhere, and the next
 * Tab starts from the top of the app. So, once the new page is shown (Taro's
 * `__afterTaroRouterChange`) and unless its own code has already put the focus in it:
 *   - a page reached by the browser's back / forward (or 返回, which is history.back) gets the
 *     focus back on what had it when the user left (the link that opened the page above), so
 *     they go on from where they were; when that is gone, its heading;
 *   - any other page (opened, or a tab switched to) gets it on its heading: the page's own
 *     level-1 heading (the event's or unit's name, the notice's title), else the title bar's,
 *     which is the page's title (nav-bar.h5.ts makes it a level-1 heading). The screen reader
 *     reads where the user now is, and Tab goes on from there.
 * Except a tab chosen in the tab bar by keyboard (keepFocusOnNextPage): the focus stays on that
 * tab, as in a native tab bar (VoiceOver and TalkBack stay on the chosen tab and say
 * "selected"): a user going through the tabs one after another is not sent to the top of each
 * page and back, and Shift+Tab from the bar reaches the page. The bar follows the page, so the
 * tab now marked current is the one focused.
 * The first page, at launch, is left alone: the skip link (tab-bar.h5.ts) is the first Tab stop.
 */
import Taro from '@tarojs/taro'
import { showsContent } from './page-content'

/** Which page container had which element focused last (to go back to it). */
const lastFocused = new WeakMap<Element, HTMLElement>()
let keepOnce = false
let byHistory = false
let cancelPending: (() => void) | null = null

export function keepFocusOnNextPage(): void {
  keepOnce = true
}

const visible = (el: Element) => el.getClientRects().length > 0

/** The element of the page on top (Taro gives each page's container the page's path as id). */
function currentPageElement(): HTMLElement | null {
  try {
    const pages = Taro.getCurrentPages()
    const path = pages[pages.length - 1]?.path
    return path ? document.getElementById(path) : null
  } catch {
    return null
  }
}

/** The page's own level-1 heading, else (with `fallback`) the title bar's when it is shown. */
function headingOf(page: HTMLElement, fallback: boolean): HTMLElement | null {
  const own = Array.from(page.querySelectorAll<HTMLElement>('[role="heading"][aria-level="1"], h1')).find(visible)
  if (own || !fallback) return own ?? null
  const title = document.querySelector<HTMLElement>('#taro-navigation-bar .taro-navigation-bar-title[role="heading"]')
  return title && visible(title) ? title : null
}


function focusQuietly(el: HTMLElement): void {
  // Focusable from script only: a heading is not a Tab stop.
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
  // The page keeps its scroll (the way back restores it; a new page starts at its top).
  el.focus({ preventScroll: true })
}

/** True while the focus is not in `page` (still in the page left, on the tab bar, on nothing). */
const focusLost = (page: HTMLElement) => !page.contains(document.activeElement)

function arrive(): void {
  cancelPending?.()
  cancelPending = null
  const keep = keepOnce
  const back = byHistory
  keepOnce = false
  byHistory = false
  if (keep) return
  const page = currentPageElement()
  if (!page || !focusLost(page)) return
  const before = back ? lastFocused.get(page) : undefined
  if (before && before.isConnected && page.contains(before) && visible(before)) {
    before.focus({ preventScroll: true })
    return
  }
  const now = headingOf(page, showsContent(page))
  if (now) {
    focusQuietly(now)
    return
  }
  // The page's content may still be coming (rendering, an edition loading): wait for its
  // heading, or the title bar's once the page is there without one. Given up when the user or
  // the page moves the focus first, and after a while (a page that never settles).
  const observer = new MutationObserver(() => {
    const h = headingOf(page, showsContent(page))
    if (!h) return
    done()
    if (focusLost(page)) focusQuietly(h)
  })
  const timer = setTimeout(() => {
    done()
    const h = headingOf(page, true)
    if (h && page.isConnected && focusLost(page)) focusQuietly(h)
  }, 3000)
  const done = () => {
    observer.disconnect()
    clearTimeout(timer)
    if (cancelPending === done) cancelPending = null
  }
  observer.observe(page, { childList: true, subtree: true })
  cancelPending = done
}

export function installPageFocus(): void {
  if (typeof document === 'undefined') return
  document.addEventListener('focusin', (e) => {
    const target = e.target
    if (!(target instanceof HTMLElement)) return
    const page = target.closest('.taro_page')
    if (page) lastFocused.set(page, target)
    // Someone (the user, the page's own code) moved the focus first: no heading to wait for.
    cancelPending?.()
  })
  // The browser's back / forward, and Taro's navigateBack (history.go): before Taro shows the page.
  window.addEventListener('popstate', () => {
    byHistory = true
  })
  let launched = false
  Taro.eventCenter.on('__afterTaroRouterChange', () => {
    if (!launched) {
      launched = true
      return
    }
    arrive()
  })
}
