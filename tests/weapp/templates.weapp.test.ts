/**
 * base.wxml holds what every rendered node needs (config/weapp-templates.js, `mini.baseLevel`
 * in config/index.ts).
 *
 * Taro renders a page by looking each node up in base.wxml: template `tmpl_<level>_<alias>`,
 * chosen by utils.wxs from the node's alias (`nn`) and how deep it sits. To keep the main
 * package small, the build leaves out templates of components this app never renders and
 * stops the levels at `baseLevel`; a node past the last level is handed to Taro's `comp`
 * component, a native custom component (slower to update, and page-level selector queries do
 * not see into it). This test renders every page of app.json and walks the node tree Taro
 * hands to WXML, exactly as utils.wxs would: each node's template must exist, and no node may
 * need `comp`. When it fails, raise `mini.baseLevel` or stop leaving that component out
 * (or raise its nesting limit: NEST_LIMITS in config/weapp-templates.js).
 *
 * Besides each page as it opens, the states that nest deepest: the 活动 tab's filters open
 * and its list, search results (a marked match is a Text inside a result's Text), the quiz
 * with a question on screen. Every walk also requires one template level to spare, and the
 * file ends by printing how deep the deepest node of all is.
 */
import fs from 'fs'
import path from 'path'
import { KEY_TEXT } from './key-text'
import { DIST, launchApp, listPages, renderPage, textOf, unloadAllPages, type RenderedPage } from './shim'

type TaroNode = { nn?: string; cn?: TaroNode[] }

const read = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8')

