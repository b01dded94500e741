/**
 * The test origin of signed content updates (issue 27, docs/content-updates.md “测试”), shared by
 * the e2e test (tests/e2e/content-update.e2e.ts), the simulator tests
 * (tests/weapp/content-update-fixture.ts) and npm run bench:load --app on a configured build.
 * Builds made for them:
 *   HQ_CONTENT_ORIGIN=http://127.0.0.1:47127 HQ_CONTENT_PUBLIC_KEY=HioTfH/iJ5+dfwZEAwoOnAtF94Hc5xrkUZwPQ4QDFlQ= \
 *     NODE_ENV=production npx taro build --type h5|weapp
 * The key pair comes from a fixed seed (27): test data, never used for a real origin.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import nacl from 'tweetnacl'
import { sha256 } from 'js-sha256'

export const PORT = 47127
export const ORIGIN = `http://127.0.0.1:${PORT}`
const seed = (n: number) => new Uint8Array(32).fill(n)
export const KEYS = nacl.sign.keyPair.fromSeed(seed(27))
/** Another key: what an origin signed by someone else serves. */
export const OTHER = nacl.sign.keyPair.fromSeed(seed(28))
export const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
/** HQ_CONTENT_PUBLIC_KEY of the builds under test. */
export const TEST_PUBLIC_KEY = b64(KEYS.publicKey)
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const keyId = (pk: Uint8Array) => sha256(pk).slice(0, 8)

/** The bundled 2021 edition, as the repository has it. */
export const BUNDLED_2021_TEXT = readFileSync(resolve(__dirname, '../../src/content/editions/2021.json'), 'utf8')
export const bundled2021 = JSON.parse(BUNDLED_2021_TEXT) as { bundleVersion: string; events: { id: string; dates: unknown[] }[] }

/** The 2021 edition at `version`, its 电梯安全宣传周 given a Hainan day (test data, never shipped). */
export function editionText(version: string, extra: Record<string, unknown> = {}): string {
  const events = bundled2021.events.map((e) => e.id !== 'elevator-week' ? e : {
    ...e,
    dates: [{ scope: 'hainan', precision: 'day', date: '2021-09-16', source: { kind: 'public', publisher: '测试发布者', title: '测试用的更正', confidence: 'high' } }, ...e.dates]
  })
  return JSON.stringify({ ...bundled2021, bundleVersion: version, events, ...extra }, null, 2) + '\n'
}

/** A published folder: path → file text. */
export type Folder = Record<string, string>

/**
 * What content:publish writes for the 2021 edition `text`: the edition, the manifest listing it
 * (with `listed` merged into its entry, or `manifest` instead), the manifest's detached
 * signature by `key`; `served` replaces the edition file's bytes (a tampered file).
 */
export function publish(text: string, opts: { listed?: Partial<Record<string, unknown>>; key?: nacl.SignKeyPair; manifest?: string; served?: string } = {}): Folder {
  const key = opts.key ?? KEYS
  const version = (JSON.parse(text) as { bundleVersion: string }).bundleVersion
  const manifest = opts.manifest ?? JSON.stringify({
    format: 1, keyId: keyId(key.publicKey), published: '2021-09-10T02:00:00Z',
    files: [{ path: 'editions/2021.json', kind: 'edition', year: '2021', bundleVersion: version, bytes: enc(text).length, sha256: sha256(enc(text)), ...opts.listed }]
  }, null, 2)
  return {
    'manifest.json': manifest,
    'manifest.json.sig': b64(nacl.sign.detached(enc(manifest), key.secretKey)),
    'editions/2021.json': opts.served ?? text
  }
}

/** Whether the build in `dir` (its .js files in `dir` or `dir`/js) was made with the test origin. */
export function builtWithTestOrigin(dir: string): boolean {
  for (const d of [dir, join(dir, 'js')]) {
    try {
      if (readdirSync(d).some((f) => f.endsWith('.js') && readFileSync(join(d, f), 'utf8').includes(ORIGIN))) return true
    } catch {
      // not there
    }
  }
  return false
}

/** The test origin, started: what it was asked for (paths), and how to stop it. */
export type TestOrigin = { requests: string[]; close: () => Promise<void> }

/**
 * Starts the test origin on ORIGIN's port: it serves what `folder()` holds at the moment of each
 * request (a test may change it between cases), with CORS and `cache-control: no-cache` as a
 * static host set up per docs/publishing.md, and a 404 for anything else.
 */
export async function serveTestOrigin(folder: () => Folder): Promise<TestOrigin> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').slice(1)
    requests.push(path)
    const files = folder()
    const head = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' }
    if (Object.prototype.hasOwnProperty.call(files, path)) res.writeHead(200, { ...head, 'content-type': 'application/json; charset=utf-8' }).end(files[path])
    else res.writeHead(404, head).end('not found')
  })
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(PORT, '127.0.0.1', ok))
  return { requests, close: () => new Promise<void>((ok) => server.close(() => ok())) }
}
