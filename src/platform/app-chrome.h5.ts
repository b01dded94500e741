/**
 * H5: the title bar and the tab bar follow the large-text mode (适老化), like the pages.
 *
 * Both are drawn outside the pages (Taro's title bar; the app's tab bar, tab-bar.h5.ts), so
 * the scale custom properties that features/display's DisplayRoot sets on each page never
 * reach them. This sets the same properties on <html>: the title bar reads them (nav-bar.h5.scss
 * declares the scaled sizes on it), and so does the tab bar (tab-bar.h5.scss).
 *
 * Colours the same way: <html> carries the palette (app-chrome.h5.scss, loaded by nav-bar.h5.ts)
 * and the class of the user's 浅色 / 深色 choice, so the bars, the browser's form controls and
 * scrollbars (`color-scheme`) and what is put on <body> all follow it.
 */

export function scaleAppChrome(scale: { fontScale: number; targetScale: number }): void {
  if (typeof document === 'undefined') return
  const root = document.documentElement.style
  root.setProperty('--hq-font-scale', String(scale.fontScale))
  root.setProperty('--hq-target-scale', String(scale.targetScale))
}

/** Puts the user's forced scheme on <html> (none when following the system). */
export function schemeAppChrome(appearance: 'system' | 'light' | 'dark'): void {
  if (typeof document === 'undefined') return
  const classes = document.documentElement.classList
  classes.toggle('hq-light', appearance === 'light')
  classes.toggle('hq-dark', appearance === 'dark')
}
