// jest: `@tarojs/components` as the H5 build has it (config/index.ts, h5.useHtmlComponents):
// Taro's HTML components (@tarojs/components-react: View a <div>, Text a <span>, Button a
// <div>, Input an <input>) and, for the rest (Canvas, Textarea, CustomWrapper…), Taro's
// Stencil components as components-react itself re-exports them. (The HTML set's other
// components, Picker, Swiper…, are used only by weapp files, which jest does not load.)
// Not components-react's index: its components import View from '@tarojs/components', that
// is, from the index itself, a cycle webpack's ES modules resolve but CommonJS under jest
// does not (the index is half-built when they read it). Here View comes first.
// tsconfig.json leaves this file out: type-checking its requires loads components-react's own
// test typings, which change jest-dom's matcher types for every test.
const html = (name) => require(`@tarojs/components-react/dist/components/${name}/index.js`)

exports.View = html('view').default
exports.Text = html('text').default
exports.Button = html('button').default
exports.Input = html('input').default

const stencil = require('@tarojs/components/lib/react/index')

for (const name of Object.keys(stencil)) {
  if (!(name in exports)) Object.defineProperty(exports, name, { enumerable: true, get: () => stencil[name] })
}
