/**
 * Issue 24 item 7: small screens and large text. At 320 px wide, and at 375 px in 大字模式,
 * every page of the app (the 4 tabs and every sub-page of src/routes.ts), on a day of the
 * campaign and years after it:
 *   (a) no text is cut to "…" (text-overflow: ellipsis or a line clamp whose content overflows);
 *   (b) no date, number, count, hotline, phone number or time is split across lines
 *       ("2021年9 / 月", "我的关注 / （0）", "123 / 15");
 *   (c) nothing sticks out sideways: no box scrolls horizontally, no text is cut off at a side.
 * Each failure names the page, the size and the offending text. Chinese is laid out one em per
 * character, as on a phone, with a stand-in font (support/cjk-font.ts): the machine has none.
 */
import { type App, withApp } from './support/app'
import { hanWidth, useCjkTestFont } from './support/cjk-font'

const e2e = withApp()

type Size = { name: string; width: number; height: number; large: boolean }
const SIZES: Size[] = [
  { name: '320 px', width: 320, height: 640, large: false },
  { name: '375 px 大字模式', width: 375, height: 812, large: true }
]
const DAYS = ['2021-09-14', '2026-12-07']

/** A page to check: its address, the texts that say its content has arrived, and an optional step into a state (`what`). */
type Stop = { path: string; ready: Array<string | RegExp>; what?: string; then?: (app: App) => Promise<void> }
const STOPS: Stop[] = [
  { path: 'pages/home/index', ready: ['活动口号（共16条）', '知识问答'] },
  { path: 'pages/events/index', ready: ['共12项活动', '查看详情 ›'] },
  {
    path: 'pages/events/index',
    ready: ['共12项活动'],
    what: '列表',
    // The list view: the calendar tab's other layout.
    then: async (app) => {
      await app.page.locator('.taro_page:visible').last().getByRole('tab', { name: '列表' }).click()
      await app.page.locator('.taro_page:visible').last().getByRole('tab', { name: '列表', selected: true }).waitFor()
    }
  },
  { path: 'pages/complaints/index', ready: ['我该找谁？', '写投诉或举报草稿'] },
  {
    path: 'pages/complaints/index',
    ready: ['我该找谁？'],
    what: '我该找谁？ answered',
    // 我该找谁？ answered: the outcome with its channel and sources.
    then: async (app) => {
      await app.tap(/^商家/)
      await app.tap(/^解决我和商家之间的纠纷/)
      await app.page.locator('.taro_page:visible').last().getByTestId('guide-outcome').waitFor()
    }
  },
  { path: 'pages/about/index', ready: ['此件主动公开', '往届：历年质量月活动'] },
  { path: 'packages/events/detail/index?id=quality-month', ready: ['查看全部活动（活动日历）'] },
  { path: 'packages/events/detail/index?id=service-cert-week', ready: ['查看全部活动（活动日历）'] },
  { path: 'packages/events/detail/index?id=open-day', ready: ['查看全部活动（活动日历）'] },
  { path: 'packages/events/detail/index?id=hangzhou-conference', ready: ['查看全部活动（活动日历）'] },
  { path: 'packages/complaints/draft/index', ready: ['生成文本并复制'] },
  {
    path: 'packages/complaints/draft/index',
    ready: ['生成文本并复制'],
    what: 'the generated text',
    // The generated complaint: the user's date, amount and phone number in running text.
    then: async (app) => {
      const view = app.page.locator('.taro_page:visible').last()
      const fields: Array<[string, string]> = [
        ['商家名称', '某某超市'], ['商家地址', '海口市龙华区某某路1号'], ['发生了什么', '在某某超市买的牛奶打开发现已经变质，找店员要求退货被拒绝，店长说要等到2021年9月30日以后的10个工作日内再处理，涉及金额128.50元。'],
        ['发生日期', '2021-09-12'], ['涉及金额（元）', '128'], ['您的请求', '退货并退款'], ['您的姓名', '王女士'], ['您的电话', '13800138000'],
        ['您的地址', '海口市美兰区某某小区3栋']
      ]
      for (const [label, value] of fields) await view.getByLabel(label, { exact: true }).fill(value)
      await app.tap('生成文本并复制')
      await view.getByTestId('draft-result').waitFor()
    }
  },
  { path: 'packages/about/organiser/index?id=amr', ready: ['主要活动（13项）'] },
  { path: 'packages/about/organiser/index?id=pbc-haikou', ready: ['主要活动'] },
  { path: 'packages/about/search/index?q=12315', ready: ['找到'] },
  { path: 'packages/about/search/index?q=电话', ready: ['找到'] },
  { path: 'packages/about/app-info/index', ready: ['本机保存的内容'] },
  { path: 'packages/about/not-found/index', ready: ['回到首页'] },
  { path: 'packages/campaign/slogans/index', ready: ['个个树立质量意识 人人创造中国质量'] },
  { path: 'packages/quiz/daily/index', ready: ['成绩只保存在这台手机上'] },
  {
    path: 'packages/quiz/daily/index',
    ready: ['开始每日一练'],
    what: 'a question',
    // A question on screen: the stem, the options and the progress count.
    then: async (app) => {
      await app.tap('开始每日一练')
      await app.page.locator('.taro_page:visible .quiz-option').first().waitFor()
    }
  },
  {
    path: 'packages/quiz/daily/index',
    // The round the stop above started is kept and resumes (issue 24 item 2); a fresh start page is fine too.
    ready: [/第1题，共10题|开始每日一练/],
    what: 'the results',
    // The results: the score and the list of missed questions, with their counts.
    then: async (app) => {
      const view = app.page.locator('.taro_page:visible').last()
      if (await view.getByText('开始每日一练', { exact: true }).count()) await app.tap('开始每日一练')
      for (let i = 1; i <= 10; i++) {
        await app.waitForText(`第${i}题，共10题`)
        await view.locator('.quiz-option').first().click()
        await app.tap('提交答案')
        await app.waitForText(/回答(正确|错误)/)
        await app.tap(i === 10 ? '查看成绩' : '下一题')
      }
      await app.waitForText(/答对\d+题，共10题/)
    }
  },
  { path: 'packages/archive/list/index', ready: ['往届'] },
  { path: 'packages/archive/edition/index?edition=2021', ready: ['活动（12项）'] },
  { path: 'packages/archive/edition/index', ready: ['查看往届列表'] }
]

