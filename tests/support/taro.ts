/**
 * `@tarojs/taro` under jest: Taro's H5 implementation (taro-h5), with its APIs gathered
 * on the default `Taro` object as the H5 build does (the bare package leaves them as
 * named exports only). Storage works over jsdom's localStorage.
 */
import * as h5 from '@tarojs/taro-h5'

const api: Record<string, unknown> = {}
for (const key of Object.keys(h5)) {
  if (key === 'default') continue
  try {
    api[key] = (h5 as Record<string, unknown>)[key]
  } catch {
    // A few re-exported getters need a running app; tests do not use them.
  }
}
const Taro = Object.assign(Object.create(null), (h5 as { default?: object }).default ?? {}, api)

export default Taro
export * from '@tarojs/taro-h5'
