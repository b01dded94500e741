/**
 * H5: Taro modules replaced by the app's own files at build time (config/index.ts, webpack's
 * NormalModuleReplacementPlugin). The stand-ins that leave something out say why, and fail
 * clearly if it is ever needed. With the last three, app.js went from 85.5 to 77.6 KB gzip
 * (docs/size-and-performance.md).
 *
 * Each depends on Taro 4.2.1's inner files: config/framework-internals.test.ts reads this
 * table and fails, naming the file, when `requestedBy` no longer makes a request `pattern`
 * matches, or the module it names is gone.
 */
export interface H5StandIn {
  /** The webpack plugin's name in Taro's chain. */
  name: string
  /**
   * What NormalModuleReplacementPlugin matches: a request as Taro writes it (`^…$`), or the
   * path it resolves to (`[\\/]…$`).
   */
  pattern: RegExp
  /** The file that stands in, relative to config/. */
  file: string
  /** The installed Taro file whose import is replaced (a package path): only the test reads it. */
  requestedBy: string
}

export const H5_STAND_INS: readonly H5StandIn[] = [
  {
    // The HTML components' base styles, weighing nothing against the app's.
    name: 'hq-html-components-css',
    pattern: /^@tarojs\/components-react\/dist\/index\.css$/,
    file: '../src/styles/taro-html-components.css',
    requestedBy: '@tarojs/plugin-platform-h5/dist/index.js'
  },
  {
    // Taro's own tab bar, which never runs here (tabBar.custom: the app draws its own).
    name: 'hq-no-taro-tabbar',
    pattern: /[\\/]@tarojs[\\/]router[\\/]dist[\\/]tabbar\.js$/,
    file: 'h5-router-tabbar.js',
    requestedBy: '@tarojs/router/dist/index.js'
  },
  {
    // Taro's pull-down refresh, which no page here turns on.
    name: 'hq-no-pull-down-refresh',
    pattern: /[\\/]@tarojs[\\/]components-react[\\/]dist[\\/]components[\\/]pull-down-refresh[\\/]index\.js$/,
    file: 'h5-no-pull-down-refresh.js',
    requestedBy: '@tarojs/components-react/dist/index.js'
  },
  {
    // WeUI's icon font and icon, checkbox and radio classes, which nothing here uses.
    name: 'hq-no-weui-css',
    pattern: /^@tarojs\/components\/dist\/taro-components\/taro-components\.css$/,
    file: 'h5-no-weui.css',
    requestedBy: '@tarojs/plugin-platform-h5/dist/runtime/index.js'
  },
  {
    // Taro's base stylesheet: in app.css, not a style tag injected from app.js.
    name: 'hq-taro-global-css',
    pattern: /^@tarojs\/components\/global\.css$/,
    file: '../src/styles/taro-global.css',
    requestedBy: '@tarojs/taro-loader/lib/h5.js'
  }
]
