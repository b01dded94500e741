/**
 * weapp: WeChat draws the title bar and the tab bar itself, at its own sizes; the app cannot
 * size them (H5: app-chrome.h5.ts).
 */
export function scaleAppChrome(_scale: { fontScale: number; targetScale: number }): void {}
