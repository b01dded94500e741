import fs from 'fs'
import path from 'path'
import nacl from 'tweetnacl'
import { sha256 } from 'js-sha256'
import { MAX_FILE_BYTES } from '../limits'
import {
  acceptFile, compareBundleVersions, fromBase64, keyIdOf, planUpdates, utf8, verifyManifest,
  type Manifest, type ManifestFile
} from './verify'

const EDITIONS = path.join(__dirname, '..', 'editions')
const realEdition = JSON.parse(fs.readFileSync(path.join(EDITIONS, '2021.json'), 'utf8')) as { bundleVersion: string }
const realQuizText = fs.readFileSync(path.join(EDITIONS, '2021.quiz.json'), 'utf8')
const SHIPPED = realEdition.bundleVersion

/** A fixed seed: the same keys every run. */
const keys = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(7))
const otherKeys = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(9))
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
/** UTF-8 bytes as this realm's Uint8Array (tweetnacl refuses a Node Buffer under jsdom). */
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const PUBLIC_KEY = b64(keys.publicKey)

function entry(kind: 'edition' | 'quiz', year: string, bundleVersion: string, text: string): ManifestFile {
  const bytes = enc(text)
  return {
    path: kind === 'edition' ? `editions/${year}.json` : `editions/${year}.quiz.json`,
    kind, year, bundleVersion, bytes: bytes.length, sha256: sha256(bytes)
  }
}

/** manifest.json's text and its .sig, as content:publish writes them. */
function publish(manifest: unknown, secretKey = keys.secretKey): { text: string; sig: string } {
  const text = JSON.stringify(manifest, null, 2) + '\n'
  return { text, sig: b64(nacl.sign.detached(enc(text), secretKey)) + '\n' }
}

function manifestOf(files: ManifestFile[], keyId = keyIdOf(keys.publicKey)) {
  return { format: 1, keyId, published: '2021-09-10T02:00:00Z', files }
}

/** The real 2021 edition with its bundleVersion raised, as the office would publish a corrected date. */
const bumped = '2021.4.2'
const bumpedText = JSON.stringify({ ...realEdition, bundleVersion: bumped }, null, 2) + '\n'
const bumpedEntry = entry('edition', '2021', bumped, bumpedText)

function reason(r: { ok: boolean; reason?: string }): string {
  expect(r.ok).toBe(false)
  return r.reason as string
}

describe('compareBundleVersions', () => {
  it('compares dotted whole numbers part by part, not as text', () => {
    expect(compareBundleVersions('2021.4.2', '2021.4.1')).toBe(1)
    expect(compareBundleVersions('2021.4.1', '2021.4.2')).toBe(-1)
    expect(compareBundleVersions('2021.4.1', '2021.4.1')).toBe(0)
    expect(compareBundleVersions('2021.10.0', '2021.9.3')).toBe(1)
    expect(compareBundleVersions('2022.1.0', '2021.99.99')).toBe(1)
    expect(compareBundleVersions('2021.04.1', '2021.4.1')).toBe(0)
    // Longer than a double holds exactly: still ordered.
    expect(compareBundleVersions('2021.99999999999999999.1', '2021.99999999999999998.1')).toBe(1)
  })
})

describe('encodings', () => {
  it('utf8 encodes as Node does, and refuses a lone surrogate', () => {
    const s = '质量月 “2021” 😀 a\u00e9'
    expect(Buffer.from(utf8(s) as Uint8Array).equals(Buffer.from(s, 'utf8'))).toBe(true)
    expect(utf8('a\ud800b')).toBeNull()
  })

  it('fromBase64 reads standard base64 and refuses anything else', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253])
    expect(Array.from(fromBase64(b64(bytes)) as Uint8Array)).toEqual(Array.from(bytes))
    expect(Array.from(fromBase64(b64(keys.publicKey) + '\n') as Uint8Array)).toEqual(Array.from(keys.publicKey))
    expect(fromBase64('abc')).toBeNull()
    expect(fromBase64('ab-_')).toBeNull()
  })
})

