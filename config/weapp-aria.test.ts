/**
 * @jest-environment node
 */
/**
 * The weapp ARIA patch (config/weapp-aria.js, patchTemplate in config/weapp-templates.js) on
 * the installed Taro's weapp template, as the build applies it: which attributes each template
 * gets, `role` written as WeChat's `aria-role`, and the aliases the templates read being the
 * ones Taro's runtime gives the same table. The simulator test (tests/weapp/aria.weapp.test.ts)
 * checks the real build page by page.
 * Taro's packages run in plain Node (a child process): jest would transform them.
 */
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const ARIA = require('./weapp-aria') as Record<string, Record<string, string>>
// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const { VIEW_ARIA } = require('./weapp-templates') as { VIEW_ARIA: Record<string, string[]> }

const ROOT = resolve(__dirname, '..')

/**
 * WeChat's ARIA attributes (developers.weixin.qq.com/miniprogram/dev/component/aria-component.html,
 * base library 2.7.1; aria-role is its name for the role).
 */
const WECHAT_ARIA = new Set(['activedescendant', 'atomic', 'autocomplete', 'busy', 'checked', 'colcount', 'colindex', 'colspan', 'controls',
  'current', 'describedby', 'details', 'disabled', 'dropeffect', 'errormessage', 'expanded', 'flowto', 'grabbed', 'haspopup', 'hidden',
  'invalid', 'keyshortcuts', 'label', 'labelledby', 'level', 'live', 'modal', 'multiline', 'multiselectable', 'orientation', 'owns',
  'placeholder', 'posinset', 'pressed', 'readonly', 'relevant', 'required', 'role', 'roledescription', 'rowcount', 'rowindex', 'rowspan',
  'selected', 'setsize', 'sort', 'valuemax', 'valuemin', 'valuenow', 'valuetext'].map((a) => `aria-${a}`))

type Built = {
  /** Each component's template attributes (name → value as base.wxml writes it). */
  mini: Record<string, Record<string, string>>
  /** Taro's aliases for the same table, as its runtime computes them. */
  alias: Record<string, Record<string, string>>
  /** What a second patch (after the components were built) threw. */
  late: string
}

/** The weapp template, set up as the platform does, patched, and its components built. */
function build(): Built {
  const code = `
    const helper = require('@tarojs/helper')
    const { getComponentsAlias } = require('@tarojs/shared')
    const { Weapp } = require('@tarojs/plugin-platform-weapp/dist/index.js')
    const { patchTemplate } = require('./config/weapp-templates.js')
    const ctx = { helper, paths: { appPath: process.cwd() }, modifyWebpackChain() {} }
    const weapp = new Weapp(ctx, { compiler: 'webpack5' }, {})
    weapp.modifyTemplate({})
    const t = weapp.template
    patchTemplate(t, ctx)
    t.componentsAlias = getComponentsAlias(t.internalComponents)
    t.miniComponents = t.createMiniComponents(t.internalComponents)
    let late = ''
    try { patchTemplate(t, ctx) } catch (e) { late = e.message }
    console.log(JSON.stringify({ mini: t.miniComponents, alias: t.componentsAlias, late }))`
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as Built
}

const built = build()
const ariaOf = (component: string) => Object.keys(built.mini[component] ?? {}).filter((a) => a.startsWith('aria-') || a === 'role').sort()
/** config/weapp-aria.js's attributes of a Taro component, as WXML writes them. */
const wxml = (name: string) => Object.keys(ARIA[name]).map((a) => (a === 'role' ? 'aria-role' : a)).sort()

test('every attribute is one WeChat supports (role as aria-role)', () => {
  const all = Object.keys(ARIA).flatMap((name) => Object.keys(ARIA[name]).map((a) => (a === 'role' ? 'aria-role' : a)))
  expect(all.filter((a) => !WECHAT_ARIA.has(a) && a !== 'aria-role')).toEqual([])
  expect(Object.values(ARIA).flatMap((attrs) => Object.values(attrs)).every((v) => v === '')).toBe(true)
})

test('role is written aria-role, never role', () => {
  for (const component of Object.keys(built.mini)) expect([component, Object.keys(built.mini[component]).includes('role')]).toEqual([component, false])
  expect(ariaOf('button')).toContain('aria-role')
})

test('static-view and view keep only their own ARIA attributes; text, button, input, canvas get the table\'s', () => {
  expect(ariaOf('static-view')).toEqual([...VIEW_ARIA['static-view']].sort())
  expect(ariaOf('view')).toEqual([...VIEW_ARIA.view].sort())
  // pure-view and click-view have no props (a View with one is static-view or view).
  expect(ariaOf('pure-view')).toEqual([])
  expect(ariaOf('click-view')).toEqual([])
  expect(ariaOf('static-text')).toEqual(wxml('Text'))
  expect(ariaOf('button')).toEqual(wxml('Button'))
  expect(ariaOf('input')).toEqual(wxml('Input'))
  expect(ariaOf('canvas')).toEqual(wxml('Canvas'))
})

test('each kind of View keeps only attributes of View\'s table (a name there that is not in the table would be dropped silently)', () => {
  const view = wxml('View')
  expect(Object.values(VIEW_ARIA).flat().filter((a) => !view.includes(a))).toEqual([])
  // Between them, the two kinds carry all of View's table (else the table has one nobody renders).
  expect(view.filter((a) => !Object.values(VIEW_ARIA).flat().includes(a))).toEqual([])
})

test('each template reads the alias Taro\'s runtime gives the prop (role → its alias, aria-label → ariaLabel\'s)', () => {
  const wrong: string[] = []
  for (const component of ['static-view', 'view', 'static-text', 'button', 'input', 'canvas']) {
    for (const attr of ariaOf(component)) {
      const prop = attr === 'aria-role' ? 'role' : attr.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
      const expected = `i.${built.alias[component][prop]}`
      if (built.mini[component][attr] !== expected) wrong.push(`${component} ${attr}: ${built.mini[component][attr]}, expected ${expected}`)
    }
  }
  expect(wrong).toEqual([])
})

test('patching after Taro has built the template\'s components fails loudly (it would change nothing)', () => {
  expect(built.late).toMatch(/before the ARIA patch/)
})
