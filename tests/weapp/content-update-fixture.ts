/**
 * For the simulator tests of signed content updates (content-update*.weapp.test.ts): a
 * published update in content:publish's format, signed with the test key (seed 27, as
 * tests/e2e/content-update.e2e.ts), and WeChat's wx.request, getBackgroundFetchData and storage
 * played in memory. Needs a weapp build made with the test's settings (docs/content-updates.md):
 *   HQ_CONTENT_ORIGIN=http://127.0.0.1:47127 HQ_CONTENT_PUBLIC_KEY=HioTfH/iJ5+dfwZEAwoOnAtF94Hc5xrkUZwPQ4QDFlQ= \
 *     NODE_ENV=production npx taro build --type weapp
 */
import { builtWithTestOrigin, ORIGIN, type Folder } from '../support/signed-update'
import { DIST } from './shim'

export { editionText, ORIGIN, OTHER, publish, type Folder } from '../support/signed-update'
export const STORE = 'hq:content-updates'

/** Whether DIST was built with the test's origin (else the tests skip, saying so). */
export const builtWithUpdates = (): boolean => builtWithTestOrigin(DIST)

type Opts = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: () => void } & Record<string, unknown>

export type FakeWeChat = {
  /** What the host serves (path under ORIGIN → text); anything else is a 404. */
  folder: Folder
  /** What WeChat's periodic update fetched (null: nothing). */
  periodic: string | null
  /** Every wx.request's options. */
  requests: Opts[]
  periodicReads: Opts[]
  storage: Map<string, unknown>
}

/** Installs the fakes on `wx` (call before the app launches: the check starts right after). */
export function fakeWeChat(wx: Record<string, unknown>): FakeWeChat {
  const fake: FakeWeChat = { folder: {}, periodic: null, requests: [], periodicReads: [], storage: new Map() }
  wx.request = (opts: Opts) => {
    fake.requests.push(opts)
    const url = String(opts.url)
    const rel = url.startsWith(`${ORIGIN}/`) ? url.slice(ORIGIN.length + 1) : null
    // As WeChat: a later callback (never at once); with dataType other than 'json', data is the body as sent.
    setTimeout(() => {
      if (rel !== null && rel in fake.folder) opts.success?.({ statusCode: 200, data: fake.folder[rel], header: {}, errMsg: 'request:ok' })
      else opts.success?.({ statusCode: 404, data: 'not found', header: {}, errMsg: 'request:ok' })
      opts.complete?.()
    }, 1)
    return { abort() {} }
  }
  wx.getBackgroundFetchData = (opts: Opts) => {
    fake.periodicReads.push(opts)
    setTimeout(() => {
      if (fake.periodic === null) opts.fail?.({ errMsg: 'getBackgroundFetchData:fail no data' })
      else opts.success?.({ fetchedData: fake.periodic, timeStamp: Date.now(), path: '', query: '', scene: 1001, errMsg: 'getBackgroundFetchData:ok' })
      opts.complete?.()
    }, 1)
  }
  // WeChat's storage, which simulate's wx mock does not keep (its setStorageSync does nothing).
  wx.setStorageSync = (key: string, value: unknown) => { fake.storage.set(key, JSON.parse(JSON.stringify(value))) }
  wx.getStorageSync = (key: string) => (fake.storage.has(key) ? fake.storage.get(key) : '')
  wx.removeStorageSync = (key: string) => { fake.storage.delete(key) }
  return fake
}

/** The stored check's time, or '' before the first check has finished. */
export const checkedAt = (fake: FakeWeChat): string => String((fake.storage.get(STORE) as { checkedAt?: string } | undefined)?.checkedAt ?? '')