describe('verifyManifest', () => {
  const good = publish(manifestOf([bumpedEntry]))

  it('accepts a manifest signed by the app’s key, with its files', () => {
    const r = verifyManifest(good.text, good.sig, PUBLIC_KEY)
    expect(r).toEqual({ ok: true, manifest: manifestOf([bumpedEntry]) })
  })

  it('rejects a manifest changed after signing (one byte)', () => {
    const tampered = good.text.replace(bumpedEntry.sha256, '0'.repeat(64))
    expect(reason(verifyManifest(tampered, good.sig, PUBLIC_KEY))).toBe('清单：签名无效')
  })

  it('rejects a manifest signed by another key, naming both keys', () => {
    const other = publish(manifestOf([bumpedEntry], keyIdOf(otherKeys.publicKey)), otherKeys.secretKey)
    expect(reason(verifyManifest(other.text, other.sig, PUBLIC_KEY)))
      .toBe(`清单：由另一把密钥签名（keyId ${keyIdOf(otherKeys.publicKey)}，本程序认 ${keyIdOf(keys.publicKey)}）`)
  })

  it('rejects a signature file that is not 64 bytes of base64', () => {
    expect(reason(verifyManifest(good.text, 'not a signature', PUBLIC_KEY))).toMatch(/^清单：签名文件格式错误/)
    expect(reason(verifyManifest(good.text, b64(new Uint8Array(32)), PUBLIC_KEY))).toMatch(/^清单：签名文件格式错误/)
  })

  it('rejects when the build’s public key is not 32 bytes of base64', () => {
    expect(reason(verifyManifest(good.text, good.sig, 'AAAA'))).toBe('清单：本程序的公钥设置无效')
  })

  it('rejects a signed manifest that is not JSON, or not of format 1, or with a bad entry', () => {
    const notJson = publish('x')
    const raw = { text: '{"format": 1,', sig: b64(nacl.sign.detached(enc('{"format": 1,'), keys.secretKey)) }
    expect(reason(verifyManifest(raw.text, raw.sig, PUBLIC_KEY))).toBe('清单：格式错误：不是 JSON')
    expect(reason(verifyManifest(notJson.text, notJson.sig, PUBLIC_KEY))).toMatch(/^清单：格式错误：/)
    const format2 = publish({ ...manifestOf([bumpedEntry]), format: 2 })
    expect(reason(verifyManifest(format2.text, format2.sig, PUBLIC_KEY))).toMatch(/^清单：格式错误：format: /)
    const badHash = publish(manifestOf([{ ...bumpedEntry, sha256: 'ABC' }]))
    expect(reason(verifyManifest(badHash.text, badHash.sig, PUBLIC_KEY))).toMatch(/^清单：格式错误：files\.0\.sha256: /)
    const badPath = publish(manifestOf([{ ...bumpedEntry, path: '../2021.json' }]))
    expect(reason(verifyManifest(badPath.text, badPath.sig, PUBLIC_KEY))).toMatch(/^清单：格式错误：files\[0\]\.path 应为 editions\/2021\.json/)
    const twice = publish(manifestOf([bumpedEntry, bumpedEntry]))
    expect(reason(verifyManifest(twice.text, twice.sig, PUBLIC_KEY))).toBe('清单：格式错误：editions/2021.json 列了两次')
  })

  it('rejects a signed manifest whose keyId is not the key’s', () => {
    const wrongId = publish(manifestOf([bumpedEntry], '00000000'))
    expect(reason(verifyManifest(wrongId.text, wrongId.sig, PUBLIC_KEY))).toMatch(/^清单：keyId 00000000 与签名的密钥/)
  })

  it('refuses an oversized manifest before anything else', () => {
    const huge = publish({ ...manifestOf([bumpedEntry]), pad: 'x'.repeat(70 * 1024) })
    expect(reason(verifyManifest(huge.text, huge.sig, PUBLIC_KEY))).toMatch(/^清单：超过 65536 字节/)
  })
})

describe('planUpdates', () => {
  const m = (files: ManifestFile[]): Manifest => manifestOf(files) as Manifest
  const quizEntry = entry('quiz', '2021', bumped, realQuizText)

  it('fetches only files newer than what the app has', () => {
    expect(planUpdates(m([bumpedEntry, quizEntry]), { 2021: SHIPPED }, ['2021'])).toEqual({ fetch: [bumpedEntry, quizEntry], skipped: [] })
    // Up to date: nothing to fetch, nothing to record.
    expect(planUpdates(m([bumpedEntry]), { 2021: bumped }, ['2021'])).toEqual({ fetch: [], skipped: [] })
  })

  it('does not fetch an older version (no rollback) and records it', () => {
    const old = { ...bumpedEntry, bundleVersion: '2021.3.0' }
    expect(planUpdates(m([old]), { 2021: SHIPPED }, ['2021']))
      .toEqual({ fetch: [], skipped: [`editions/2021.json：清单版本 2021.3.0 比已有的 ${SHIPPED} 旧，未下载`] })
  })

  it('does not fetch a year the app was not built with', () => {
    const y2022 = { ...bumpedEntry, year: '2022', path: 'editions/2022.json', bundleVersion: '2022.1.0' }
    const plan = planUpdates(m([y2022]), { 2021: SHIPPED }, ['2021'])
    expect(plan.fetch).toEqual([])
    expect(plan.skipped).toEqual(['editions/2022.json：本程序不含 2022 年的版本，未下载（新的一年需要发布新版本）'])
  })

  it('does not fetch a file listed as larger than content:check allows', () => {
    const plan = planUpdates(m([{ ...bumpedEntry, bytes: MAX_FILE_BYTES + 1 }]), { 2021: SHIPPED }, ['2021'])
    expect(plan.fetch).toEqual([])
    expect(plan.skipped[0]).toMatch(/超过 1048576 字节上限，未下载$/)
  })
})

