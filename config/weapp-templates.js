/* eslint-disable import/no-commonjs */
/**
 * Taro plugin (config/index.ts `plugins`), weapp: base.wxml without templates nothing renders.
 *
 * WeChat cannot nest a template in itself, so Taro writes base.wxml with one template per
 * component per nesting level (`baseLevel` levels: 16 by default, 11 here, see config/index.ts), for every component in
 * `componentConfig.includes`. Taro adds each component the code imports from
 * @tarojs/components, and starts from a default set for things an app might render without
 * importing them: `scroll-view` and `image` (with `static-image`), and `catch-view` (a View
 * with `catchMove`). This app renders none of them, and their templates were 20 KB of the
 * main package (scroll-view 9.4 KB, catch-view 9.5 KB, image 1 KB).
 *
 * So the plugin takes them out of the default set, through Taro's `modifyComponentConfig`
 * hook. Nothing is lost if that changes: importing ScrollView or Image from
 * @tarojs/components puts them back (Taro adds what is imported after this hook runs), and
 * `catch-view` stays whenever any source file under src/ mentions `catchMove`.
 *
 * Likewise `text`: Taro renders a Text with no event handler through `static-text`, and the
 * full `text` template (with its bind* attributes, 7.9 KB at 16 levels) only for a Text that
 * handles an event, which no Text here does. It stays whenever a `<Text …>` tag in src/ has an
 * `on…` prop or spreads `pressable(…)`.
 *
 * And the levels of components that nest in themselves. Taro writes `swiper` and
 * `swiper-item` for 4 levels of a swiper inside a swiper, and `static-text` (a Text) for 6
 * levels of Text inside Text (WeChat cannot nest a template in itself, so each level of
 * nesting of the same component is a template of its own). The one swiper here (ui/Slides,
 * 首页's slogans) is never inside another, and a Text holds at most one level of Text (the
 * search page marks matches with a Text inside a result's Text). So: swiper and swiper-item
 * one level (5.1 KB of the main package fewer), static-text 3 levels (1.2 KB fewer; one level
 * to spare). Taro's own limits (its `nestElements`, which the weapp platform itself extends
 * the same way) are changed on the build's template through `modifyComponentConfig`, before
 * Taro writes base.wxml and utils.wxs.
 *
 * tests/weapp/templates.weapp.test.ts renders every page (the search page also with results)
 * and checks that each node finds its template in base.wxml.
 *
 * Last, ARIA (docs/accessibility.md, "小程序：角色与名称"): Taro's templates carry no `aria-*`, so
 * WeChat's screen reader got no names, roles or states. The plugin merges config/weapp-aria.js
 * into the template's component table, writes `role` as WeChat's `aria-role`, and adds
 * config/weapp-aria-runtime.js to the platform's runtimePath, which merges the same table into
 * Taro's runtime before the app starts (both tables must agree: Taro's aliases p0, p1… are the
 * index of each attribute in the sorted table). A View renders through two templates that
 * share View's table: `static-view` (no event handler: regions, dialogs, live messages) and
 * `view` (controls); each keeps only the ARIA attributes that kind of View here sets
 * (VIEW_ARIA), since each is written into every template level.
 * tests/weapp/aria.weapp.test.ts checks every page's nodes against their templates.
 */
const fs = require('node:fs')
const path = require('node:path')

const ARIA = require('./weapp-aria')

const SRC = path.resolve(__dirname, '../src')
const ARIA_RUNTIME = path.resolve(__dirname, 'weapp-aria-runtime.js')
// (H5 has no templates: this plugin changes nothing there.)
const CODE = /\.(ts|tsx|js|jsx)$/

/**
 * Most levels of a component inside the same component (Taro: 4 for swiper and swiper-item,
 * 6 for static-text). 1: never inside itself.
 */
const NEST_LIMITS = { swiper: 1, 'swiper-item': 1, 'static-text': 3 }

/** Default components no code of ours renders unless it imports them (or says catchMove). */
const NOT_RENDERED = ['scroll-view', 'image', 'static-image']
/** Also default, dropped unless src/ says `catchMove` (catch-view) or has a Text with events (text). */
const CATCH_VIEW = 'catch-view'
const TEXT = 'text'

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? sourceFiles(full) : CODE.test(e.name) ? [full] : []
  })
}

/** A Text tag with an event handler or pressable's props (its first `>` ends the search). */
/** WeChat's name for the role attribute. */
const ROLE = 'aria-role'

