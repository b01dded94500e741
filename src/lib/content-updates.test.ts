import fs from 'fs'
import path from 'path'
import nacl from 'tweetnacl'
import { sha256 } from 'js-sha256'
import { editionOf, loadEdition } from '@/content'
import { keyIdOf } from '@/content/update/verify'
import { adoptStoredUpdates, editionOrigin, readUpdates, repairUpdates, UPDATES_KEY, type UpdateSettings } from './content-updates'
import { checkForUpdates, type FetchText } from './content-update-run'
import type { KeyValueStorage } from './persisted'

const real = JSON.parse(fs.readFileSync(path.join(__dirname, '../content/editions/2021.json'), 'utf8')) as Record<string, unknown> & { bundleVersion: string }
const SHIPPED = real.bundleVersion
const NEWER = '2021.99.0'
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
const keys = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(3))
const settings: UpdateSettings = { origin: 'https://cdn.example.cn/hq', publicKey: b64(keys.publicKey), bundled: { 2021: SHIPPED } }

function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = JSON.parse(JSON.stringify(initial)) as Record<string, unknown>
  return {
    data,
    read: (k) => (k in data ? JSON.parse(JSON.stringify(data[k])) : undefined),
    write: (k, v) => { data[k] = JSON.parse(JSON.stringify(v)) },
    remove: (k) => { delete data[k] }
  }
}

/** A published folder (as content:publish writes it) served by a fake fetch. */
function host(version: string, change: (text: string) => string = (t) => t, secretKey = keys.secretKey) {
  const text = JSON.stringify({ ...real, bundleVersion: version }, null, 2) + '\n'
  const manifest = JSON.stringify({
    format: 1, keyId: keyIdOf(nacl.sign.keyPair.fromSecretKey(secretKey).publicKey), published: '2021-09-10T02:00:00Z',
    files: [{ path: 'editions/2021.json', kind: 'edition', year: '2021', bundleVersion: version, bytes: enc(text).length, sha256: sha256(enc(text)) }]
  })
  const files: Record<string, string> = {
    'manifest.json': manifest,
    'manifest.json.sig': b64(nacl.sign.detached(enc(manifest), secretKey)),
    'editions/2021.json': change(text)
  }
  const requested: string[] = []
  const fetchText: FetchText = (url) => {
    requested.push(url)
    const p = url.slice(settings.origin.length + 1)
    return p in files ? Promise.resolve(files[p]) : Promise.reject(new Error('404'))
  }
  return { fetchText, requested }
}

const now = () => '2021-09-12T01:00:00.000Z'

describe('repairUpdates', () => {
  const good = { bundleVersion: NEWER, verifiedAt: now(), edition: { ...real, bundleVersion: NEWER } }

  it('keeps a stored edition newer than the bundled one, with its rejection lines', () => {
    const r = repairUpdates({ version: 1, key: settings.publicKey, editions: { 2021: good }, checkedAt: 'x', rejections: [{ at: 'a', line: 'l' }, 5] }, settings)
    expect(Object.keys(r.editions)).toEqual(['2021'])
    expect(r.rejections).toEqual([{ at: 'a', line: 'l' }])
    expect(r.checkedAt).toBe('x')
  })

  it('drops editions verified with another key: after a key is rotated (say it leaked), nothing it signed stays, whatever version it claims', () => {
    const other = b64(nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(4)).publicKey)
    const inflated = { bundleVersion: '2021.999.0', verifiedAt: now(), edition: { ...real, bundleVersion: '2021.999.0' } }
    const r = repairUpdates({ version: 1, key: other, editions: { 2021: inflated }, rejections: [{ at: 'a', line: 'l' }] }, settings)
    expect(r.editions).toEqual({})
    expect(r.key).toBe(settings.publicKey)
    expect(r.rejections).toEqual([{ at: 'a', line: 'l' }])
    // Stored before keys were recorded: no key, not trusted either.
    expect(repairUpdates({ version: 1, editions: { 2021: good }, rejections: [] }, settings).editions).toEqual({})
  })

  it('drops what is not newer than the bundled edition (the floor), of another year, or malformed', () => {
    const bundledNewer = repairUpdates({ version: 1, key: settings.publicKey, editions: { 2021: good }, rejections: [] }, { ...settings, bundled: { 2021: '2021.100.0' } })
    expect(bundledNewer.editions).toEqual({})
    const equal = { ...good, bundleVersion: SHIPPED, edition: { ...real } }
    expect(repairUpdates({ version: 1, key: settings.publicKey, editions: { 2021: equal }, rejections: [] }, settings).editions).toEqual({})
    expect(repairUpdates({ version: 1, key: settings.publicKey, editions: { 2020: good }, rejections: [] }, settings).editions).toEqual({})
    const mismatch = { ...good, edition: { ...real, bundleVersion: '2021.98.0' } }
    expect(repairUpdates({ version: 1, key: settings.publicKey, editions: { 2021: mismatch }, rejections: [] }, settings).editions).toEqual({})
    for (const junk of [null, 'x', [], { version: 2 }, { version: 1, editions: 'x', rejections: 'y' }]) {
      expect(repairUpdates(junk, settings)).toEqual({ version: 1, key: settings.publicKey, editions: {}, rejections: [] })
    }
  })
})