describe('acceptFile', () => {
  it('accepts the real 2021 edition with a raised version, checked, as its edition', () => {
    const r = acceptFile(bumpedEntry, bumpedText, SHIPPED)
    expect(r.ok && r.kind === 'edition' && r.edition.bundleVersion).toBe(bumped)
    expect(r.ok && r.kind === 'edition' && r.edition.events.length).toBeGreaterThan(0)
  })

  it('accepts the real quiz bank listed with a newer version', () => {
    const r = acceptFile(entry('quiz', '2021', bumped, realQuizText), realQuizText, SHIPPED)
    expect(r.ok && r.kind === 'quiz' && r.quiz.questions.length).toBeGreaterThanOrEqual(40)
  })

  it('rejects a length that differs from the manifest', () => {
    expect(reason(acceptFile(bumpedEntry, bumpedText + ' ', SHIPPED)))
      .toBe(`editions/2021.json：长度 ${bumpedEntry.bytes + 1} 字节，清单写 ${bumpedEntry.bytes}`)
  })

  it('rejects a file of the same length whose hash differs (one date changed)', () => {
    const tampered = bumpedText.replace('"2021-09-', '"2021-08-')
    expect(tampered).not.toBe(bumpedText)
    expect(reason(acceptFile(bumpedEntry, tampered, SHIPPED))).toBe('editions/2021.json：SHA-256 与清单不符')
  })

  it('rejects an older and an equal version (no rollback)', () => {
    expect(reason(acceptFile(bumpedEntry, bumpedText, '2021.5.0'))).toBe('editions/2021.json：版本 2021.4.2 比已有的 2021.5.0 旧')
    expect(reason(acceptFile(bumpedEntry, bumpedText, bumped))).toBe('editions/2021.json：版本 2021.4.2 与已有的相同')
  })

  it('rejects a file whose version differs from the one listed', () => {
    const listed = entry('edition', '2021', '2021.9.9', bumpedText)
    expect(reason(acceptFile(listed, bumpedText, SHIPPED))).toBe('editions/2021.json：文件版本 2021.4.2，清单写 2021.9.9')
  })

  it('rejects an edition of a year the manifest does not list it as', () => {
    const as2022 = entry('edition', '2022', bumped, bumpedText)
    const listed2022 = { ...as2022, path: 'editions/2022.json' }
    expect(reason(acceptFile(listed2022, bumpedText, undefined))).toBe('editions/2022.json：是 2021 年的版本，清单列为 2022 年')
  })

  it('rejects a file over the size limit before hashing it', () => {
    const big = bumpedText + ' '.repeat(MAX_FILE_BYTES)
    expect(reason(acceptFile(entry('edition', '2021', bumped, big), big, SHIPPED))).toBe(`editions/2021.json：超过 ${MAX_FILE_BYTES} 字节上限`)
  })

  it('rejects a string over its field’s length limit', () => {
    const long = JSON.stringify({ ...realEdition, bundleVersion: bumped, theme: '质'.repeat(41) })
    expect(reason(acceptFile(entry('edition', '2021', bumped, long), long, SHIPPED))).toBe('editions/2021.json：超出内容限制：theme: 超过 40 字')
  })

  it('rejects a file that is not JSON, or fails the schema', () => {
    expect(reason(acceptFile(entry('edition', '2021', bumped, '{'), '{', SHIPPED))).toBe('editions/2021.json：不是 JSON')
    const { theme: _drop, ...noTheme } = { ...realEdition, bundleVersion: bumped } as Record<string, unknown>
    const bad = JSON.stringify(noTheme)
    expect(reason(acceptFile(entry('edition', '2021', bumped, bad), bad, SHIPPED))).toMatch(/^editions\/2021\.json：不符合内容格式：theme: /)
    const badQuiz = JSON.stringify({ questions: [] })
    expect(reason(acceptFile(entry('quiz', '2021', bumped, badQuiz), badQuiz, SHIPPED))).toMatch(/^editions\/2021\.quiz\.json：不符合内容格式：questions: /)
  })
})
