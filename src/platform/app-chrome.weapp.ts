/**
 * weapp: WeChat draws the title bar and the tab bar itself, at its own sizes; the app cannot
 * size them (H5: app-chrome.h5.ts).
 */
export function scaleAppChrome(_scale: { fontScale: number; targetScale: number }): void {}

/**
 * weapp: WeChat's title bar, tab bar and window follow the system's scheme (theme.json); a
 * choice against it (浅色/深色) changes the pages only (docs/accessibility.md, 深色模式).
 */
export function schemeAppChrome(_appearance: 'system' | 'light' | 'dark'): void {}
