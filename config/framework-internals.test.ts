/**
 * @jest-environment node
 */
/**
 * Upgrades fail loudly. The build and the simulator tests lean on inner files of the installed
 * Taro 4.2.1 and on private parts of miniprogram-simulate and jest-runtime, which a newer
 * version may move or change without notice: a stand-in would then match nothing (and Taro's
 * module be bundled again, silently), base.wxml grow, or the simulator tests fail somewhere
 * far from the cause. Each check below reads the INSTALLED packages in node_modules and, when
 * something is gone, names the file and what is missing.
 *
 * The tables are the ones the build uses (config/h5-stand-ins.ts, config/weapp-templates.js).
 * Module resolution and requires of installed packages run in plain Node (a child process),
 * not through jest's resolver, which maps .css files and transforms @tarojs packages.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { H5_STAND_INS } from './h5-stand-ins'

// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const weappTemplates = require('./weapp-templates') as { DROPPED: string[], NEST_LIMITS: Record<string, number> }

const ROOT = resolve(__dirname, '..')
/** A file for a message: from the project, or from node_modules/ on (also when node_modules is a link). */
function show(file: string): string {
  const inProject = relative(ROOT, file)
  const i = file.indexOf(`${sep}node_modules${sep}`)
  return inProject.startsWith('..') && i >= 0 ? file.slice(i + 1) : inProject
}

/** Runs `code` in plain Node from `from` (a directory) and returns what it prints as JSON. */
function inNode<T>(code: string, from = ROOT): T {
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: from, encoding: 'utf8' })) as T
}

/** Where Node resolves each request from directory `from` (as `require.resolve`), or null. */
function resolveAll(from: string, requests: readonly string[]): Array<string | null> {
  return inNode<Array<string | null>>(`console.log(JSON.stringify(${JSON.stringify(requests)}.map((r) => {
    try { return require.resolve(r, { paths: [${JSON.stringify(from)}] }) } catch { return null }
  })))`)
}
const resolveFrom = (from: string, request: string) => resolveAll(from, [request])[0]

