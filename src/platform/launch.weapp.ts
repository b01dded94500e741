/** weapp: the clock is never set from launch options; a page's own `now` parameter can. */
export function readLaunchNow(): string | undefined {
  return undefined
}