/**
 * Texts that must stay on one line, as regular-expression sources (run in the page).
 * Dates, counts with their label, numbers with their measure word, hotlines and phone
 * numbers, times, a document number; URLs and e-mail addresses are left out (a long address
 * has to break somewhere).
 */
const ONE_LINE = [
  '\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?',
  '\\d{1,2}月\\d{1,2}日',
  // A count (（12项）), and a short label with its count as a whole: 我的关注（0）, 活动日历（1）.
  '[（(]\\d+[^）)\\s]{0,2}[）)]',
  '^\\S{1,6}[（(]\\d+[^）)\\s]{0,2}[）)]$',
  '[共第剩]?\\d+(?:\\.\\d+)?(?:\\/\\d+)?[项条道天个题字元号周届]',
  '〔\\d{4}〕\\d+号',
  '\\d{3,4}[-－]\\d{7,8}',
  '\\d{1,2}[:：]\\d{2}',
  '\\d+',
  // Words of Latin letters (a bare domain's parts too).
  '[A-Za-z]+'
]

type Finding = string

/** Runs in the page: the problems of the page on top and of the app's own bars. */
function findProblems(oneLine: string[]): Finding[] {
  const found: string[] = []
  const vw = window.innerWidth
  const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => el.getClientRects().length > 0)
  const roots: Element[] = [shown[shown.length - 1], ...Array.from(document.querySelectorAll('#taro-navigation-bar, .hq-tabbar'))]
    .filter((el): el is HTMLElement => !!el)
  /** The element's own class (not Taro's taro-text and the like), to find it in the source. */
  const cls = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !c.startsWith('taro')).join('.')
  const short = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)
  /** Hidden from everyone (the visually-hidden pattern: a 1 px clipped box) or not laid out. */
  const invisible = (el: Element) => {
    const r = el.getBoundingClientRect()
    return r.width <= 1 || r.height <= 1
  }

  for (const root of roots) {
    const elements = [root, ...Array.from(root.querySelectorAll('*'))]
    for (const el of elements) {
      if (invisible(el)) continue
      const cs = getComputedStyle(el)
      // (a) Cut to "…".
      if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) found.push(`cut to …: .${cls(el)} "${short(el.textContent)}"`)
      const clamp = cs.getPropertyValue('-webkit-line-clamp')
      if (clamp && clamp !== 'none' && el.scrollHeight > el.clientHeight + 1) found.push(`line-clamped: .${cls(el)} "${short(el.textContent)}"`)
      // (c) Sideways. A box that scrolls sideways (the page itself included: Taro's page scrolls);
      // text cut off by a box that hides its overflow; anything past the screen's edges. A
      // carousel's slides are meant to be outside their track (swiper).
      const inSwiper = !!el.closest('[class*="swiper"]')
      if (!inSwiper && (cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        found.push(`scrolls sideways (${el.scrollWidth} px in ${el.clientWidth}): .${cls(el)} "${short(el.textContent)}"`)
      }
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim())
      if (!inSwiper && hasText && cs.textOverflow !== 'ellipsis' && cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
        found.push(`cut off inside its box (${el.scrollWidth} px in ${el.clientWidth}): .${cls(el)} "${short(el.textContent)}"`)
      }
      if (!inSwiper && hasText) {
        const r = el.getBoundingClientRect()
        let clip: Element | null = el.parentElement
        while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement
        const edge = clip ? clip.getBoundingClientRect() : { left: 0, right: vw }
        const left = Math.max(edge.left, 0)
        const right = Math.min(edge.right, vw)
        if (r.right > right + 1 || r.left < left - 1) found.push(`cut off at the side (${Math.round(r.left)}–${Math.round(r.right)}, room ${Math.round(left)}–${Math.round(right)}): .${cls(el)} "${short(el.textContent)}"`)
      }
    }

    // (b) Split across lines. Text is read per block (the nearest ancestor that is not inline),
    // so a pattern is found across inline spans too.
    const blocks = new Map<Element, Text[]>()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text
      if (!text.data.trim()) continue
      let block = text.parentElement
      while (block && block !== root && getComputedStyle(block).display.startsWith('inline') && getComputedStyle(block).display !== 'inline-block') block = block.parentElement
      if (!block) continue
      const list = blocks.get(block) ?? []
      list.push(text)
      blocks.set(block, list)
    }
    for (const [block, nodes] of blocks) {
      const whole = nodes.map((t) => t.data).join('')
      // Offsets in `whole` → (node, offset).
      const at = (i: number): [Text, number] => {
        let rest = i
        for (const t of nodes) {
          if (rest <= t.data.length) return [t, rest]
          rest -= t.data.length
        }
        const last = nodes[nodes.length - 1]
        return [last, last.data.length]
      }
      // URLs and e-mail addresses may break anywhere (a long one has to): blank them out,
      // keeping the offsets. A bare domain (sj.mna.net.cn) is checked: it may break at a dot, not inside a word.
      const masked = whole.replace(/https?:\/\/\S+|\S+@\S+/g, (m) => ' '.repeat(m.length))
      const seen = new Set<string>()
      for (const source of oneLine) {
        const re = new RegExp(source, 'gu')
        for (let m = re.exec(masked); m; m = re.exec(masked)) {
          if (!m[0]) {
            re.lastIndex++
            continue
          }
          const key = `${m.index}:${m[0].length}`
          if (seen.has(key)) continue
          seen.add(key)
          const range = document.createRange()
          const [sn, so] = at(m.index)
          const [en, eo] = at(m.index + m[0].length)
          range.setStart(sn, so)
          range.setEnd(en, eo)
          const rects = Array.from(range.getClientRects()).filter((q) => q.width > 0.5).sort((p, q) => p.top - q.top)
          // Lines: boxes that do not overlap vertically.
          let lines = 0
          let bottom = -Infinity
          for (const q of rects) {
            if (q.top >= bottom - 1) {
              lines++
              bottom = q.bottom
            } else bottom = Math.max(bottom, q.bottom)
          }
          if (lines > 1) found.push(`split over ${lines} lines: "${m[0].trim()}" in .${cls(block)} "${short(whole)}"`)
        }
      }
    }
  }
  return Array.from(new Set(found))
}

