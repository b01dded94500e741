/**
 * Names, roles and states reach WeChat's screen reader (issue 25 part 1; config/weapp-aria.js,
 * config/weapp-templates.js, docs/accessibility.md "小程序：角色与名称").
 *
 * Every page of the weapp build (and the states that show more controls: filters open, search
 * results, a quiz question answered, the draft's error summary, the privacy sheet…) is rendered
 * in WeChat's simulator. For every node that has a `role` or an `aria-*` prop in the Taro DOM —
 * what the same React code renders on H5 — the WXML node Taro draws must carry the same value
 * as `aria-role` / `aria-*`.
 *
 * How it is checked: the simulator's exparser drops attributes a component does not declare
 * (tried: an `aria-label` written into base.wxml's view template does not show on the rendered
 * <wx-view>, nor in its exparser node's attributes), so the rendered attribute cannot be read
 * back here. Instead the test reads what WXML is given: the page's data (Taro's copy of its DOM,
 * each node's props under the short aliases p0, p1… of Taro's runtime component table) and
 * base.wxml's template for each node (the one utils.wxs picks, as tests/weapp/templates.weapp.test.ts
 * does), whose `aria-x="{{i.pN}}"` says which data it renders. The node itself must be on screen
 * in the simulator (its data-sid) as the template's element (<wx-view>, <wx-button>…).
 * The props come from the data through the runtime table of this build (Taro's weapp table with
 * config/weapp-aria.js merged, as config/weapp-aria-runtime.js does in the app); a prop the
 * runtime does not alias stays under its own name (role, ariaLabel) and no template reads it.
 *
 * The file ends by printing the parity table: per page and state, the controls (nodes with a
 * role), those named on H5 (a role and a name: aria-label, aria-labelledby or text) and those
 * named on weapp (aria-role and a name rendered), and every role/aria prop against those carried.
 */
// Installs `wx` (the shim's later require gets the same module), for the privacy stubs below to
// be in place before the app launches. (require, not import: its .d.ts would pull in global wx
// typings that break `require.resolve` elsewhere.)
// eslint-disable-next-line import/no-commonjs, import/newline-after-import
require('miniprogram-simulate')
import { execFileSync } from 'node:child_process'
import fs from 'fs'
import path from 'path'
import { KEY_TEXT } from './key-text'
import { DIST, launchApp, listPages, renderPage, textOf, unloadAllPages, type RenderedPage } from './shim'

type TaroNode = { nn?: string; sid?: string; v?: string; cn?: TaroNode[] } & Record<string, unknown>
type Alias = Record<string, Record<string, string>>

const ROOT = path.resolve(__dirname, '../..')

/**
 * Taro's runtime component table for this build, as aliases: component → prop (camelCase) → pN,
 * and `_num` its node name. Taro's weapp platform, then config/weapp-templates.js's patch, in
 * plain Node (the build's own code: jest would transform Taro's packages).
 */
function runtimeAliases(): Alias {
  const code = `
    const helper = require('@tarojs/helper')
    const { getComponentsAlias } = require('@tarojs/shared')
    const { Weapp } = require('@tarojs/plugin-platform-weapp/dist/index.js')
    const ctx = { helper, paths: { appPath: process.cwd() }, modifyWebpackChain() {} }
    const weapp = new Weapp(ctx, { compiler: 'webpack5' }, {})
    weapp.modifyTemplate({})
    require('./config/weapp-templates.js').patchTemplate(weapp.template, ctx)
    console.log(JSON.stringify(getComponentsAlias(weapp.template.internalComponents)))`
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' })) as Alias
}

const ALIAS = runtimeAliases()
/** Node name (`nn`) → component name (view, static-view, button…). */
const COMPONENT = new Map(Object.entries(ALIAS).map(([name, a]) => [a._num, name]))
/** Component → alias → prop name. */
const PROP_OF = new Map(Object.entries(ALIAS).map(([name, a]) => [name, new Map(Object.entries(a).filter(([k]) => k !== '_num').map(([k, v]) => [v, k]))]))

const BASE = fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8')
/** Each template's element: its tag and attributes (name → value as written). */
const TEMPLATES = new Map([...BASE.matchAll(/<template name="([^"]+)">\s*<([\w-]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)].map((m) => [
  m[1], { tag: m[2], attrs: new Map([...m[3].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])) }
]))

