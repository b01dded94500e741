/**
 * Every page of the real weapp build (dist/app.json: main package and subpackages), rendered in
 * WeChat's simulator (see shim.ts), shows its key text. A page added to app.json without an
 * entry in KEY_TEXT fails here: add the texts that prove the page renders its content.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, listPages, renderPage, unloadAllPages } from './shim'

/** Page path (as in app.json) → texts the rendered page must contain. */
const KEY_TEXT: Record<string, string[]> = {
  'pages/home/index': ['开展质量提升行动 推动自贸港高质量发展'],
  'pages/events/index': ['活动日历', '2021年9月', '检验检测机构开放日', '9月15日 · 全国启动', '9月内 · 日期待定'],
  'pages/complaints/index': ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '拨打 12315', '拨打 12345', '我该找谁？', '写投诉或举报草稿'],
  // Without an id: the helpful message (with an id: tests/weapp/events.weapp.test.ts).
  'packages/events/detail/index': ['没有找到这项活动', '查看全部活动（活动日历）'],
  'packages/complaints/draft/index': ['投诉举报草稿', '商家名称', '发生日期', '生成文本并复制', '清空'],
  'pages/about/index': ['琼质强省办〔2021〕5号', '海南省质量强省工作领导小组办公室文件', '此件主动公开', '目录', '三、活动要求', '附件1'],
  'packages/about/organiser/index': ['没有找到这个主办单位', '省市场监管局'],
  'packages/about/search/index': ['可以搜索活动名称', '电梯'],
  'packages/about/app-info/index': ['关于本程序', '内容包版本', '本机保存的内容']
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

describe('关于: the table of contents scrolls with wx.pageScrollTo', () => {
  test('every section anchor is a node of the page itself, where pageScrollTo\'s selector reaches it', async () => {
    const page = await renderPage('pages/about/index')
    const sections = ['intro', 'theme', 'work', 'requirements', 'closing', 'attachment-1', 'attachment-2']
    for (const id of ['notice-top', ...sections.map((s) => `notice-section-${s}`), 'notice-work-4', 'notice-slogan-s16']) {
      expect([id, page.component.querySelector(`#${id}`) !== undefined]).toEqual([id, true])
    }
    expect(page.component.querySelector('#notice-section-nowhere')).toBeUndefined()
  })

  test('tapping 三、活动要求 asks WeChat to scroll to its section', async () => {
    const { wx } = launchApp()
    const pageScrollTo = jest.fn((opts: { success?: (r: unknown) => void }) => opts.success?.({ errMsg: 'pageScrollTo:ok' }))
    wx.pageScrollTo = pageScrollTo
    const page = await renderPage('pages/about/index')
    const item = page.component.querySelectorAll('.notice-toc__item').find((c) => c.dom?.textContent === '三、活动要求')
    if (!item) throw new Error('no 三、活动要求 in the table of contents')
    item.dispatchEvent('tap')
    await page.settle()
    expect(pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#notice-section-requirements' }))
  })
})

describe('page parameters', () => {
  test('主办单位 with id=amr lists its activities and its events', async () => {
    const page = await renderPage('packages/about/organiser/index', { id: 'amr' })
    const text = page.text()
    expect(text).toContain('省市场监管局')
    expect(text).toContain('主要活动（13项）')
    expect(text).toContain('开展“计量服务中小企业行”活动。')
    expect(text).toContain('电梯安全宣传周')
    expect(text).not.toContain('没有找到这个主办单位')
  })

  test('主办单位 with an unknown id says so and lists the 19 organisers', async () => {
    const page = await renderPage('packages/about/organiser/index', { id: 'nowhere' })
    expect(page.text()).toContain('“nowhere”不是附件1中主办单位的编号')
    expect(page.text()).toContain('十九、省供销合作联社')
  })

  test('搜索 with q=电梯 (URL-encoded, as navigateTo passes it) shows 电梯安全宣传周 marked', async () => {
    const page = await renderPage('packages/about/search/index', { q: encodeURIComponent('电梯') })
    expect(page.text()).toContain('电梯安全宣传周')
    expect(page.text()).toMatch(/找到\d+条结果/)
    const marks = page.root.querySelectorAll('[class~="main--search-mark"], .search-mark')
    expect(marks.length).toBeGreaterThan(0)
  })

  // Last on purpose: `now` sets the app clock, which stays set for pages rendered later in
  // this file (as it would in WeChat).
  test('首页 with now=2021-09-14 shows the day of the campaign (Taro useRouter reads `now`)', async () => {
    const page = await renderPage('pages/home/index', { now: '2021-09-14' })
    expect(page.text()).toContain('第14天（共30天），还剩16天')
  })
})