async function visit(app: App, day: string, stop: Stop): Promise<Finding[]> {
  // A fresh load for each stop (a hash-only change would not reload the page).
  await app.page.goto('about:blank')
  await app.page.goto(`${e2e.env.baseUrl}/?now=${day}#/${stop.path}`)
  await app.waitForRoute(stop.path.split('?')[0])
  for (const t of stop.ready) await app.waitForText(t)
  if (stop.then) await stop.then(app)
  // Laid out with the stand-in font (else a line holds three times the characters it holds on a phone).
  expect(await hanWidth(app.page)).toBeCloseTo(16, 0)
  return app.page.evaluate(findProblems, ONE_LINE)
}

describe.each(DAYS)('on %s', (day) => {
  it.each(SIZES)('at $name, no page cuts text to …, splits a date or count, or scrolls sideways', async (size) => {
    const app = await e2e.open({ now: day, permissions: ['clipboard-read', 'clipboard-write'] })
    await useCjkTestFont(app.page)
    await app.page.setViewportSize({ width: size.width, height: size.height })
    if (size.large) {
      // As the text-size setting stores 大字模式 (tests/e2e/density.e2e.ts).
      await app.page.evaluate(() => localStorage.setItem('hq:display', JSON.stringify({ data: { state: { mode: 'large' }, version: 1 } })))
    }
    const problems: Record<string, Finding[]> = {}
    for (const stop of STOPS) {
      const found = await visit(app, day, stop)
      if (size.large) expect(await app.page.locator('.taro_page:visible [data-text-scale="1.5"]').count()).toBeGreaterThan(0)
      if (found.length) problems[`${stop.path}${stop.what ? ` (${stop.what})` : ''}`] = found
    }
    expect(problems).toEqual({})
    expect(app.errors).toEqual([])
  }, 240_000)
})
