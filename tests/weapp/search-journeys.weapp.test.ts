/**
 * From the search to the right complaint channel in WeChat's simulator (the real weapp build,
 * issue 24 items 1 and 2): 买到假货 shows 12315 first; tapping it switches to the 投诉 tab, which
 * WeChat opens without page parameters, so the card comes through navigation's memory: the tab
 * marks 12315, scrolls to it, and offers 返回搜索结果, which opens the search again with the same
 * words, at the result that was opened. (The tab closes the search page: WeChat's rule for tabs.)
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, renderPage, unloadAllPages, waitFor, type RenderedPage } from './shim'

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

beforeAll(() => {
  const wx: Wx = launchApp().wx
  for (const name of ['switchTab', 'navigateTo', 'pageScrollTo']) wx[name] = record(name)
})
afterEach(unloadAllPages)

/** Taps the first element of the page with this source class whose text contains `text`. */
async function tapText(page: RenderedPage, selector: string, text: string) {
  const find = () => page.component.querySelectorAll(selector).find((c) => (c.dom?.textContent ?? '').includes(text))
  await page.waitFor(() => find() !== undefined, `${selector} with "${text}"`)
  find()!.dispatchEvent('tap')
}

test('买到假货 → 12315 first → the 投诉 tab at 12315, scrolled to it → 返回搜索结果 → the search again, at that result', async () => {
  const query = '买到假货'
  const search = await renderPage('packages/about/search/index', { q: encodeURIComponent(query), now: '2021-09-14' }, {
    until: ['投诉举报渠道（2）', /找到\d+条结果/]
  })
  const hits = search.component.querySelectorAll('.search-hit')
  expect(hits[0].dom?.textContent).toContain('12315 · 全国12315平台')
  expect(hits[1].dom?.textContent).toContain('我该找谁？')

  const switches = count('switchTab')
  hits[0].dispatchEvent('tap')
  await calledMore('switchTab', switches)
  expect(calls.switchTab.at(-1)).toMatchObject({ url: '/pages/complaints/index' })
  search.unload() // a tab closes the pages above it

  const scrolls = count('pageScrollTo')
  const tab = await renderPage('pages/complaints/index', {}, { until: ['▶ 搜索结果', '返回搜索结果', '不确定找谁？看“我该找谁？”'] })
  await calledMore('pageScrollTo', scrolls)
  expect(calls.pageScrollTo.slice(scrolls).map((c) => c.selector)).toContain('#complaints-at-12315')
  // The mark is on the 12315 card, before its name and actions.
  const text = tab.text()
  expect(text.indexOf('▶ 搜索结果')).toBeLessThan(text.indexOf('12315 · 全国12315平台'))
  expect(text.indexOf('12315 · 全国12315平台')).toBeLessThan(text.indexOf('12345 · 政务服务便民热线'))
  expect(text).toContain('打开“12315”小程序')

  const opens = count('navigateTo')
  await tapText(tab, '.complaints-place__link', '返回搜索结果')
  await calledMore('navigateTo', opens)
  expect(calls.navigateTo.at(-1)).toMatchObject({ url: `/packages/about/search/index?q=${encodeURIComponent(query)}` })
  tab.unload()

  // The new search page, as navigateTo opens it: the same words, brought to the result opened.
  const before = count('pageScrollTo')
  const again = await renderPage('packages/about/search/index', { q: encodeURIComponent(query) }, { until: '12315 · 全国12315平台' })
  await calledMore('pageScrollTo', before)
  expect(calls.pageScrollTo.slice(before).map((c) => c.selector)).toContain('#search-hit-channel-12315')
  expect(again.text()).toContain('投诉举报渠道（2）')
})
