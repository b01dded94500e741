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
const React = require('react')

const html = (name) => require(`@tarojs/components-react/dist/components/${name}/index.js`)

exports.View = html('view').default
exports.Text = html('text').default
exports.Input = html('input').default

/**
 * WeChat's button events, fired on a button with an open-type (wx: bind<name>): in jsdom each
 * is a DOM event of that name in lower case, e.g. `agreeprivacyauthorization`, for a test to
 * dispatch as WeChat would.
 */
const WECHAT_BUTTON_EVENTS = [
  'onAgreePrivacyAuthorization', 'onGetPhoneNumber', 'onGetRealtimePhoneNumber', 'onChooseAvatar',
  'onContact', 'onOpenSetting', 'onLaunchApp', 'onGetUserInfo'
]
const HtmlButton = html('button').default

/**
 * Taro's HTML Button, with WeChat's own button props rendered as WeChat's template has them:
 * openType as an `open-type` attribute (as Taro writes formType as `form-type`), the open-type
 * events as DOM events. The HTML Button would pass them to its <div> as they are, which React
 * refuses ("unknown prop"). jsdom tests render weapp-only buttons (the share button, the
 * privacy sheet's 同意) with the H5 components; the H5 build itself never renders them.
 */
exports.Button = React.forwardRef(function Button(props, ref) {
  const { openType, ...rest } = props
  const handlers = {}
  for (const name of WECHAT_BUTTON_EVENTS) {
    if (name in rest) {
      handlers[name.slice(2).toLowerCase()] = rest[name]
      delete rest[name]
    }
  }
  const latest = React.useRef(handlers)
  latest.current = handlers
  const node = React.useRef(null)
  const types = Object.keys(handlers).join(' ')
  React.useEffect(() => {
    const el = node.current
    if (!el || !types) return undefined
    const listeners = types.split(' ').map((type) => [type, (e) => latest.current[type]?.(e)])
    for (const [type, fn] of listeners) el.addEventListener(type, fn)
    return () => {
      for (const [type, fn] of listeners) el.removeEventListener(type, fn)
    }
  }, [types])
  const setRef = (el) => {
    node.current = el
    if (typeof ref === 'function') ref(el)
    else if (ref) ref.current = el
  }
  return React.createElement(HtmlButton, { ...rest, 'open-type': openType, ref: setRef })
})

const stencil = require('@tarojs/components/lib/react/index')

for (const name of Object.keys(stencil)) {
  if (!(name in exports)) Object.defineProperty(exports, name, { enumerable: true, get: () => stencil[name] })
}