describe('checkForUpdates', () => {
  it('stores a good update, which the next launch adopts as the 2021 edition', async () => {
    const storage = memoryStorage()
    const h = host(NEWER)
    await expect(checkForUpdates({ settings, fetchText: h.fetchText, storage, now })).resolves.toEqual({ accepted: ['2021'], rejections: [] })
    const stored = readUpdates(storage, settings)
    expect(stored.editions[2021].bundleVersion).toBe(NEWER)
    expect(editionOrigin(stored, '2021', NEWER)).toEqual({ updated: true, verifiedAt: now() })
    expect(editionOrigin(stored, '2021', SHIPPED)).toEqual({ updated: false })
    // Next launch.
    expect(adoptStoredUpdates(storage, settings)).toEqual(['2021'])
    expect(editionOf('2021')?.bundleVersion).toBe(NEWER)
    await expect(loadEdition('2021')).resolves.toMatchObject({ bundleVersion: NEWER })
    // And a second check has nothing to fetch beyond the manifest.
    const again = host(NEWER)
    await checkForUpdates({ settings, fetchText: again.fetchText, storage, now })
    expect(again.requested.map((u) => u.slice(settings.origin.length + 1)).sort()).toEqual(['manifest.json', 'manifest.json.sig'])
  })

  it('records each rejection and keeps the good update it already has', async () => {
    const storage = memoryStorage()
    await checkForUpdates({ settings, fetchText: host(NEWER).fetchText, storage, now })
    const cases: [string, ReturnType<typeof host>, RegExp][] = [
      ['unreachable', { fetchText: () => Promise.reject(new Error('timeout')), requested: [] }, /^清单：无法取得（timeout）$/],
      ['other key', host('2021.100.0', undefined, nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(4)).secretKey), /^清单：由另一把密钥签名/],
      ['tampered', host('2021.100.0', (t) => t.replace('"2021-09-', '"2021-08-')), /^editions\/2021\.json：SHA-256 与清单不符$/],
      ['older', host('2021.98.0'), /^editions\/2021\.json：清单版本 2021\.98\.0 比已有的 2021\.99\.0 旧，未下载$/]
    ]
    for (const [, h, line] of cases) {
      const r = await checkForUpdates({ settings, fetchText: h.fetchText, storage, now })
      expect(r.accepted).toEqual([])
      expect(r.rejections).toEqual([expect.stringMatching(line)])
      expect(readUpdates(storage, settings).editions[2021].bundleVersion).toBe(NEWER)
    }
    expect(readUpdates(storage, settings).rejections.map((r) => r.line)).toHaveLength(4)
  })

  it('leaves a fresh phone on the bundled edition when the update is bad', async () => {
    const storage = memoryStorage()
    const r = await checkForUpdates({ settings, fetchText: host(NEWER, (t) => t + ' ').fetchText, storage, now })
    expect(r.rejections[0]).toMatch(/^editions\/2021\.json：长度 \d+ 字节，清单写 \d+$/)
    expect(readUpdates(storage, settings).editions).toEqual({})
    expect(storage.data[UPDATES_KEY]).toMatchObject({ checkedAt: now() })
  })
})
