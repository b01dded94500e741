import { pageRestored } from '@/lib/page-restore'

/**
 * H5: the page is hidden (another tab, the phone locks) or unloaded (reload, closing the
 * tab): `pagehide` and `visibilitychange` to hidden.
 */
export function onAppLeave(fn: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const onHide = () => fn()
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') fn()
  }
  window.addEventListener('pagehide', onHide)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    window.removeEventListener('pagehide', onHide)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}

/**
 * H5: `pageshow` with `persisted` is the page coming back from the back-forward cache (back
 * or forward to it, a WeChat WebView or a phone browser brought back), its scripts resumed as
 * they were: tell lib/page-restore.ts, so the day and the stored state are read again. (Chromium
 * also fires visibilitychange, on which Taro shows the page again; Safari may fire only pageshow.)
 */
export function installPageRestore(): void {
  if (typeof window === 'undefined') return
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) pageRestored()
  })
}
