import Taro from '@tarojs/taro'
import type { EntryState } from './history.shared'

/** weapp: WeChat's switchTab (no history of tabs in a mini-program; H5: history.h5.ts). */
export function switchTab(path: string): Promise<unknown> {
  return Taro.switchTab({ url: path })
}

const NOTHING: EntryState = { read: () => undefined, save: () => undefined }

/**
 * weapp: nothing to keep. A page below stays alive, with its state and scroll position, until
 * it is closed, and a closed page is never brought back by a back button.
 */
export function entryState(_name: string): EntryState {
  return NOTHING
}
