/**
 * Signed content updates (issue 27, docs/content-updates.md) are off unless the build is given
 * both settings:
 *   HQ_CONTENT_ORIGIN      where content:publish's folder is hosted: an https:// URL
 *                          (http://127.0.0.1:PORT and http://localhost:PORT for tests);
 *   HQ_CONTENT_PUBLIC_KEY  the publisher's Ed25519 public key, base64 of 32 bytes
 *                          (the last line content:keygen prints).
 * They become one build constant, HQ_CONTENT_UPDATES: `null` when both are absent, so every
 * `if (HQ_CONTENT_UPDATES)` branch, and the update code it imports, is dropped from the build;
 * else the origin, the key, and each bundled edition's bundleVersion (the floor an update must
 * beat, known without loading the edition). One setting without the other, or a bad value,
 * stops the build with one line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type ContentUpdateSettings = {
  /** Without a trailing slash. */
  origin: string
  publicKey: string
  /** year → the bundled edition's bundleVersion. */
  bundled: Record<string, string>
}

const LOOPBACK = /^http:\/\/(?:127\.0\.0\.1|localhost):\d{1,5}$/
const HTTPS = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?$/

/** The settings from `env`, or null when updates are off; throws one line on a bad value. */
export function contentUpdateSettings(env: Record<string, string | undefined>, editionsDir: string): ContentUpdateSettings | null {
  const origin = (env.HQ_CONTENT_ORIGIN ?? '').trim()
  const publicKey = (env.HQ_CONTENT_PUBLIC_KEY ?? '').trim()
  if (!origin && !publicKey) return null
  if (!origin || !publicKey) {
    throw new Error(`content updates: set both HQ_CONTENT_ORIGIN and HQ_CONTENT_PUBLIC_KEY, or neither (only ${origin ? 'HQ_CONTENT_ORIGIN' : 'HQ_CONTENT_PUBLIC_KEY'} is set)`)
  }
  const trimmed = origin.replace(/\/+$/, '')
  if (!HTTPS.test(trimmed) && !LOOPBACK.test(trimmed)) {
    throw new Error(`content updates: HQ_CONTENT_ORIGIN must be an https:// URL (or http://127.0.0.1:PORT / http://localhost:PORT for tests), got ${JSON.stringify(origin.slice(0, 100))}`)
  }
  if (!/^[A-Za-z0-9+/]{43}=$/.test(publicKey)) {
    throw new Error('content updates: HQ_CONTENT_PUBLIC_KEY must be a base64 Ed25519 public key of 32 bytes (44 characters ending in "="), as content:keygen prints it')
  }
  const bundled: Record<string, string> = {}
  for (const name of readdirSync(editionsDir)) {
    const m = /^(\d{4})\.json$/.exec(name)
    if (m) bundled[m[1]] = (JSON.parse(readFileSync(join(editionsDir, name), 'utf8')) as { bundleVersion: string }).bundleVersion
  }
  return { origin: trimmed, publicKey, bundled }
}

/** For config/index.ts defineConstants. */
export function contentUpdateConstants(env: Record<string, string | undefined>, editionsDir: string): { HQ_CONTENT_UPDATES: string } {
  return { HQ_CONTENT_UPDATES: JSON.stringify(contentUpdateSettings(env, editionsDir)) }
}
