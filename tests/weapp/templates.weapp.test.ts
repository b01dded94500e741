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
 * need `comp`. When it fails, raise `mini.baseLevel` or stop leaving that component out.
 */
import fs from 'fs'
import path from 'path'
import { DIST, launchApp, listPages, renderPage, unloadAllPages } from './shim'

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
    const own = name.endsWith('_container')
      ? [`${at}: level ${depth} is past the last template level (mini.baseLevel): it would render through comp`]
      : TEMPLATES.has(name) ? [] : [`${at}: base.wxml has no ${name}`]
    return [...own, ...problems(child, depth + 1, nestPathFor(nestPath, alias), at)]
  })
}

beforeAll(() => {
  launchApp()
})
afterEach(() => unloadAllPages())

test.each(listPages())('%s: every node has its template in base.wxml, none past the last level', async (page) => {
  const rendered = await renderPage(page)
  const root = (rendered.instance as unknown as { data: { root: TaroNode } }).data.root
  expect(root.cn?.length).toBeGreaterThan(0)
  expect(problems(root, 0, '', page)).toEqual([])
})
