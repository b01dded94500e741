/**
 * Every page of the real weapp build (dist/app.json: main package and subpackages), rendered in
 * WeChat's simulator (see shim.ts), shows its key text. A page added to app.json without an
 * entry in KEY_TEXT fails here: add the texts that prove the page renders its content.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { listPages, renderPage, unloadAllPages } from './shim'

/** Page path (as in app.json) → texts the rendered page must contain. */
const KEY_TEXT: Record<string, string[]> = {
  'pages/home/index': ['开展质量提升行动 推动自贸港高质量发展'],
  'pages/events/index': ['活动日历', '2021年9月', '检验检测机构开放日', '9月15日 · 全国启动', '9月内 · 日期待定'],
  'pages/complaints/index': ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '拨打 12315', '拨打 12345', '我该找谁？', '写投诉或举报草稿'],
  'pages/about/index': ['琼质强省办〔2021〕5号'],
  // Without an id: the helpful message (with an id: tests/weapp/events.weapp.test.ts).
  'packages/events/detail/index': ['没有找到这项活动', '查看全部活动（活动日历）'],
  'packages/complaints/draft/index': ['投诉举报草稿', '商家名称', '发生日期', '生成文本并复制', '清空']
}

const PAGES = listPages()

afterEach(unloadAllPages)

test('dist/app.json lists pages', () => {
  expect(PAGES.length).toBeGreaterThan(0)
})

test('every key-text entry is a page of dist/app.json', () => {
  const stale = Object.keys(KEY_TEXT).filter((p) => !PAGES.includes(p))
  if (stale.length) throw new Error(`KEY_TEXT names pages that are not in dist/app.json: ${stale.join(', ')}`)
})

describe.each(PAGES)('%s', (pagePath) => {
  test('renders its key text', async () => {
    const page = await renderPage(pagePath)
    const text = page.text()
    const expected = KEY_TEXT[pagePath]
    if (!expected || expected.length === 0) {
      throw new Error(
        `${pagePath} is in dist/app.json but has no key text in tests/weapp/pages.weapp.test.ts: ` +
        `add KEY_TEXT['${pagePath}'] with texts the page must show. It rendered: ${text.slice(0, 200)}`
      )
    }
    for (const t of expected) {
      if (!text.includes(t)) throw new Error(`${pagePath} does not show "${t}". It rendered: ${text.slice(0, 500)}`)
    }
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/)
  })
})

describe('page parameters', () => {
  // Last on purpose: `now` sets the app clock, which stays set for pages rendered later in
  // this file (as it would in WeChat).
  test('首页 with now=2021-09-14 shows the day of the campaign (Taro useRouter reads `now`)', async () => {
    const page = await renderPage('pages/home/index', { now: '2021-09-14' })
    expect(page.text()).toContain('第14天（共30天），还剩16天')
  })
})
