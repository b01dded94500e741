/**
 * For the simulator tests of signed content updates (content-update*.weapp.test.ts): a
 * published update in content:publish's format, signed with the test key (seed 27, as
 * tests/e2e/content-update.e2e.ts), and WeChat's wx.request, getBackgroundFetchData and storage
 * played in memory. Needs a weapp build made with the test's settings (docs/content-updates.md):
 *   HQ_CONTENT_ORIGIN=http://127.0.0.1:47127 HQ_CONTENT_PUBLIC_KEY=HioTfH/iJ5+dfwZEAwoOnAtF94Hc5xrkUZwPQ4QDFlQ= \
 *     NODE_ENV=production npx taro build --type weapp
 */
import fs from 'fs'
import path from 'path'
import nacl from 'tweetnacl'
import { sha256 } from 'js-sha256'
import { DIST } from './shim'

export const ORIGIN = 'http://127.0.0.1:47127'
export const STORE = 'hq:content-updates'
export const KEYS = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(27))
export const OTHER = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(28))
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const keyId = (pk: Uint8Array) => sha256(pk).slice(0, 8)

const real = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/content/editions/2021.json'), 'utf8')) as {
  bundleVersion: string
  events: { id: string; dates: unknown[] }[]
}

/** The 2021 edition at `version`, its 电梯安全宣传周 given a Hainan day (test data, never shipped). */
export function editionText(version: string): string {
  const events = real.events.map((e) => e.id !== 'elevator-week' ? e : {
    ...e,
    dates: [{ scope: 'hainan', precision: 'day', date: '2021-09-16', source: { kind: 'public', publisher: '测试发布者', title: '测试用的更正', confidence: 'high' } }, ...e.dates]
  })
  return JSON.stringify({ ...real, bundleVersion: version, events }, null, 2) + '\n'
}

export type Folder = Record<string, string>

/** What content:publish writes for `text`: the edition, the manifest listing it, the manifest's detached signature. */
export function publish(text: string, key: nacl.SignKeyPair = KEYS): Folder {
  const version = (JSON.parse(text) as { bundleVersion: string }).bundleVersion
  const manifest = JSON.stringify({
    format: 1, keyId: keyId(key.publicKey), published: '2021-09-10T02:00:00Z',
    files: [{ path: 'editions/2021.json', kind: 'edition', year: '2021', bundleVersion: version, bytes: enc(text).length, sha256: sha256(enc(text)) }]
  }, null, 2)
  return { 'manifest.json': manifest, 'manifest.json.sig': b64(nacl.sign.detached(enc(manifest), key.secretKey)), 'editions/2021.json': text }
}

/** Whether DIST was built with the test's origin (else the tests skip, saying so). */
export function builtWithUpdates(): boolean {
  try {
    return fs.readdirSync(DIST).some((f) => f.endsWith('.js') && fs.readFileSync(path.join(DIST, f), 'utf8').includes(ORIGIN))
  } catch {
    return false
  }
}

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