/** utils.wxs `a`: its two alias lists and the level at which it returns the container. */
function wxsRules() {
  const wxs = read('utils.wxs')
  const list = (name: string) => {
    const m = new RegExp(`var ${name} = (\\[[^\\]]*\\])`).exec(wxs)
    if (!m) throw new Error(`utils.wxs: no list ${name}`)
    return JSON.parse(m[1]) as string[]
  }
  const last = /if \(l >= (\d+)\) \{\s*return 'tmpl_\d+_container'/.exec(wxs)
  if (!last) throw new Error('utils.wxs: no container level')
  return { levelled: list('a'), nested: list('b'), containerLevel: Number(last[1]) }
}

/** The alias of static-text, Taro's Text without events: the one template drawing a <text>. */
const TEXT_ALIAS = /<template name="tmpl_0_(\w+)">\s*<text\b/.exec(read('base.wxml'))?.[1] ?? 'no text template'
const TEMPLATES = new Set([...read('base.wxml').matchAll(/<template name="([^"]+)"/g)].map((m) => m[1]))
const RULES = wxsRules()

/** utils.wxs `a(l, n, s)`: the template name for a node of alias `n` at depth `l`. */
function templateFor(depth: number, alias: string, nestPath: string): string {
  let level = RULES.levelled.includes(alias) ? depth : 0
  if (RULES.nested.includes(alias)) level = nestPath.split(',').filter((x) => x === alias).length
  return level >= RULES.containerLevel ? `tmpl_${RULES.containerLevel}_container` : `tmpl_${level}_${alias}`
}

/** utils.wxs `f(l, n)`: the path of nested aliases passed down to the children. */
const nestPathFor = (nestPath: string, alias: string) =>
  RULES.nested.includes(alias) ? (nestPath ? `${nestPath},${alias}` : alias) : nestPath

/** The deepest template level any page or state reached, and where (filled as the tests run). */
const deepest = { level: -1, where: '' }

/** The template level a node is drawn with: `tmpl_<level>_…` (utils.wxs rules). */
const levelOf = (name: string) => Number(/^tmpl_(\d+)_/.exec(name)?.[1])

/** Every problem under `node`: a template base.wxml lacks, or a node that needs `comp`. */
function problems(node: TaroNode, depth: number, nestPath: string, where: string): string[] {
  return (node.cn ?? []).flatMap((child, i) => {
    const alias = String(child.nn)
    const at = `${where} > ${alias}[${i}]`
    if (alias === 'custom-wrapper') {
      // custom-wrapper.wxml starts its children again at level 0 (tmpl_0_<alias>, c = 1).
      return (child.cn ?? []).flatMap((inner, j) => {
        const name = `tmpl_0_${inner.nn}`
        const own = TEMPLATES.has(name) ? [] : [`${at} > ${inner.nn}[${j}]: base.wxml has no ${name}`]
        return [...own, ...problems(inner, 1, nestPathFor('', String(inner.nn)), `${at} > ${inner.nn}[${j}]`)]
      })
    }
    const name = templateFor(depth, alias, nestPath)
    if (!name.endsWith('_container') && levelOf(name) > deepest.level) Object.assign(deepest, { level: levelOf(name), where: at })
    const own = name.endsWith('_container')
      ? [`${at}: level ${depth} is past the last template level (mini.baseLevel): it would render through comp`]
      : !TEMPLATES.has(name) ? [`${at}: base.wxml has no ${name}`]
        : levelOf(name) >= RULES.containerLevel - 1 ? [`${at}: drawn at the last template level (${levelOf(name)}), none left to spare (raise mini.baseLevel)`] : []
    return [...own, ...problems(child, depth + 1, nestPathFor(nestPath, alias), at)]
  })
}

/** The node tree Taro hands to WXML for a rendered page. */
const rootOf = (page: RenderedPage) => (page.instance as unknown as { data: { root: TaroNode } }).data.root

/**
 * Taps the first element matching `selector` whose text contains `text`, once the page shows
 * it (the tap's result comes later: the caller waits for what it expects next).
 */
async function tap(page: RenderedPage, selector: string, text: string): Promise<void> {
  const find = () => page.component.querySelectorAll(selector).find((el) => textOf(el.dom).includes(text))
  await page.waitFor(() => find() !== undefined, `a ${selector} with "${text}"`)
  find()!.dispatchEvent('tap')
}

/** How many nodes of `alias` sit inside another node of the same alias (utils.wxs `b` nesting). */
function nestedCount(node: TaroNode, alias: string, inside = false): number {
  return (node.cn ?? []).reduce((n, child) => {
    const same = String(child.nn) === alias
    return n + (same && inside ? 1 : 0) + nestedCount(child, alias, inside || same)
  }, 0)
}

beforeAll(() => {
  launchApp()
})
afterEach(() => unloadAllPages())

test.each(listPages())('%s: every node has its template in base.wxml, none past the last level', async (page) => {
  // The page with its content (its key texts, pages.weapp.test.ts), not only its first paint.
  const rendered = await renderPage(page, {}, { until: KEY_TEXT[page] ?? [] })
  const root = rootOf(rendered)
  expect(root.cn?.length).toBeGreaterThan(0)
  expect(problems(root, 0, '', page)).toEqual([])
})

test('活动 with the filters open, then as a list: every node has its template', async () => {
  const page = await renderPage('pages/events/index', { now: '2021-09-14' }, { until: '2021年9月' })
  await tap(page, '.filter__toggle', '筛选')
  await page.waitForText('收起筛选')
  expect(page.text()).toContain('收起筛选')
  expect(problems(rootOf(page), 0, '', 'events, filters open')).toEqual([])
  await tap(page, '.events__view', '列表')
  await page.waitFor(() => page.component.querySelector('.event-list') !== undefined, 'the events as a list (.event-list)')
  expect(problems(rootOf(page), 0, '', 'events, list')).toEqual([])
})

test('搜索 with results: a marked match (Text in Text) has its template', async () => {
  const page = await renderPage('packages/about/search/index', { q: encodeURIComponent('电梯') }, { until: /找到\d+条结果/ })
  expect(page.text()).toMatch(/找到\d+条结果/)
  expect(nestedCount(rootOf(page), TEXT_ALIAS)).toBeGreaterThan(0)
  expect(problems(rootOf(page), 0, '', 'search results')).toEqual([])
})

test('每日一练 with a question on screen: every node has its template', async () => {
  const page = await renderPage('packages/quiz/daily/index', { now: '2021-09-14' }, { until: '开始每日一练' })
  await tap(page, '.hq-button', '开始每日一练')
  await page.waitForText('第1题，共10题')
  expect(page.text()).toContain('第1题，共10题')
  expect(problems(rootOf(page), 0, '', 'quiz question')).toEqual([])
})

// What the walks above found (each test already fails if a node takes the last level).
afterAll(() => {
  if (deepest.level < 0) return
  // eslint-disable-next-line no-console
  console.log(`deepest template level: ${deepest.level} (last before comp: ${RULES.containerLevel - 1}) at ${deepest.where}`)
})
