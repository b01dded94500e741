/**
 * H5: the title bar and the tab bar follow the large-text mode (适老化), like the pages.
 *
 * Both are drawn outside the pages (Taro's title bar; the app's tab bar, tab-bar.h5.ts), so
 * the scale custom properties that features/display's DisplayRoot sets on each page never
 * reach them. This sets the same properties on <html>: the title bar reads them (nav-bar.h5.scss
 * declares the scaled sizes on it), and so does the tab bar (tab-bar.h5.scss).
 */
export function scaleAppChrome(scale: { fontScale: number; targetScale: number }): void {
  if (typeof document === 'undefined') return
  const root = document.documentElement.style
  root.setProperty('--hq-font-scale', String(scale.fontScale))
  root.setProperty('--hq-target-scale', String(scale.targetScale))
}
