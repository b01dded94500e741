/**
 * The app's judge of a published content update (issue 27; the format is written by
 * `npm run content:publish`, docs/content-updates.md): a signed manifest, then each file it
 * lists. Pure (text in, verdict out), no Taro: the platform code fetches, this decides.
 *
 * - verifyManifest: the detached Ed25519 signature of manifest.json's exact bytes, by the one
 *   public key the app was built with, then the manifest's shape.
 * - planUpdates: which listed files to fetch: only those newer than what the app has, for a
 *   year the app knows.
 * - acceptFile: one fetched file: its version (no rollback), the size limits of content:check,
 *   its length and SHA-256 as listed, JSON, the limits of each string, then the app's schema.
 *
 * Every rejection is one short line (shown in 关于本程序's diagnostics); nothing here throws on
 * bad input. Texts are taken as received (a string): their UTF-8 encoding is what was signed
 * and hashed, so a transport that changed any byte (or decoded invalid UTF-8) fails the check.
 *
 * Libraries (issue 27 item 4): tweetnacl and js-sha256, plain JS without crypto.subtle or
 * BigInt, so they run in WeChat's engine.
 */
import nacl from 'tweetnacl'
import { sha256 } from 'js-sha256'
import * as v from 'valibot'
import { Edition, Quiz } from '../schema'
import { lengthLimit, MAX_DEPTH, MAX_FILE_BYTES, MAX_KEY_CHARS } from '../limits'
import { countChars } from '../printable'
import { compareBundleVersions } from './version'

export { compareBundleVersions }

/** A manifest lists a few files: anything larger is not one (refused before it is parsed). */
export const MAX_MANIFEST_BYTES = 64 * 1024

export type FileKind = 'edition' | 'quiz'

const FileEntry = v.object({
  path: v.string(),
  kind: v.picklist(['edition', 'quiz']),
  year: v.pipe(v.string(), v.regex(/^\d{4}$/)),
  bundleVersion: Edition.entries.bundleVersion,
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))
})

// v.object, not strictObject: a field added later is ignored; a change old apps cannot read bumps `format`.
const ManifestSchema = v.object({
  format: v.literal(1),
  keyId: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  published: v.string(),
  files: v.pipe(v.array(FileEntry), v.maxLength(200))
})

export type ManifestFile = v.InferOutput<typeof FileEntry>
export type Manifest = v.InferOutput<typeof ManifestSchema>

export type Rejection = { ok: false; reason: string }

/** Where each kind of file is published, relative to the origin (content:publish writes the same). */
export function filePath(kind: FileKind, year: string): string {
  return kind === 'edition' ? `editions/${year}.json` : `editions/${year}.quiz.json`
}

/** The UTF-8 bytes of `s`; null when it holds a lone surrogate (it cannot be text that was sent as UTF-8). */
export function utf8(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length * 3)
  let n = 0
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1)
      if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return null
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
      i++
    }
    if (c < 0x80) out[n++] = c
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6)
      out[n++] = 0x80 | (c & 63)
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12)
      out[n++] = 0x80 | ((c >> 6) & 63)
      out[n++] = 0x80 | (c & 63)
    } else {
      out[n++] = 0xf0 | (c >> 18)
      out[n++] = 0x80 | ((c >> 12) & 63)
      out[n++] = 0x80 | ((c >> 6) & 63)
      out[n++] = 0x80 | (c & 63)
    }
  }
  return out.subarray(0, n)
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 (with padding; surrounding white space ignored) → bytes; null when it is not that. */
export function fromBase64(s: string): Uint8Array | null {
  const t = s.trim()
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) return null
  const body = t.replace(/=+$/, '')
  const out = new Uint8Array((body.length * 3) >> 2)
  let bits = 0
  let have = 0
  let j = 0
  for (let i = 0; i < body.length; i++) {
    bits = (bits << 6) | B64.indexOf(body.charAt(i))
    have += 6
    if (have >= 8) {
      have -= 8
      out[j++] = (bits >> have) & 255
      bits &= (1 << have) - 1
    }
  }
  return out
}

/** The key's id in a manifest: the first 8 hex digits of the SHA-256 of the raw 32-byte public key. */
export function keyIdOf(publicKey: Uint8Array): string {
  return sha256(publicKey).slice(0, 8)
}

/** The build's public key (base64 of 32 bytes), or null when it is not one. */
export function decodePublicKey(publicKeyBase64: string): Uint8Array | null {
  const key = fromBase64(publicKeyBase64)
  return key && key.length === nacl.sign.publicKeyLength ? key : null
}

