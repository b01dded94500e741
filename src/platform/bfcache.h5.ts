import { pageRestored } from '@/lib/page-restore'

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
