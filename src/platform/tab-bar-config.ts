/**
 * Whether the app draws the tab bar itself (app.config.ts `tabBar.custom`): on H5 yes
 * (tab-bar.h5.ts; Taro's own H5 tab bar is a web component that delays the first page on a
 * slow phone); on weapp no, WeChat draws its native bar from app.config's list. A constant of
 * the build: app.config.ts is read once per target, when the build starts.
 */
export const APP_DRAWS_TAB_BAR = process.env.TARO_ENV === 'h5'
