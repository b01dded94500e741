/**
 * H5: whether a key is certainly not in localStorage, asked before Taro.getStorageSync.
 *
 * Taro's H5 getStorageSync parses `localStorage.getItem(key) || ''`: a missing key makes
 * JSON.parse throw, and Taro catches it. Thrown while app.js runs its top level (a content
 * update's store read before the first page), that exception cost the first page about
 * 150 ms of a phone's main thread under npm run bench:load (4× slower CPU): the stack trace of
 * an exception thrown there spans the whole 250 KB script. Asking first costs nothing.
 */
export function certainlyAbsent(key: string): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(key) === null
  } catch {
    // Storage refused (a privacy mode): let Taro's read answer, as before.
    return false
  }
}
