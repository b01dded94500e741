/** weapp: wx.getStorageSync returns '' for a missing key without throwing: nothing to ask first. */
export function certainlyAbsent(_key: string): boolean {
  return false
}
