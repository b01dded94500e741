/**
 * H5 only: stands in for @tarojs/router's `tabbar.js` (config/index.ts, NormalModuleReplacementPlugin).
 *
 * Taro's router imports that module for its own tab bar, a Stencil web component
 * (`taro-tabbar`), and with it Stencil's runtime: about 10 KB gzip in app.js. This app draws
 * its tab bar itself on H5 (`tabBar.custom`, src/platform/tab-bar.h5.ts), where Taro's
 * `initTabbar` returns at once and never uses that component. So this stand-in keeps the
 * same early return and, should `tabBar.custom` ever be turned off for H5, stops with a
 * clear error instead of silently showing no tab bar.
 */
export function initTabbar(config) {
  if (config.tabBar == null || config.tabBar.custom) return
  throw new Error('H5 tabBar.custom is off, but config/h5-router-tabbar.js replaces Taro\'s tab bar: remove that replacement in config/index.ts')
}
