/** H5: there is no 朋友圈 单页模式 on the web. */
export function isSinglePageMode(): boolean {
  return false
}