/**
 * The ARIA attributes (as written in WXML) each kind of View keeps, of config/weapp-aria.js's
 * View: a View without events (static-view) is a container, a View with events (view) a control.
 */
const VIEW_ARIA = {
  'static-view': [ROLE, 'aria-label', 'aria-modal', 'aria-live', 'aria-busy', 'aria-labelledby'],
  view: [ROLE, 'aria-label', 'aria-checked', 'aria-pressed', 'aria-expanded', 'aria-selected', 'aria-disabled']
}

/**
 * The weapp template (the platform's `template`, before it writes base.wxml) with
 * config/weapp-aria.js: merged into its component table, `role` written as `aria-role`, and
 * each kind of View keeping only its VIEW_ARIA. `ctx`: the plugin's (its helper merges).
 */
function patchTemplate(template, ctx) {
  if (template.miniComponents) throw new Error('config/weapp-templates.js: Taro built the template\'s components before the ARIA patch: see config/framework-internals.test.ts')
  template.mergeComponents(ctx, ARIA)
  const rename = template.replacePropName
  template.replacePropName = function (name, ...rest) {
    return name === 'role' ? ROLE : rename.call(this, name, ...rest)
  }
  const create = template.createMiniComponents
  template.createMiniComponents = function (...args) {
    const result = create.apply(this, args)
    for (const [kind, keep] of Object.entries(VIEW_ARIA)) {
      for (const attr of Object.keys(result[kind] || {})) {
        if (attr.startsWith('aria-') && !keep.includes(attr)) delete result[kind][attr]
      }
    }
    return result
  }
}

const TEXT_WITH_EVENTS = /<Text\b[^>]*?(\son[A-Z]\w*=|\{\s*\.\.\.\s*pressable\()/

/**
 * Deletes `names` from the component set after webpack has built every module (Taro adds each
 * imported component, Text included, as it resolves imports) and just before Taro writes
 * base.wxml (MiniPlugin, processAssets at the ADDITIONAL stage).
 */
class DropBeforeTemplates {
  constructor(componentConfig, names) {
    this.componentConfig = componentConfig
    this.names = names
  }

  apply(compiler) {
    const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL - 1
    compiler.hooks.compilation.tap('hq-weapp-templates', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'hq-weapp-templates', stage }, () => {
        for (const name of this.names) this.componentConfig.includes.delete(name)
      })
    })
  }
}

module.exports = (ctx) => {
  // After the platform has set up its template (its own components merged), before the build.
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (process.env.TARO_ENV !== 'weapp') return
      patchTemplate(platform.template, ctx)
      platform.runtimePath = [...[].concat(platform.runtimePath), ARIA_RUNTIME]
    }
  })
  let componentConfig = null
  ctx.modifyComponentConfig(({ componentConfig: config, config: buildConfig }) => {
    componentConfig = config
    // weapp only: H5 has no template.
    const nest = buildConfig && buildConfig.template && buildConfig.template.nestElements
    if (process.env.TARO_ENV === 'weapp') {
      // Loud, not a silently larger base.wxml, if a Taro upgrade moves the template's limits.
      if (!(nest instanceof Map)) throw new Error('config/weapp-templates.js: Taro\'s build config has no template.nestElements (a Map) to lower NEST_LIMITS in: see config/framework-internals.test.ts')
      for (const [name, max] of Object.entries(NEST_LIMITS)) nest.set(name, max)
    }
    const code = sourceFiles(SRC).map((f) => fs.readFileSync(f, 'utf8'))
    const unused = [...NOT_RENDERED, ...(code.some((c) => c.includes('catchMove')) ? [] : [CATCH_VIEW])]
    for (const name of unused) config.includes.delete(name)
  })
  ctx.modifyWebpackChain(({ chain }) => {
    if (process.env.TARO_ENV !== 'weapp' || !componentConfig) return
    const code = sourceFiles(SRC).map((f) => fs.readFileSync(f, 'utf8'))
    if (!code.some((c) => TEXT_WITH_EVENTS.test(c))) chain.plugin('hq-weapp-templates').use(DropBeforeTemplates, [componentConfig, [TEXT]])
  })
}

// What the plugin expects of Taro's defaults (config/framework-internals.test.ts checks them
// against the installed Taro): the components it drops, and the nesting limits it lowers.
module.exports.DROPPED = [...NOT_RENDERED, CATCH_VIEW, TEXT]
module.exports.NEST_LIMITS = NEST_LIMITS
module.exports.VIEW_ARIA = VIEW_ARIA
module.exports.patchTemplate = patchTemplate
