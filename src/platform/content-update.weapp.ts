/**
 * weapp side of signed content updates: NOT DONE YET (docs/content-updates.md “小程序”). The
 * plan: adopt stored editions at launch as on H5; read WeChat's periodic update
 * (wx.getBackgroundFetchData, fetchType 'periodic') and fall back to wx.request, with the
 * verifier in a subpackage loaded by require.async (the main package is at its size budget).
 * Until then a weapp build never checks for updates, with or without the settings, and carries
 * no update code.
 */
export function startContentUpdates(): void {}

export function readContentUpdates(): null {
  return null
}