/** Every module a file asks for: import/export … from, bare import (also inside generated code), import(), require(). */
function requestsIn(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...new Set([...text.matchAll(/(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"]([^'"\n]+)['"]/g)].map((m) => m[1]))]
}

describe('H5 stand-ins (config/h5-stand-ins.ts): each replaces a module the installed Taro asks for', () => {
  test.each(H5_STAND_INS.map((s) => [s.name, s] as const))('%s', (_, standIn) => {
    const where = `config/h5-stand-ins.ts, ${standIn.name}`
    const ownFile = resolve(__dirname, standIn.file)
    if (!existsSync(ownFile)) throw new Error(`${where}: the stand-in ${show(ownFile)} does not exist`)

    const importer = resolveFrom(ROOT, standIn.requestedBy)
    if (!importer) throw new Error(`${where}: ${standIn.requestedBy} (the Taro file whose import it replaces) is not installed: Taro has moved it; find where Taro now asks for the module and update the entry`)

    // NormalModuleReplacementPlugin tests the request before resolving and the resolved path after.
    const requests = requestsIn(importer)
    const files = resolveAll(dirname(importer), requests)
    const asked = requests.map((request, i) => ({ request, file: files[i] }))
    // A relative request to a file that is gone still names its path.
    const pathOf = (a: { request: string, file: string | null }) => a.file ?? (a.request.startsWith('.') ? resolve(dirname(importer), a.request) : null)
    const matched = asked.filter((a) => standIn.pattern.test(a.request) || standIn.pattern.test(pathOf(a) ?? ''))
    if (!matched.length) {
      throw new Error(`${where}: ${show(importer)} makes no request that ${standIn.pattern} matches, so the stand-in replaces nothing and Taro's module is bundled again.\n` +
        `  Its requests: ${asked.map((a) => a.request).join(', ') || '(none)'}`)
    }
    for (const m of matched) {
      if (!m.file) throw new Error(`${where}: ${show(importer)} asks for '${m.request}', which does not exist in the installed Taro`)
    }
  })
})

describe('weapp templates (config/weapp-templates.js): what it drops and lowers is in the installed Taro', () => {
  const COMPONENT_CONFIG = '@tarojs/webpack5-runner/dist/utils/component.js'
  const WEAPP = '@tarojs/plugin-platform-weapp/dist/index.js'
  const installed = (request: string) => {
    const file = resolveFrom(ROOT, request)
    if (!file) throw new Error(`${request} is not installed (config/weapp-templates.js depends on it)`)
    return file
  }

  test('each component it drops is in Taro\'s default component set', () => {
    const file = installed(COMPONENT_CONFIG)
    const includes = inNode<string[]>(`console.log(JSON.stringify([...require(${JSON.stringify(file)}).componentConfig.includes]))`)
    const missing = weappTemplates.DROPPED.filter((name) => !includes.includes(name))
    if (missing.length) {
      throw new Error(`${show(file)}: componentConfig.includes no longer has ${missing.map((n) => `'${n}'`).join(', ')}, which config/weapp-templates.js drops (DROPPED).\n` +
        `  Taro's set now: ${includes.join(', ')}`)
    }
  })

  test('each nesting limit it lowers is one the weapp template has, and higher', () => {
    const file = installed(WEAPP)
    // The template object the weapp platform hands the build (config.template in the hook).
    const limits = inNode<Array<[string, number]>>(`
      const { Weapp } = require(${JSON.stringify(file)})
      const ctx = { helper: {}, paths: { appPath: process.cwd() }, modifyWebpackChain() {} }
      const nest = new Weapp(ctx, { compiler: 'webpack5' }, {}).template.nestElements
      console.log(JSON.stringify(nest instanceof Map ? [...nest] : null))`)
    if (!limits) throw new Error(`${show(file)}: the weapp template has no nestElements Map for config/weapp-templates.js to lower NEST_LIMITS in`)
    const taro = new Map(limits)
    const problems = Object.entries(weappTemplates.NEST_LIMITS)
      .filter(([name, max]) => !((taro.get(name) ?? 0) > max))
      .map(([name, max]) => `'${name}' (ours ${max}, Taro's ${taro.has(name) ? taro.get(name) : 'none'})`)
    if (problems.length) {
      throw new Error(`${show(file)}: the weapp template's nestElements no longer has a limit above config/weapp-templates.js NEST_LIMITS for ${problems.join(', ')}`)
    }
  })

  test('Taro calls the hook with that set, and writes base.wxml from it after the plugin\'s stage', () => {
    const problems: string[] = []
    const combination = installed('@tarojs/webpack5-runner/dist/webpack/MiniCombination.js')
    if (!/modifyComponentConfig\(\s*component_1\.componentConfig\s*,\s*config\s*\)/.test(readFileSync(combination, 'utf8'))) {
      problems.push(`${show(combination)}: no longer calls modifyComponentConfig(componentConfig, config) with the component set of ${COMPONENT_CONFIG}, which config/weapp-templates.js edits`)
    }
    // DropBeforeTemplates runs at PROCESS_ASSETS_STAGE_ADDITIONAL - 1: just before this.
    const plugin = installed('@tarojs/webpack5-runner/dist/plugins/MiniPlugin.js')
    const source = readFileSync(plugin, 'utf8')
    const missing = [
      ['processAssets at PROCESS_ASSETS_STAGE_ADDITIONAL', /processAssets\.tapAsync\(\{\s*name: PLUGIN_NAME,\s*stage: PROCESS_ASSETS_STAGE_ADDITIONAL\s*\}/],
      ['base.wxml built from the component set', /generateTemplateFile\(compilation, compiler, baseTemplateName, template\.buildTemplate, component_1\.componentConfig\)/]
    ].filter(([, re]) => !(re as RegExp).test(source)).map(([what]) => what)
    if (missing.length) problems.push(`${show(plugin)}: no longer has ${missing.join(' and ')}, which config/weapp-templates.js (DropBeforeTemplates) relies on`)
    if (problems.length) throw new Error(problems.join('\n'))
  })
})

describe('weapp ARIA (config/weapp-aria.js, patchTemplate in config/weapp-templates.js): the Taro internals it hooks', () => {
  /** Each [what, pattern] of `request`'s installed file that no longer matches. */
  const missingIn = (request: string, checks: Array<[string, RegExp]>): string[] => {
    const file = resolveFrom(ROOT, request)
    if (!file) return [`${request} is not installed`]
    const source = readFileSync(file, 'utf8')
    return checks.filter(([, re]) => !re.test(source)).map(([what]) => `${show(file)}: no longer ${what}`)
  }

  test('the build: onSetupClose gets the platform after its template is set up; the template is built from its table later, each prop through replacePropName', () => {
    const problems = [
      ...missingIn('@tarojs/service/dist/platform-plugin-base/mini.js', [
        ['calls ctx.onSetupClose(platform) after the setup transaction (where the plugin patches the template and adds its runtime)', /yield this\.setupTransaction\.perform\(this\.setupImpl, this\);\s*\(_b = \(_a = this\.ctx\)\.onSetupClose\)[^;]*\.call\(_a, this\)/],
        ['passes the platform\'s runtimePath to the build', /runtimePath: this\.runtimePath/]
      ]),
      ...missingIn('@tarojs/taro-loader/lib/app.js', [['imports every entry of an array runtimePath before the app', /Array\.isArray\(options\.runtimePath\) \? options\.runtimePath : \[options\.runtimePath\]/]]),
      ...missingIn('@tarojs/shared/dist/template.js', [
        ['builds the components lazily when writing base.wxml (so a patch at onSetupClose comes first)', /if \(!this\.miniComponents\) \{\s*this\.componentsAlias = getComponentsAlias\(this\.internalComponents\);\s*this\.miniComponents = this\.createMiniComponents\(this\.internalComponents\);/],
        ['names each template attribute through this.replacePropName (role → aria-role)', /prop = this\.replacePropName\(prop, propValue, compName, componentAlias\);/],
        ['derives static-view from view\'s attributes (VIEW_ARIA trims it afterwards)', /result\[`static-\$\{compName\}`\] = comp;/],
        ['merges components into its table with mergeComponents(ctx, patch)', /mergeComponents\(ctx, patch\) \{\s*ctx\.helper\.recursiveMerge\(this\.internalComponents, patch\);/]
      ])
    ]
    if (problems.length) throw new Error(problems.join('\n'))
  })

  test('the runtime: aliases from the merged table, static-view with View\'s; hydrate and setAttribute rename props through them', () => {
    const problems = [
      ...missingIn('@tarojs/shared/dist/utils.js', [
        ['exports mergeInternalComponents (config/weapp-aria-runtime.js calls it)', /export \{[^}]*\bmergeInternalComponents\b/],
        ['gives static-view, pure-view and click-view View\'s attributes', /StaticView: viewAttrs,/],
        ['makes each alias p<index> of the sorted attributes', /\.sort\(\)\s*\.forEach\(\(attr, index\) => \{\s*obj\[toCamelCase\(attr\)\] = 'p' \+ index;/]
      ]),
      ...missingIn('@tarojs/runtime/dist/utils/index.js', [['computes the aliases once, at first use (after config/weapp-aria-runtime.js)', /if \(!componentsAlias\) \{\s*componentsAlias = getComponentsAlias\$1\(internalComponents\);/]]),
      ...missingIn('@tarojs/runtime/dist/hydrate.js', [['renames the props in the node\'s alias table', /if \(prop in componentAlias\) \{\s*data\[componentAlias\[prop\]\] = data\[prop\];/]]),
      ...missingIn('@tarojs/runtime/dist/dom/element.js', [['renames an updated prop through the table of the node\'s name (view, for static-view too)', /const _alias = componentsAlias\[this\.nodeName\];[\s\S]*const qualifiedNameAlias = _alias\[qualifiedNameInCamelCase\] \|\| qualifiedName;/]])
    ]
    if (problems.length) throw new Error(problems.join('\n'))
  })
})

describe('src/styles/taro-global.css is the installed Taro\'s global.css', () => {
  // The file its header names, which the build replaces with the copy (config/h5-stand-ins.ts).
  const COPY = resolve(ROOT, 'src/styles/taro-global.css')

  /** The one change the copy's header documents: `:is(input)` for a bare `input` selector. */
  const asCopied = (css: string) => css.replace(/(^|[},])(\s*)input(?=\s*[{,])/g, '$1$2:is(input)')

  test('same rules, but for :is(input)', () => {
    const original = resolveFrom(ROOT, '@tarojs/components/global.css')
    if (!original) throw new Error(`@tarojs/components/global.css is not installed: ${show(COPY)} was copied from it; find where Taro's base stylesheet went`)
    const copyText = readFileSync(COPY, 'utf8')
    // The copy's header: its leading comments.
    const header = /^(?:\s*\/\*[\s\S]*?\*\/)*\s*/.exec(copyText)![0]
    const offset = header.split('\n').length - 1
    const copy = copyText.slice(header.length).trimEnd().split('\n')
    const expected = asCopied(readFileSync(original, 'utf8')).trim().split('\n')
    const i = expected.findIndex((line, n) => line !== copy[n])
    const at = i < 0 && copy.length !== expected.length ? expected.length : i
    if (at < 0) return
    const a = expected[at] ?? '(end of file)'
    const b = copy[at] ?? '(end of file)'
    let col = 0
    while (col < a.length && a[col] === b[col]) col++
    const around = (s: string) => `${col > 40 ? '…' : ''}${s.slice(Math.max(0, col - 40), col + 60)}${s.length > col + 60 ? '…' : ''}`
    throw new Error(`${show(COPY)} differs from ${show(original)} (with input → :is(input)) at line ${at + 1 + offset} of the copy (${at + 1} of Taro's), column ${col + 1}:\n` +
      `  ${show(original)}: ${around(a)}\n  ${show(COPY)}: ${around(b)}\n` +
      `Copy Taro's file again below the header (with :is(input)), or say in the header what else differs and why.`)
  })
})

describe('private parts of the simulator and of jest the weapp tests replace', () => {
  test('miniprogram-simulate/src/utils exports runJs, and load() calls it through the module (tests/weapp/shim.ts replaces it)', () => {
    const utils = resolveFrom(ROOT, 'miniprogram-simulate/src/utils')
    if (!utils) throw new Error('miniprogram-simulate/src/utils is not installed: tests/weapp/shim.ts replaces its runJs')
    const kind = inNode<string>(`console.log(JSON.stringify(typeof require(${JSON.stringify(utils)}).runJs))`)
    if (kind !== 'function') throw new Error(`${show(utils)}: runJs is ${kind}, not a function; tests/weapp/shim.ts replaces it to run each page's .js`)
    // The shim's replacement is seen only if the caller looks runJs up on the module at each call.
    const index = join(dirname(utils), 'index.js')
    const source = existsSync(index) ? readFileSync(index, 'utf8') : ''
    const name = /const (\w+) = require\('\.\/utils'\)/.exec(source)?.[1]
    if (!name || !source.includes(`${name}.runJs(`)) {
      throw new Error(`${show(index)}: no longer calls runJs as a property of require('./utils'), so tests/weapp/shim.ts's replacement would not be used`)
    }
  })

  test('jest-runtime\'s Runtime still has _createRequireImplementation (tests/support/weapp-runtime.js overrides it)', () => {
    const from = resolve(ROOT, 'tests/support')
    const runtime = resolveFrom(from, 'jest-runtime')
    if (!runtime) throw new Error('jest-runtime is not installed: tests/support/weapp-runtime.js extends it')
    const kind = inNode<string>(`console.log(JSON.stringify(typeof require(${JSON.stringify(runtime)}).default.prototype._createRequireImplementation))`)
    if (kind !== 'function') {
      throw new Error(`${show(runtime)}: Runtime.prototype._createRequireImplementation is ${kind}; tests/support/weapp-runtime.js overrides it to add require.async`)
    }
    // It also reads the test environment's global through the private field _environment.
    if (!/this\._environment = environment;/.test(readFileSync(runtime, 'utf8'))) {
      throw new Error(`${show(runtime)}: the Runtime no longer keeps the test environment in this._environment, which tests/support/weapp-runtime.js reads`)
    }
  })
})
