/** H5: the title bar and the tab bar follow the large-text mode through <html>'s custom properties. */
import { scaleAppChrome } from './app-chrome.h5'

const html = () => document.documentElement.style

it('<html> carries the scales of the chosen text size, for the bars outside the pages', () => {
  scaleAppChrome({ fontScale: 1.5, targetScale: 1.4 })
  expect([html().getPropertyValue('--hq-font-scale'), html().getPropertyValue('--hq-target-scale')]).toEqual(['1.5', '1.4'])
  scaleAppChrome({ fontScale: 1, targetScale: 1 })
  expect([html().getPropertyValue('--hq-font-scale'), html().getPropertyValue('--hq-target-scale')]).toEqual(['1', '1'])
})
