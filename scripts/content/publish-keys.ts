/**
 * The signing keys of content:keygen and content:publish (docs/publishing.md): the key file's
 * format, the public key's id, and where a secret key may live (never in a repository).
 *
 * A key file is one line of standard base64: the 32-byte Ed25519 seed (what content:keygen
 * writes) or tweetnacl's 64-byte secret key (seed + public key). The app verifies with
 * tweetnacl (src/content/update), so signing uses it too: one implementation on both sides.
 */
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { basename, dirname } from 'node:path'
import nacl from 'tweetnacl'

export type KeyPair = { publicKey: Uint8Array; secretKey: Uint8Array }

/** The id the manifest names its key by: the first 8 hex digits of SHA-256 of the raw 32-byte public key. */
export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 8)
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

/** Standard base64 with its padding, nothing else (Buffer.from would skip stray characters). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The key pair a key file's text holds, or why it holds none. */
export function parseKeyFile(text: string): { ok: true; keys: KeyPair } | { ok: false; reason: string } {
  const line = text.trim()
  if (!line || /\s/.test(line) || !BASE64.test(line)) {
    return { ok: false, reason: 'not a key file: expected one line of base64 (what content:keygen writes)' }
  }
  const bytes = new Uint8Array(Buffer.from(line, 'base64'))
  if (bytes.length === nacl.sign.seedLength) return { ok: true, keys: nacl.sign.keyPair.fromSeed(bytes) }
  if (bytes.length === nacl.sign.secretKeyLength) {
    // The second half of a tweetnacl secret key is its public key: it must be the seed's, or
    // publish would print (and the app be given) a key that does not verify what it signs.
    const keys = nacl.sign.keyPair.fromSeed(bytes.subarray(0, nacl.sign.seedLength))
    if (Buffer.compare(Buffer.from(keys.publicKey), Buffer.from(bytes.subarray(nacl.sign.seedLength))) !== 0) {
      return { ok: false, reason: 'not a valid secret key: its public half does not match its seed' }
    }
    return { ok: true, keys }
  }
  return { ok: false, reason: `not a key file: ${bytes.length} bytes of base64, expected 32 (a seed) or 64 (a secret key)` }
}

/** `git -C dir args…`: its exit code, or null when git is not there to ask. */
function git(dir: string, args: string[]): number | null {
  const r = spawnSync('git', ['-C', dir, ...args], { stdio: 'ignore' })
  return r.error ? null : r.status
}

/**
 * Where `file` stands with git: 'tracked' (in the index of the repository around it: a secret
 * that is, or is about to be, committed), 'exposed' (inside a work tree, neither tracked nor
 * ignored: one `git add -A` from being committed), 'safe' (ignored, or in no work tree), or
 * 'unknown' (no git to ask). `file` should be a real path (symlinks resolved).
 */
export function gitStatusOf(file: string): 'tracked' | 'exposed' | 'safe' | 'unknown' {
  const dir = dirname(file)
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree'])
  if (inside === null) return 'unknown'
  if (inside !== 0) return 'safe'
  if (git(dir, ['ls-files', '--error-unmatch', '--', basename(file)]) === 0) return 'tracked'
  return git(dir, ['check-ignore', '-q', '--', basename(file)]) === 0 ? 'safe' : 'exposed'
}
