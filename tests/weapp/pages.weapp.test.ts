/**
 * Every page of the real weapp build (dist/app.json: main package and subpackages), rendered in
 * WeChat's simulator (see shim.ts), shows its key text. A page added to app.json without an
 * entry in KEY_TEXT (tests/weapp/key-text.ts) fails here: add the texts that prove the page
 * renders its content.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import fs from 'fs'
import path from 'path'
import { MAIN_PAGES, SUBPACKAGES } from '../../src/routes'
import { KEY_TEXT, SLOGANS } from './key-text'
import { DIST, launchApp, listPages, renderPage, unloadAllPages, waitFor } from './shim'

const PAGES = listPages()

afterEach(unloadAllPages)

// The pages below are those of the build: a build older than src/routes.ts would leave a
// page untested (or test one that is gone).
test('dist/app.json has exactly the pages of src/routes.ts, 首页 first (WeChat opens the first)', () => {
  const routes = [...MAIN_PAGES, ...SUBPACKAGES.flatMap((s) => s.pages.map((p) => `${s.root}/${p.path}`))]
  expect(PAGES).toEqual(routes)
  expect(PAGES[0]).toBe('pages/home/index')
})

test('every key-text entry is a page of dist/app.json', () => {
  const stale = Object.keys(KEY_TEXT).filter((p) => !PAGES.includes(p))
  if (stale.length) throw new Error(`KEY_TEXT names pages that are not in dist/app.json: ${stale.join(', ')}`)
})

describe.each(PAGES)('%s', (pagePath) => {
  test('renders its key text', async () => {
    const expected = KEY_TEXT[pagePath]
    if (!expected || expected.length === 0) {
      const page = await renderPage(pagePath)
      throw new Error(
        `${pagePath} is in dist/app.json but has no key text in tests/weapp/key-text.ts: ` +
        `add KEY_TEXT['${pagePath}'] with texts the page must show. It rendered: ${page.text().slice(0, 200)}`
      )
    }
    const page = await renderPage(pagePath, {}, { until: expected })
    const text = page.text()
    for (const t of expected) {
      if (!text.includes(t)) throw new Error(`${pagePath} does not show "${t}". It rendered: ${text.slice(0, 500)}`)
    }
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/)
  })
})

describe('关于: the table of contents scrolls with wx.pageScrollTo', () => {
  test('every section anchor is a node of the page itself, where pageScrollTo\'s selector reaches it', async () => {
    const page = await renderPage('pages/about/index', {}, { until: KEY_TEXT['pages/about/index'] })
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
    const page = await renderPage('pages/about/index', {}, { until: '三、活动要求' })
    const item = page.component.querySelectorAll('.notice-toc__item').find((c) => c.dom?.textContent === '三、活动要求')
    if (!item) throw new Error('no 三、活动要求 in the table of contents')
    item.dispatchEvent('tap')
    await waitFor(() => pageScrollTo.mock.calls.length > 0, 'wx.pageScrollTo to be called')
    expect(pageScrollTo).toHaveBeenCalledTimes(1)
    expect(pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#notice-section-requirements' }))
  })
})

describe('page parameters', () => {
  test('主办单位 with id=amr lists its activities and its events', async () => {
    const want = ['省市场监管局', '主要活动（13项）', '开展“计量服务中小企业行”活动。', '电梯安全宣传周']
    const page = await renderPage('packages/about/organiser/index', { id: 'amr' }, { until: want })
    const text = page.text()
    expect(text).toContain('省市场监管局')
    expect(text).toContain('主要活动（13项）')
    expect(text).toContain('开展“计量服务中小企业行”活动。')
    expect(text).toContain('电梯安全宣传周')
    expect(text).not.toContain('没有找到这个主办单位')
  })

  test('主办单位 with an unknown id says so and lists the 19 organisers', async () => {
    const page = await renderPage('packages/about/organiser/index', { id: 'nowhere' }, { until: ['“nowhere”不是附件1中主办单位的编号', '十九、省供销合作联社'] })
    expect(page.text()).toContain('“nowhere”不是附件1中主办单位的编号')
    expect(page.text()).toContain('十九、省供销合作联社')
  })

  test('搜索 with q=电梯 (URL-encoded, as navigateTo passes it) shows 电梯安全宣传周 marked', async () => {
    const page = await renderPage('packages/about/search/index', { q: encodeURIComponent('电梯') }, { until: ['电梯安全宣传周', /找到\d+条结果/] })
    expect(page.text()).toContain('电梯安全宣传周')
    expect(page.text()).toMatch(/找到\d+条结果/)
    const marks = page.root.querySelectorAll('[class~="main--search-mark"], .search-mark')
    expect(marks.length).toBeGreaterThan(0)
  })

  test('口号 with id=s5 highlights slogan 5; its share button titles the card with it', async () => {
    const page = await renderPage('packages/campaign/slogans/index', { id: 's5' }, { until: '您打开的口号' })
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
    const page = await renderPage('packages/campaign/slogans/index', { id: 's99' }, { until: '没有找到链接中的口号“s99”，以下是全部16条口号。' })
    expect(page.text()).toContain('没有找到链接中的口号“s99”，以下是全部16条口号。')
    for (const s of SLOGANS) expect(page.text()).toContain(s)
    expect(page.text()).not.toContain('您打开的口号')
  })

  // Last on purpose: `now` sets the app clock, which stays set for pages rendered later in
  // this file (as it would in WeChat).
  test('首页 with now=2021-09-14 shows the day of the campaign (Taro useRouter reads `now`)', async () => {
    const page = await renderPage('pages/home/index', { now: '2021-09-14' }, { until: '第14天（共30天），还剩16天' })
    expect(page.text()).toContain('第14天（共30天），还剩16天')
  })
})

describe('首页 rotating slogans', () => {
  // The carousel also advances by itself every 5 s (real time). Each test reads where it is
  // and acts in the same turn of the event loop, so a tick cannot come in between; the act
  // resets the timer.
  const AT = /第(\d+)条，共16条/
  const position = (text: string) => Number(AT.exec(text)?.[1])

  test('stepping the carousel updates only its CustomWrapper, not the whole page', async () => {
    const page = await renderPage('pages/home/index', {}, { until: [AT, '（自动播放中）'] })
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'pages/home/index.json'), 'utf8')) as { usingComponents?: Record<string, string> }
    expect(Object.keys(json.usingComponents ?? {})).toContain('custom-wrapper')
    const pageSetData = jest.spyOn(page.instance, 'setData')
    const wrapper = page.component.querySelector('#slogan-carousel')
    expect(wrapper).toBeTruthy()
    const next = wrapper!.querySelectorAll('.slogan-carousel__button')
    expect(next.length).toBe(3)
    const at = position(page.text()) // 1 unless the machine stalled for 5 s
    next[2].dispatchEvent('tap')
    const want = `第${at + 1}条，共16条（自动播放中）：${SLOGANS[at]}`
    await page.waitForText(want)
    expect(page.text()).toContain(want)
    expect(pageSetData).not.toHaveBeenCalled()
  }, 20_000)

  test('stops when the page is hidden (onHide) and plays again on show', async () => {
    const page = await renderPage('pages/home/index', {}, { until: [AT, '（自动播放中）'] })
    expect(page.text()).toContain('（自动播放中）')
    const at = position(page.text())
    ;(page.instance.onHide as () => void).call(page.instance)
    const stopped = `第${at}条，共16条：${SLOGANS[at - 1]}`
    await page.waitForText(stopped)
    expect(page.text()).toContain(stopped)
    expect(page.text()).not.toContain('自动播放中')
    page.instance.onShow!.call(page.instance)
    await page.waitForText('（自动播放中）')
    expect(page.text()).toContain('（自动播放中）')
  }, 20_000)
})
