/**
 * Moving between pages in WeChat's simulator (the real weapp build, issue 24 items 2 and 5):
 * a tab is opened with wx.switchTab, never navigateTo (which WeChat refuses for a tab page; the
 * H5 build pushes a history entry instead: history.h5.ts); a unit opened from the 关于 tab is a
 * page above it (navigateTo), and nothing is stored for the way back: WeChat keeps the 关于 page
 * below, scrolled as it was (scroll.weapp.ts, history.weapp.ts).
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, renderPage, unloadAllPages, waitFor, type RenderedPage } from './shim'
import { KEY_TEXT } from './key-text'

type Wx = Record<string, unknown>
type Call = Record<string, unknown>
const calls: Record<string, Call[]> = {}
const record = (name: string) => (opts: { success?: (r: unknown) => void; complete?: () => void } & Call) => {
  ;(calls[name] ??= []).push(opts)
  opts.success?.({ errMsg: `${name}:ok` })
  opts.complete?.()
}
const count = (name: string) => calls[name]?.length ?? 0
const calledMore = (name: string, n: number) => waitFor(() => count(name) > n, `wx.${name} to be called`)

let wx: Wx
beforeAll(() => {
  wx = launchApp().wx
  for (const name of ['switchTab', 'navigateTo', 'pageScrollTo']) wx[name] = record(name)
})
afterEach(unloadAllPages)

/** Taps the first element of the page with this source class whose text contains `text`. */
async function tapText(page: RenderedPage, selector: string, text: string) {
  const find = () => page.component.querySelectorAll(selector).find((c) => (c.dom?.textContent ?? '').includes(text))
  await page.waitFor(() => find() !== undefined, `${selector} with "${text}"`)
  find()!.dispatchEvent('tap')
}

test('首页’s 活动日历, 投诉举报 and 通知全文 open their tabs with wx.switchTab, never navigateTo', async () => {
  const home = await renderPage('pages/home/index', { now: '2021-09-14' }, { until: KEY_TEXT['pages/home/index'].slice(0, 1) })
  const opens = count('navigateTo')
  for (const [label, url] of [['活动日历', '/pages/events/index'], ['投诉举报', '/pages/complaints/index'], ['通知全文', '/pages/about/index']]) {
    const switches = count('switchTab')
    await tapText(home, '.quick-entry', label)
    await calledMore('switchTab', switches)
    expect(calls.switchTab.at(-1)).toMatchObject({ url })
  }
  expect(count('navigateTo')).toBe(opens)
})

test('关于: a unit’s 查看该单位的活动 opens its page above the tab (navigateTo); nothing is stored for the way back', async () => {
  const setStorageSync = jest.spyOn(wx as { setStorageSync: (k: string, v: unknown) => void }, 'setStorageSync')
  const about = await renderPage('pages/about/index', { now: '2021-09-14' }, { until: KEY_TEXT['pages/about/index'] })
  const opens = count('navigateTo')
  await tapText(about, '.notice-link', '查看该单位的活动')
  await calledMore('navigateTo', opens)
  expect(String(calls.navigateTo.at(-1)?.url)).toMatch(/^\/packages\/about\/organiser\/index\?id=[^&]+&edition=2021$/)
  expect(setStorageSync.mock.calls.map(([key]) => key).filter((k) => /entry|scroll/i.test(k))).toEqual([])
  setStorageSync.mockRestore()
})
