/**
 * The text-size setting in WeChat's simulator (see shim.ts): the weapp build offers
 * 跟随微信 / 标准字 / 大字模式 (H5 offers only the last two: tests/e2e/webview.e2e.ts), and
 * 跟随微信 (the default) follows WeChat's font size, which WeChat reports through
 * wx.getAppBaseInfo().fontSizeScaleFactor. Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, renderPage, textOf, unloadAllPages, type RenderedPage } from './shim'

let wx: Record<string, unknown>
beforeAll(() => {
  wx = launchApp().wx
  // WeChat's font size set to 大 (a factor of 1.4), read when the display code first loads (the first page).
  wx.getAppBaseInfo = () => ({ fontSizeScaleFactor: 1.4, SDKVersion: '3.4.2' })
})
afterEach(unloadAllPages)

/** The options of the card titled 字体大小 (the appearance card beside it is built alike). */
function optionsOf(page: RenderedPage, selector: string) {
  const card = page.component.querySelectorAll('.hq-card').find((c) => textOf(c.dom).startsWith('字体大小'))
  return page.component.querySelectorAll(selector).filter((o) => !!card?.dom && !!o.dom && card.dom.contains(o.dom))
}
const options = (page: RenderedPage) => optionsOf(page, '.text-size__option').map((o) => textOf(o.dom))
const checked = (page: RenderedPage) => optionsOf(page, '.text-size__option--on').map((o) => textOf(o.dom))
const tap = (page: RenderedPage, i: number) => optionsOf(page, '.text-size__option')[i].dispatchEvent('tap')
const large = (page: RenderedPage) => page.component.querySelectorAll('.hq-large').length > 0

it('首页 offers 跟随微信, 标准字 and 大字模式; 跟随微信 is checked and follows WeChat\'s font size', async () => {
  const page = await renderPage('pages/home/index', { now: '2021-09-14' }, { until: '字体大小' })
  await page.waitFor(() => options(page).length === 3, 'the three text-size options')
  expect(options(page)).toEqual([
    expect.stringContaining('跟随微信'), expect.stringContaining('标准字'), expect.stringContaining('大字模式')
  ])
  expect(options(page)[0]).toContain('按微信中设置的字体大小显示')
  expect(checked(page)).toEqual([expect.stringContaining('跟随微信')])
  // WeChat's 1.4 counts as asking for large text: the page is in 大字模式's scale.
  expect(large(page)).toBe(true)

  tap(page, 1)
  await page.waitFor(() => checked(page)[0]?.includes('标准字') && !large(page), '标准字 chosen, the standard scale')
  tap(page, 0)
  await page.waitFor(() => checked(page)[0]?.includes('跟随微信') && large(page), '跟随微信 again, WeChat\'s large size')
})
