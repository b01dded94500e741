/**
 * H5 only: stands in for @tarojs/components-react's PullDownRefresh (config/index.ts,
 * NormalModuleReplacementPlugin).
 *
 * Taro's H5 app entry always imports PullDownRefresh and hands it to the router, which uses
 * it only for pages with `enablePullDownRefresh`. No page here has it, so its 11 KB
 * (and its touch handling) would sit in app.js unused. Should a page ever turn it on, this
 * stand-in stops with a clear error instead of silently not refreshing.
 */
export default function PullDownRefresh() {
  throw new Error('enablePullDownRefresh is on for an H5 page, but config/h5-no-pull-down-refresh.js replaces Taro\'s PullDownRefresh: remove that replacement in config/index.ts')
}
