import Taro from '@tarojs/taro'

/** weapp: nothing to do (the WeChat client owns page scrolling). */
export function installPageA11y(): void {}

/**
 * weapp: WeChat's toast (text only, no icon, so it may take two lines), which the phone's
 * screen reader reads (aria-live reaches WeChat's templates, but whether a phone's reader
 * announces it is not verified: docs/accessibility.md).
 * Never throws.
 */
export function announce(message: string): void {
  Taro.showToast({ title: message, icon: 'none', duration: 2500 }).catch(() => undefined)
}
