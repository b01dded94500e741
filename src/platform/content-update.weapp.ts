/**
 * weapp side of signed content updates (issue 27, docs/content-updates.md “小程序”). Every use
 * of the build constant sits in an `if` webpack decides at build time: without the two
 * settings the constant is null, the branches and the modules they require are dropped, and
 * the build calls no network API (tests/weapp/build.weapp.test.ts NETWORK_APIS).
 *
 * With them: at launch the stored verified editions replace the bundled ones (before the first
 * page); then one check (lib/content-update-run.ts) whose manifest comes from WeChat's periodic
 * update (周期性更新, its URL set to <origin>/manifest.json) when WeChat has fetched one that the
 * current signature verifies, else from wx.request; the signature and the editions always come
 * from wx.request.
 */
import type { StoredUpdates, UpdateSettings } from '@/lib/content-updates'
import { TIMEOUT_MS } from './content-update.shared'

type TaroApi = typeof import('@tarojs/taro')

declare const HQ_CONTENT_UPDATES: UpdateSettings | null

export function startContentUpdates(): void {
  if (typeof HQ_CONTENT_UPDATES !== 'undefined' && HQ_CONTENT_UPDATES) {
    const settings = HQ_CONTENT_UPDATES
    // Required inside the branch, Taro and storage too: a default build keeps not even the imports (its main package is byte for byte the same).
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const taro = require('@tarojs/taro') as TaroApi & { default?: TaroApi }
    const Taro = taro.default ?? taro
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const { deviceStorage } = require('./storage') as typeof import('./storage')

    /**
     * GET `url` as text with wx.request: `dataType` other than 'json' and `responseType` 'text'
     * make WeChat hand over the body as received, not parsed, so the manifest's exact bytes reach
     * the signature check. Rejects on an error status, a failure or WeChat's time-out.
     */
    function fetchText(url: string): Promise<string> {
      return new Promise<string>((resolve, reject) => {
        Taro.request({
          url,
          method: 'GET',
          dataType: 'text',
          responseType: 'text',
          timeout: TIMEOUT_MS,
          success: (r) => {
            if (r.statusCode < 200 || r.statusCode > 299) reject(new Error(`HTTP ${r.statusCode}`))
            else if (typeof r.data !== 'string') reject(new Error('不是文本'))
            else resolve(r.data)
          },
          fail: (err) => reject(new Error(/timeout/i.test(err?.errMsg ?? '') ? '超时' : (err?.errMsg ?? '请求失败')))
        }).catch(() => undefined)
      })
    }

    /** The text WeChat's periodic update fetched, or null when it has none. */
    function periodicText(): Promise<string | null> {
      return new Promise((resolve) => {
        try {
          Taro.getBackgroundFetchData({
            fetchType: 'periodic',
            success: (r) => resolve(typeof r.fetchedData === 'string' && r.fetchedData ? r.fetchedData : null),
            fail: () => resolve(null)
          })?.catch?.(() => undefined)
        } catch {
          resolve(null)
        }
      })
    }
    // Synchronously, so the first page already shows a stored update (small: no verifier).
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const store = require('@/lib/content-updates') as typeof import('@/lib/content-updates')
    store.adoptStoredUpdates(deviceStorage, settings)
    // The check waits for app.js to have finished (the first page is set up after it); its
    // requests are answered later still. Taro's weapp build turns import() into require: the
    // verifier (tweetnacl, js-sha256, valibot) is in the main package of a configured build.
    setTimeout(() => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
      const run = require('@/lib/content-update-run') as typeof import('@/lib/content-update-run')
      const manifestUrl = `${settings.origin}/manifest.json`
      const now = () => new Date().toISOString()
      const check = async () => {
        const periodic = await periodicText()
        if (periodic === null) return run.checkForUpdates({ settings, fetchText, storage: deviceStorage, now })
        // WeChat's copy may be older than the signature now hosted: its check is kept only if the
        // manifest passed; else the check runs again with the manifest from wx.request.
        let held: [string, unknown] | null = null
        const probe = { ...deviceStorage, write: (key: string, value: unknown) => { held = [key, value]; return true } }
        const first = await run.checkForUpdates({ settings, fetchText: (url) => url === manifestUrl ? Promise.resolve(periodic) : fetchText(url), storage: probe, now })
        if (first.rejections.some((line) => line.startsWith('清单：'))) return run.checkForUpdates({ settings, fetchText, storage: deviceStorage, now })
        if (held) deviceStorage.write(...(held as [string, unknown]))
        return first
      }
      check()
        // A newly verified edition is used from the next screen on (pages already shown keep theirs).
        .then((r) => { if (r.accepted.length) store.adoptStoredUpdates(deviceStorage, settings) })
        .catch(() => undefined)
    }, 0)
  }
}

export function readContentUpdates(): { origin: string; stored: StoredUpdates } | null {
  if (typeof HQ_CONTENT_UPDATES !== 'undefined' && HQ_CONTENT_UPDATES) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const store = require('@/lib/content-updates') as typeof import('@/lib/content-updates')
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    const { deviceStorage } = require('./storage') as typeof import('./storage')
    return { origin: HQ_CONTENT_UPDATES.origin, stored: store.readUpdates(deviceStorage, HQ_CONTENT_UPDATES) }
  }
  return null
}
