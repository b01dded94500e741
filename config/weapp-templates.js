/* eslint-disable import/no-commonjs */
/**
 * Taro plugin (config/index.ts `plugins`), weapp: base.wxml without templates nothing renders.
 *
 * WeChat cannot nest a template in itself, so Taro writes base.wxml with one template per
 * component per nesting level (16 levels), for every component in
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
 */
const fs = require('node:fs')
const path = require('node:path')

const SRC = path.resolve(__dirname, '../src')
const CODE = /\.(ts|tsx|js|jsx)$/

/** Default components no code of ours renders unless it imports them (or says catchMove). */
const NOT_RENDERED = ['scroll-view', 'image', 'static-image']

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? sourceFiles(full) : CODE.test(e.name) ? [full] : []
  })
}

function usesCatchMove() {
  return sourceFiles(SRC).some((f) => fs.readFileSync(f, 'utf8').includes('catchMove'))
}

module.exports = (ctx) => {
  ctx.modifyComponentConfig(({ componentConfig }) => {
    const unused = usesCatchMove() ? NOT_RENDERED : [...NOT_RENDERED, 'catch-view']
    for (const name of unused) componentConfig.includes.delete(name)
  })
}
