/**
 * H5: the page gets no signal of the user's font size: WeChat's in-app browser and iOS Safari
 * would rescale the text themselves, which index.html turns off (text-size-adjust: 100%), so
 * the app's own 大字模式 is the one way to grow text and a stored 跟随微信 (`auto`) is standard.
 */
export function systemFontScale(): number {
  return 1
}
