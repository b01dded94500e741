/**
 * The only code that calls Taro APIs with side effects. Platform differences live here
 * (or in files suffixed .weapp.ts / .h5.ts), never in components.
 */
export { callPhone } from './phone'
export { openTab } from './navigation'