/** utils.wxs: the levelled and nested aliases and the level of the container. */
const WXS = fs.readFileSync(path.join(DIST, 'utils.wxs'), 'utf8')
const wxsList = (name: string) => JSON.parse(new RegExp(`var ${name} = (\\[[^\\]]*\\])`).exec(WXS)![1]) as string[]
const LEVELLED = wxsList('a')
const NESTED = wxsList('b')
const CONTAINER = Number(/if \(l >= (\d+)\) \{\s*return 'tmpl_\d+_container'/.exec(WXS)![1])

/** utils.wxs `a`: the template a node of alias `nn` uses at depth `depth`; input/textarea's focus/blur variant. */
function templateOf(node: TaroNode, depth: number, nestPath: string): string {
  const nn = String(node.nn)
  let level = LEVELLED.includes(nn) ? depth : 0
  if (NESTED.includes(nn)) level = nestPath.split(',').filter((x) => x === nn).length
  const name = level >= CONTAINER ? `tmpl_${CONTAINER}_container` : `tmpl_${level}_${nn}`
  // Input and Textarea: a template that picks tmpl_0_<nn>_focus or _blur (utils.wxs `c`).
  return TEMPLATES.get(name)?.tag === 'template' ? `${name}_${node.focus !== undefined ? 'focus' : 'blur'}` : name
}
const nestPathFor = (nestPath: string, nn: string) => (NESTED.includes(nn) ? (nestPath ? `${nestPath},${nn}` : nn) : nestPath)

/** A node's text (its #text descendants), as a screen reader would read it without a label. */
const textIn = (node: TaroNode): string => (node.v !== undefined ? String(node.v) : (node.cn ?? []).map(textIn).join('')).trim()

/** role → aria-role (WeChat's name); ariaLabelledby → aria-labelledby. */
const wxmlName = (prop: string) => (prop === 'role' ? 'aria-role' : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))

interface Row { where: string; controls: number; namedH5: number; namedWeapp: number; props: number; carried: number }
const rows: Row[] = []
/** Per component, the role/aria attributes some node set (to report those no walked state uses). */
const used = new Map<string, Set<string>>()

/** Every role/aria prop of the page's nodes against what its template renders; the problems found. */
function check(page: RenderedPage, where: string): string[] {
  const root = (page.instance as unknown as { data: { root: TaroNode } }).data.root
  const problems: string[] = []
  const row: Row = { where, controls: 0, namedH5: 0, namedWeapp: 0, props: 0, carried: 0 }
  const walk = (node: TaroNode, depth: number, nestPath: string, at: string) => {
    (node.cn ?? []).forEach((child, i) => {
      const nn = String(child.nn)
      const component = COMPONENT.get(nn) ?? nn
      const here = `${at} > ${component}[${i}]`
      if (component === 'custom-wrapper') {
        // custom-wrapper.wxml starts its children again at level 0 (tmpl_0_<alias>).
        walk(child, 0, '', here)
        return
      }
      const props = new Map<string, unknown>()
      for (const [key, value] of Object.entries(child)) {
        const prop = PROP_OF.get(component)?.get(key) ?? key
        if (prop === 'role' || /^aria[A-Z]/.test(prop)) props.set(prop, value)
      }
      if (props.size) {
        const name = templateOf(child, depth, nestPath)
        const template = TEMPLATES.get(name)
        const shown = page.root.querySelector(`[data-sid="${String(child.sid)}"]`)
        if (!template) problems.push(`${where}${here}: base.wxml has no ${name}`)
        else if (shown?.tagName.toLowerCase() !== `wx-${template.tag}`) problems.push(`${where}${here}: not on screen as <wx-${template.tag}> (${shown ? shown.tagName : 'no element'} with data-sid ${String(child.sid)})`)
        /** What WXML gets for attribute `attr` of this node ('' when the template does not have it or the node leaves it unset). */
        const rendered = (attr: string): string | null => {
          const expr = template?.attrs.get(attr)
          if (expr === undefined) return null
          const m = /^\{\{i\.(\w+)\}\}$/.exec(expr)
          if (!m) return `(${expr})`
          const v = child[m[1]]
          return v === undefined || v === null ? '' : String(v)
        }
        for (const [prop, value] of props) {
          row.props++
          const attr = wxmlName(prop)
          if (!used.has(component)) used.set(component, new Set())
          used.get(component)!.add(attr)
          const out = rendered(attr)
          if (out === String(value)) row.carried++
          else problems.push(`${where}${here} (${name}): ${prop}="${String(value)}" on H5, WXML ${out === null ? `has no ${attr}` : `renders ${attr}="${out}"`}`)
        }
        if (props.has('role')) {
          row.controls++
          const text = textIn(child)
          if (props.has('ariaLabel') || props.has('ariaLabelledby') || text) row.namedH5++
          if (rendered('aria-role') && (rendered('aria-label') || rendered('aria-labelledby') || text)) row.namedWeapp++
        }
      }
      walk(child, depth + 1, nestPathFor(nestPath, nn), here)
    })
  }
  walk(root, 0, '', '')
  rows.push(row)
  return problems
}