/** `files[2].sha256: …`: the first problem valibot found, as one line. */
function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]
  const path = v.getDotPath(issue)
  return `${path ? `${path}: ` : ''}${issue.message}`.slice(0, 200)
}

function parseJson(text: string): { ok: true; value: unknown } | Rejection {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, reason: '不是 JSON' }
  }
}

/**
 * The manifest, if `manifestText` is signed by `sigBase64` with the app's key and well formed;
 * else one line saying why not (which key signed it, when that is what differs).
 */
export function verifyManifest(manifestText: string, sigBase64: string, publicKeyBase64: string): { ok: true; manifest: Manifest } | Rejection {
  const no = (why: string): Rejection => ({ ok: false, reason: `清单：${why}` })
  const key = decodePublicKey(publicKeyBase64)
  if (!key) return no('本程序的公钥设置无效')
  if (manifestText.length > MAX_MANIFEST_BYTES) return no(`超过 ${MAX_MANIFEST_BYTES} 字节`)
  const bytes = utf8(manifestText)
  if (!bytes || bytes.length > MAX_MANIFEST_BYTES) return no(bytes ? `超过 ${MAX_MANIFEST_BYTES} 字节` : '不是 UTF-8 文本')
  const sig = fromBase64(sigBase64)
  if (!sig || sig.length !== nacl.sign.signatureLength) return no('签名文件格式错误（应为 64 字节的 base64）')
  const signed = nacl.sign.detached.verify(bytes, sig, key)
  const parsed = parseJson(manifestText)
  const ours = keyIdOf(key)
  if (!signed) {
    // Only to say which key it claims: nothing of an unsigned manifest is used.
    const theirs = parsed.ok && parsed.value !== null && typeof parsed.value === 'object' ? (parsed.value as { keyId?: unknown }).keyId : undefined
    if (typeof theirs === 'string' && /^[0-9a-f]{8}$/.test(theirs) && theirs !== ours) return no(`由另一把密钥签名（keyId ${theirs}，本程序认 ${ours}）`)
    return no('签名无效')
  }
  if (!parsed.ok) return no(`格式错误：${parsed.reason}`)
  const shape = v.safeParse(ManifestSchema, parsed.value)
  if (!shape.success) return no(`格式错误：${firstIssue(shape.issues)}`)
  const manifest = shape.output
  if (manifest.keyId !== ours) return no(`keyId ${manifest.keyId} 与签名的密钥（${ours}）不符`)
  const seen = new Set<string>()
  for (let i = 0; i < manifest.files.length; i++) {
    const f = manifest.files[i]
    if (f.path !== filePath(f.kind, f.year)) return no(`格式错误：files[${i}].path 应为 ${filePath(f.kind, f.year)}，是 ${JSON.stringify(f.path).slice(0, 60)}`)
    if (seen.has(f.path)) return no(`格式错误：${f.path} 列了两次`)
    seen.add(f.path)
  }
  return { ok: true, manifest }
}

export type Plan = {
  /** The files to fetch, in the manifest's order. */
  fetch: ManifestFile[]
  /** One line per listed file passed over for a reason worth recording (not: already up to date). */
  skipped: string[]
}

/**
 * Which files of a verified manifest to fetch. `have`: the bundleVersion the app has for each
 * year (its bundled edition, or a verified update); `knownYears`: the editions the app was
 * built with. Only files listed here are ever fetched. A file is fetched when its version is
 * newer than the app's for that year; an equal version is simply up to date; an older one is
 * recorded (no rollback). A year the app was not built with is not fetched and is recorded:
 * an edition's place in the app (its dates for choosing the current edition, 往届, the routes of
 * its events) comes from the build, so a new year needs a release (docs/content-updates.md).
 * A file listed as larger than content:check allows is not fetched.
 */
export function planUpdates(manifest: Manifest, have: Readonly<Record<string, string>>, knownYears: readonly string[]): Plan {
  const plan: Plan = { fetch: [], skipped: [] }
  for (const f of manifest.files) {
    const mine = Object.prototype.hasOwnProperty.call(have, f.year) ? have[f.year] : undefined
    if (knownYears.indexOf(f.year) < 0) plan.skipped.push(`${f.path}：本程序不含 ${f.year} 年的版本，未下载（新的一年需要发布新版本）`)
    else if (f.bytes > MAX_FILE_BYTES) plan.skipped.push(`${f.path}：清单写 ${f.bytes} 字节，超过 ${MAX_FILE_BYTES} 字节上限，未下载`)
    else if (mine === undefined || compareBundleVersions(f.bundleVersion, mine) > 0) plan.fetch.push(f)
    else if (compareBundleVersions(f.bundleVersion, mine) < 0) plan.skipped.push(`${f.path}：清单版本 ${f.bundleVersion} 比已有的 ${mine} 旧，未下载`)
  }
  return plan
}

