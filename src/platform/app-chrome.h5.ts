/**
 * H5: the title bar and the tab bar follow the large-text mode (适老化), like the pages.
 *
 * Taro's H5 router draws both outside the pages, so the scale custom properties that
 * features/display's DisplayRoot sets on each page never reach them. This sets the same
 * properties on <html>: the title bar reads them (nav-bar.h5.scss declares the scaled sizes on
 * it), the tab bar's labels too (app-chrome.h5.scss), and Taro's own `--taro-tabbar-height`
 * (50 px, which also sizes the pages above the bar) grows with the touch targets.
 */
import './app-chrome.h5.scss'

/** Taro's tab bar height at the standard scale (CSS px; taro-tabbar's `:root` rule). */
const TABBAR_HEIGHT = 50

export function scaleAppChrome(scale: { fontScale: number; targetScale: number }): void {
  if (typeof document === 'undefined') return
  const root = document.documentElement.style
  root.setProperty('--hq-font-scale', String(scale.fontScale))
  root.setProperty('--hq-target-scale', String(scale.targetScale))
  if (scale.targetScale === 1) root.removeProperty('--taro-tabbar-height')
  else root.setProperty('--taro-tabbar-height', `${Math.round(TABBAR_HEIGHT * scale.targetScale)}px`)
}