/** Taps the first element matching `selector` whose text contains `text`, once the page shows it. */
async function tap(page: RenderedPage, selector: string, text: string): Promise<void> {
  const find = () => page.component.querySelectorAll(selector).find((el) => textOf(el.dom).includes(text))
  await page.waitFor(() => find() !== undefined, `a ${selector} with "${text}"`)
  find()!.dispatchEvent('tap')
}

// The privacy sheet (a dialog, aria-modal) shows when WeChat holds a privacy API for consent:
// setClipboardData waits for the app's onNeedPrivacyAuthorization listener here.
type PrivacyListener = (resolve: (answer: { event: string }) => void, info: { referrer: string }) => void
let privacyListener: PrivacyListener | null = null

const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
wx.onNeedPrivacyAuthorization = (fn: PrivacyListener) => { privacyListener = fn }
wx.setClipboardData = () => privacyListener?.(() => undefined, { referrer: 'setClipboardData' })

// The poster (a dialog with a Canvas named as an image) draws on a Canvas 2D node that the
// simulator lacks: a stand-in node whose context accepts every call, and its export.
function context2d(): Record<string, unknown> {
  const target: Record<string, unknown> = { measureText: (t: string) => ({ width: Array.from(String(t)).length * 20 }) }
  return new Proxy(target, { get: (t, k: string) => (k in t ? t[k] : () => undefined) })
}
const posterCanvas = { width: 0, height: 0, getContext: () => context2d() }
wx.createSelectorQuery = () => {
  let selector = ''
  const query: Record<string, unknown> = {
    in: () => query,
    select: (s: string) => { selector = s; return query },
    fields: () => query,
    node: () => query,
    exec: (cb?: (res: unknown[]) => void) => { void Promise.resolve().then(() => cb?.([selector === '#poster' ? { node: posterCanvas, width: 375, height: 667 } : null])) }
  }
  return query
}
wx.canvasToTempFilePath = (opts: { success?: (r: unknown) => void }) => opts.success?.({ errMsg: 'canvasToTempFilePath:ok', tempFilePath: 'wxfile://tmp/poster.png' })

beforeAll(() => {
  launchApp()
})
afterEach(unloadAllPages)

test('the table the test reads props through is this build\'s: every role/aria attribute of base.wxml reads the alias it gives', () => {
  // A build older than config/weapp-aria.js (or made from other sources) would make every
  // comparison below meaningless: rebuild.
  const wrong: string[] = []
  let seen = 0
  for (const [name, t] of TEMPLATES) {
    const m = /^tmpl_0_(\w+?)(?:_(?:focus|blur))?$/.exec(name)
    const component = m ? COMPONENT.get(m[1]) : undefined
    if (!component) continue
    for (const [attr, expr] of t.attrs) {
      if (!attr.startsWith('aria-')) continue
      seen++
      const prop = attr === 'aria-role' ? 'role' : attr.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
      if (expr !== `{{i.${ALIAS[component]?.[prop]}}}`) wrong.push(`${name} (${component}) ${attr}="${expr}", the table's alias is ${ALIAS[component]?.[prop]}`)
    }
  }
  expect(seen).toBeGreaterThan(0)
  expect(wrong).toEqual([])
})

test.each(listPages())('%s: every role and aria-* prop reaches WXML', async (pagePath) => {
  const page = await renderPage(pagePath, {}, { until: KEY_TEXT[pagePath] ?? [] })
  expect(check(page, pagePath)).toEqual([])
})

