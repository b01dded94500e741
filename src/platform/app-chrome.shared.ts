/** What app-chrome.weapp.ts and app-chrome.h5.ts both export (docs/platform-files.md). */
export type AppChromeModule = {
  /** Applies the large-text mode's scales to what is drawn outside the pages (H5: title and tab bar; weapp: WeChat's own, nothing). */
  scaleAppChrome(scale: { fontScale: number; targetScale: number }): void
  /** Applies the 跟随系统 / 浅色 / 深色 choice there too (H5: <html>'s class; weapp: nothing, WeChat's bars follow the system). */
  schemeAppChrome(appearance: 'system' | 'light' | 'dark'): void
}

export type BothVariants = Implements<AppChromeModule, typeof import('./app-chrome.weapp') | typeof import('./app-chrome.h5')>
