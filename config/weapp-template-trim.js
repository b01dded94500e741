/* eslint-disable import/no-commonjs */
/**
 * Taro plugin (config/index.ts `plugins`), weapp: base.wxml writes only the attributes and
 * events this app's code can set.
 *
 * Taro writes every attribute and event a component has into each of its templates in
 * base.wxml, one template per nesting level: a View at each level carries hover-class,
 * hover-start-time, animation, bindlongpress, bindtransitionend…; a Button carries
 * session-from, send-message-title, bindgetphonenumber…; an Input the six safe-password-*
 * attributes. None of them is set anywhere in src/, and together they were 7.8 KB of the
 * weapp main package (base.wxml 22.5 → 14.6 KB).
 *
 * So, once Taro has written base.wxml, this plugin deletes from each component tag every
 * attribute whose prop no source file under src/ names:
 * - `hover-class` stays when the word `hoverClass` appears in any src/ code file (tests
 *   excluded), `bindlongpress` when `onLongPress` does (any case: Taro's event props are
 *   on + the event name), and so on. A word in a comment or a string keeps it too: the scan
 *   errs towards keeping.
 * - `style`, `class`, `id`, `data-sid`, `bindtap`, `focus` and every `aria-*` always stay.
 * A deleted attribute is one WeChat then reads at its own default, which is the default
 * Taro's template passes anyway (hover-class 'none' on a view, 'button-hover' on a button,
 * maxlength 140…), so a component nobody configures looks and behaves the same.
 *
 * The runtime is untouched: props keep their short aliases (`p0`, `p1`… by position in
 * Taro's table), so a prop added to the code later is kept at the next build because its
 * name is then in src/. tests/weapp/templates.weapp.test.ts and the simulator suite render
 * every page of the trimmed build; config/weapp-template-trim.test.ts checks the rules.
 */
const fs = require('node:fs')
const path = require('node:path')

const SRC = path.resolve(__dirname, '../src')
const CODE = /\.(ts|tsx|js|jsx)$/
const TEST = /\.test\.(ts|tsx|js|jsx)$/

/** Tags of Taro's base.wxml whose attributes are trimmed (the components Taro writes for this app). */
const TAGS = ['view', 'text', 'button', 'input', 'textarea', 'swiper', 'swiper-item', 'picker', 'canvas']
/** Never deleted: Taro's own plumbing, the tap every pressable uses, and accessibility. */
const ALWAYS = new Set(['style', 'class', 'id', 'data-sid', 'bindtap', 'focus'])

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? sourceFiles(full) : CODE.test(e.name) && !TEST.test(e.name) ? [full] : []
  })
}

/** Every identifier-like word of the source code (and the same words in lower case). */
function wordsOf(code) {
  const words = new Set(code.match(/[A-Za-z_$][\w$]*/g) || [])
  return { words, lower: new Set([...words].map((w) => w.toLowerCase())) }
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())

/** Whether the code can set this WXML attribute: its prop (hover-class: hoverClass; bindlongpress: onLongPress) is named. */
function isUsed(attr, { words, lower }) {
  if (ALWAYS.has(attr) || attr.startsWith('aria-')) return true
  if (attr.startsWith('bind')) return lower.has(`on${attr.slice(4)}`)
  return words.has(camel(attr))
}

/**
 * base.wxml with unused attributes deleted from the opening tags of TAGS; also which were
 * deleted ("view hover-class", …). Pure: the build and the test call it.
 */
function trimTemplates(wxml, code) {
  const words = wordsOf(code)
  const dropped = new Set()
  const tags = new RegExp(`<(${TAGS.join('|')})\\s([^>]*?)(/?>)`, 'g')
  const out = wxml.replace(tags, (_, tag, attrs, end) => {
    const kept = attrs.replace(/\s*([\w-]+)="[^"]*"/g, (whole, name) => {
      if (isUsed(name, words)) return whole
      dropped.add(`${tag} ${name}`)
      return ''
    })
    return `<${tag} ${kept.trim()}${end}`
  })
  return { wxml: out, dropped: [...dropped].sort() }
}

/** Rewrites base.wxml after Taro has written it (MiniPlugin writes it at the ADDITIONAL stage). */
class TrimTemplates {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.compilation.tap('hq-weapp-template-trim', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'hq-weapp-template-trim', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, () => {
        const asset = compilation.getAsset('base.wxml')
        if (!asset) throw new Error('config/weapp-template-trim.js: the build wrote no base.wxml to trim (did Taro rename it?)')
        const code = sourceFiles(SRC).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
        const { wxml } = trimTemplates(asset.source.source().toString(), code)
        compilation.updateAsset('base.wxml', new sources.RawSource(wxml))
      })
    })
  }
}

module.exports = (ctx) => {
  ctx.modifyWebpackChain(({ chain }) => {
    if (process.env.TARO_ENV === 'weapp') chain.plugin('hq-weapp-template-trim').use(TrimTemplates)
  })
}

module.exports.trimTemplates = trimTemplates
module.exports.sourceCode = () => sourceFiles(SRC).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