describe('states with more controls', () => {
  test('活动: filters open (aria-expanded, aria-pressed), then the list', async () => {
    const page = await renderPage('pages/events/index', { now: '2021-09-14' }, { until: '2021年9月' })
    await tap(page, '.filter__toggle', '筛选')
    await page.waitForText('收起筛选')
    expect(check(page, 'events, filters open')).toEqual([])
    await tap(page, '.events__view', '列表')
    await page.waitFor(() => page.component.querySelector('.event-list') !== undefined, 'the events as a list')
    expect(check(page, 'events, list')).toEqual([])
  })

  test('搜索 with results', async () => {
    const page = await renderPage('packages/about/search/index', { q: encodeURIComponent('电梯') }, { until: /找到\d+条结果/ })
    expect(check(page, 'search results')).toEqual([])
  })

  test('每日一练: a question, an option chosen (aria-pressed), then answered (aria-disabled)', async () => {
    const page = await renderPage('packages/quiz/daily/index', { now: '2021-09-14' }, { until: '开始每日一练' })
    await tap(page, '.hq-button', '开始每日一练')
    await page.waitForText('第1题，共10题')
    await tap(page, '.quiz-option', 'A.')
    await page.waitFor(() => textOf(page.component.querySelector('.quiz-option')?.dom).trim().startsWith('●'), 'option A shown as chosen')
    expect(check(page, 'quiz, option chosen')).toEqual([])
    await tap(page, '.hq-button', '提交答案')
    await page.waitForText(/回答(正确|错误)/)
    expect(check(page, 'quiz, answered')).toEqual([])
  })

  test('投诉举报草稿: 生成文本并复制 with nothing filled in shows the error summary (role alert)', async () => {
    const page = await renderPage('packages/complaints/draft/index', { now: '2021-09-14' }, { until: '生成文本并复制' })
    await tap(page, '.hq-button', '清空')
    // 清空 asks first (WeChat's modal, answered by the simulator a moment later): wait until it
    // has cleared, or the clearing would land after the summary and take it away.
    await page.waitForText('已清空')
    await tap(page, '.hq-button', '生成文本并复制')
    await page.waitFor(() => page.component.querySelector('.draft__summary') !== undefined, 'the error summary')
    expect(check(page, 'draft, errors')).toEqual([])
  })

  test('投诉举报: 我该找谁？ at its second question (a group of answers), and the privacy sheet (dialog, aria-modal)', async () => {
    const page = await renderPage('pages/complaints/index', {}, { until: '我该找谁？' })
    expect(page.text()).not.toContain('第2问')
    await tap(page, '.guide__answer', '')
    await page.waitForText('第2问')
    await tap(page, '.hq-button', '复制网址')
    await page.waitForText('需要您同意隐私保护指引')
    expect(check(page, 'complaints, privacy sheet')).toEqual([])
  })

  test('口号: the poster sheet (dialog, aria-modal; the Canvas named as an image)', async () => {
    const page = await renderPage('packages/campaign/slogans/index', {}, { until: '2021年“质量月”活动口号' })
    await tap(page, '.slogan-item__action', '生成海报')
    await page.waitForText('口号海报')
    await page.waitForNoText('正在生成海报…')
    expect(check(page, 'slogans, poster')).toEqual([])
  })
})

afterAll(() => {
  if (!rows.length) return
  const head = ['page / state', 'controls (role)', 'named on H5', 'named on weapp', 'role/aria props', 'carried on weapp']
  const lines = rows.map((r) => [r.where, r.controls, r.namedH5, r.namedWeapp, r.props, r.carried].map(String))
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')
  // What the templates carry that no node set in the states walked here (candidates to drop,
  // unless a state not walked here sets them: e.g. the poster's dialog and canvas).
  const unused = [...TEMPLATES.entries()].filter(([name]) => /^tmpl_0_/.test(name)).flatMap(([name, t]) => {
    const component = COMPONENT.get(name.replace(/^tmpl_0_|_(focus|blur)$/g, '')) ?? name
    return [...t.attrs.keys()].filter((a) => a.startsWith('aria-') && !used.get(component)?.has(a)).map((a) => `${component} ${a}`)
  })
  // eslint-disable-next-line no-console
  console.log(['weapp ARIA parity', fmt(head), ...lines.map(fmt), '', `carried, but set by no node above: ${[...new Set(unused)].join(', ') || 'none'}`].join('\n'))
})
