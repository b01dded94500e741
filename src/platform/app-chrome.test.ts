/** H5: Taro's title bar and tab bar follow the large-text mode through <html>'s custom properties. */
import { scaleAppChrome } from './app-chrome.h5'

const html = () => document.documentElement.style

it('large text: <html> carries the scales, and the tab bar grows with the touch targets', () => {
  scaleAppChrome({ fontScale: 1.5, targetScale: 1.4 })
  expect(html().getPropertyValue('--hq-font-scale')).toBe('1.5')
  expect(html().getPropertyValue('--hq-target-scale')).toBe('1.4')
  expect(html().getPropertyValue('--taro-tabbar-height')).toBe('70px')
})

it('standard text: back to Taro’s own tab bar height', () => {
  scaleAppChrome({ fontScale: 1.5, targetScale: 1.4 })
  scaleAppChrome({ fontScale: 1, targetScale: 1 })
  expect(html().getPropertyValue('--hq-font-scale')).toBe('1')
  expect(html().getPropertyValue('--taro-tabbar-height')).toBe('')
})