/** The first string, key or nesting of `value` over content:check's limits (limits.ts), or null. */
export function limitProblem(value: unknown, prefix: readonly (string | number)[] = []): string | null {
  const visit = (x: unknown, keys: (string | number)[]): string | null => {
    if (typeof x === 'string') {
      const { max } = lengthLimit(keys)
      return x.length > max && countChars(x) > max ? `${keys.join('.')}: 超过 ${max} 字` : null
    }
    if (x === null || typeof x !== 'object') return null
    if (keys.length >= MAX_DEPTH) return `嵌套超过 ${MAX_DEPTH} 层`
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const p = visit(x[i], [...keys, i])
        if (p) return p
      }
      return null
    }
    for (const key of Object.keys(x)) {
      if (key.length > MAX_KEY_CHARS) return `键名超过 ${MAX_KEY_CHARS} 字`
      const p = visit((x as Record<string, unknown>)[key], [...keys, key])
      if (p) return p
    }
    return null
  }
  return visit(value, [...prefix])
}

export type Accepted =
  | { ok: true; kind: 'edition'; year: string; bundleVersion: string; edition: Edition }
  | { ok: true; kind: 'quiz'; year: string; bundleVersion: string; quiz: Quiz }

/**
 * One fetched file (`text` as received) of a verified manifest's `entry`, judged against what
 * the app has for its year (`mine`, a bundleVersion): accepted with its checked content, or one
 * line saying why not. A quiz bank carries its edition's bundleVersion (the manifest's).
 */
export function acceptFile(entry: ManifestFile, text: string, mine: string | undefined): Accepted | Rejection {
  const no = (why: string): Rejection => ({ ok: false, reason: `${entry.path}：${why}` })
  if (mine !== undefined) {
    const c = compareBundleVersions(entry.bundleVersion, mine)
    if (c < 0) return no(`版本 ${entry.bundleVersion} 比已有的 ${mine} 旧`)
    if (c === 0) return no(`版本 ${entry.bundleVersion} 与已有的相同`)
  }
  // UTF-16 units never outnumber UTF-8 bytes: a huge text is refused before it is encoded.
  if (text.length > MAX_FILE_BYTES) return no(`超过 ${MAX_FILE_BYTES} 字节上限`)
  const bytes = utf8(text)
  if (!bytes) return no('不是 UTF-8 文本')
  if (bytes.length > MAX_FILE_BYTES) return no(`${bytes.length} 字节，超过 ${MAX_FILE_BYTES} 字节上限`)
  if (bytes.length !== entry.bytes) return no(`长度 ${bytes.length} 字节，清单写 ${entry.bytes}`)
  if (sha256(bytes) !== entry.sha256) return no('SHA-256 与清单不符')
  const parsed = parseJson(text)
  if (!parsed.ok) return no(parsed.reason)
  const over = limitProblem(parsed.value, entry.kind === 'quiz' ? ['quiz'] : [])
  if (over) return no(`超出内容限制：${over}`)
  if (entry.kind === 'quiz') {
    const quiz = v.safeParse(Quiz, parsed.value)
    if (!quiz.success) return no(`不符合内容格式：${firstIssue(quiz.issues)}`)
    return { ok: true, kind: 'quiz', year: entry.year, bundleVersion: entry.bundleVersion, quiz: quiz.output }
  }
  const edition = v.safeParse(Edition, parsed.value)
  if (!edition.success) return no(`不符合内容格式：${firstIssue(edition.issues)}`)
  const e = edition.output
  const year = e.campaign.month.slice(0, 4)
  if (year !== entry.year) return no(`是 ${year} 年的版本，清单列为 ${entry.year} 年`)
  if (e.bundleVersion !== entry.bundleVersion) return no(`文件版本 ${e.bundleVersion}，清单写 ${entry.bundleVersion}`)
  return { ok: true, kind: 'edition', year, bundleVersion: e.bundleVersion, edition: e }
}
