/**
 * Every page of the real weapp build (dist/app.json: main package and subpackages), rendered in
 * WeChat's simulator (see shim.ts), shows its key text. A page added to app.json without an
 * entry in KEY_TEXT fails here: add the texts that prove the page renders its content.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, listPages, renderPage, unloadAllPages } from './shim'

/** Page path (as in app.json) → texts the rendered page must contain. */
const SLOGANS = [
  '让质量强省深入人心 让质量提升扎实推进', '坚持质量第一 建设质量强省', '大力提升质量 建设质量强省',
  '深入实施质量强省战略 助力建设自由贸易港', '提升产品和服务质量 推动经济高质量发展', '建设质量强省 共享美好生活',
  '推动高质量发展 共享高品质生活', '优化营商环境 建设质量强省', '推动质量变革 建设质量强省',
  '加强全面质量管理 开展质量提升行动', '弘扬工匠精神 推动品质革命', '夯实质量基石 共筑强国梦想',
  '全民关注质量 质量服务全民', '人人创造质量 人人享受质量', '质量提升 人人有责', '个个树立质量意识 人人创造中国质量'
]

const KEY_TEXT: Record<string, string[]> = {
  // Rendered at today's date (after 2021): an archive, so no 今日口号 tied to the date.
  'pages/home/index': ['开展质量提升行动 推动自贸港高质量发展', '2021年活动已结束（存档）', '活动回顾', '活动口号（共16条）', SLOGANS[0], '活动日历', '投诉举报', '通知全文', '知识问答'],
  'pages/events/index': ['活动日历', '2021年9月', '检验检测机构开放日', '全国 · 9月15日 · 已结束', '9月内 · 日期待定'],
  'pages/complaints/index': ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '拨打 12315', '拨打 12345', '我该找谁？', '写投诉或举报草稿'],
  // Without an id: the helpful message (with an id: tests/weapp/events.weapp.test.ts).
  'packages/events/detail/index': ['没有找到这项活动', '查看全部活动（活动日历）'],
  'packages/complaints/draft/index': ['投诉举报草稿', '商家名称', '发生日期', '生成文本并复制', '清空'],
  'pages/about/index': ['琼质强省办〔2021〕5号', '海南省质量强省工作领导小组办公室文件', '此件主动公开', '目录', '三、活动要求', '附件1', '往届：历年质量月活动'],
  'packages/about/organiser/index': ['没有找到这个主办单位', '省市场监管局'],
  'packages/about/search/index': ['可以搜索活动名称', '电梯'],
  'packages/about/app-info/index': ['关于本程序', '内容包版本', '本机保存的内容'],
  'packages/about/not-found/index': ['找不到这个页面', '这个链接不是本程序的页面', '回到首页'],
  'packages/campaign/slogans/index': ['2021年“质量月”活动口号', '开展质量提升行动 推动自贸港高质量发展', ...SLOGANS],
  'packages/quiz/daily/index': ['质量知识问答', '每日一练 · ', '同一天每个人的题目都一样', '开始每日一练', '开始练习', '成绩只保存在这台手机上'],
  // The repository ships 2021 only: 往届 says there is no earlier edition yet.
  'packages/archive/list/index': ['本届', '2021年海南省“质量月”活动', '往届', '还没有往届活动'],
  // Without `edition`: says which year is missing and leads to 往届.
  'packages/archive/edition/index': ['没有这一届', '链接中没有写明是哪一届', '查看往届列表']
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

  test('口号 with id=s5 highlights slogan 5; its share button titles the card with it', async () => {
    const page = await renderPage('packages/campaign/slogans/index', { id: 's5' })
    expect(page.text()).toContain('您打开的口号')
    const texts = page.texts()
    const i = texts.indexOf('您打开的口号')
    expect(texts.slice(i + 1, i + 3).join(' ')).toBe(SLOGANS[4]) // its two halves follow the label
    // WeChat calls onShareAppMessage with the tapped button as target; Taro adds its dataset.
    const share = page.instance.onShareAppMessage as (o: unknown) => { title: string; path: string }
    // (The card's picture comes at once or through `promise`: wechat.weapp.test.ts.)
    expect(share.call(page.instance, { from: 'button', target: { id: 'share-s7', dataset: {} } }))
      .toMatchObject({ title: SLOGANS[6], path: '/packages/campaign/slogans/index?id=s7&edition=2021' })
    expect(share.call(page.instance, { from: 'menu' })).toMatchObject({ title: SLOGANS[4], path: '/packages/campaign/slogans/index?id=s5&edition=2021' })
    const timeline = page.instance.onShareTimeline as () => { title: string; query: string }
    expect(timeline.call(page.instance)).toEqual({ title: SLOGANS[4], query: 'id=s5&edition=2021' })
  })

  test('口号 with an unknown id shows all slogans and a short message', async () => {
    const page = await renderPage('packages/campaign/slogans/index', { id: 's99' })
    expect(page.text()).toContain('没有找到链接中的口号“s99”，以下是全部16条口号。')
    for (const s of SLOGANS) expect(page.text()).toContain(s)
    expect(page.text()).not.toContain('您打开的口号')
  })

  // Last on purpose: `now` sets the app clock, which stays set for pages rendered later in
  // this file (as it would in WeChat).
  test('首页 with now=2021-09-14 shows the day of the campaign (Taro useRouter reads `now`)', async () => {
    const page = await renderPage('pages/home/index', { now: '2021-09-14' })
    expect(page.text()).toContain('第14天（共30天），还剩16天')
  })
})

describe('首页 rotating slogans', () => {
  test('stepping the carousel updates only its CustomWrapper, not the whole page', async () => {
    const page = await renderPage('pages/home/index')
    const json = JSON.parse(require('fs').readFileSync(require('path').join(__dirname, '../../dist/pages/home/index.json'), 'utf8'))
    expect(Object.keys(json.usingComponents ?? {})).toContain('custom-wrapper')
    const pageSetData = jest.spyOn(page.instance, 'setData')
    const wrapper = page.component.querySelector('#slogan-carousel')
    expect(wrapper).toBeTruthy()
    const next = wrapper!.querySelectorAll('.slogan-carousel__button')
    expect(next.length).toBe(3)
    next[2].dispatchEvent('tap')
    await page.settle()
    expect(page.text()).toContain(`第2条，共16条（自动播放中）：${SLOGANS[1]}`)
    expect(pageSetData).not.toHaveBeenCalled()
  }, 20_000)

  test('stops when the page is hidden (onHide) and plays again on show', async () => {
    const page = await renderPage('pages/home/index')
    expect(page.text()).toContain('（自动播放中）')
    ;(page.instance.onHide as () => void).call(page.instance)
    await page.settle()
    expect(page.text()).toContain(`第1条，共16条：${SLOGANS[0]}`)
    expect(page.text()).not.toContain('自动播放中')
    page.instance.onShow!.call(page.instance)
    await page.settle()
    expect(page.text()).toContain('（自动播放中）')
  }, 20_000)
})
