/**
 * @jest-environment node
 */
// content:keygen and content:publish, run as the editor runs them; the output is verified with
// tweetnacl, the library the app verifies with (src/content/update).
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import nacl from 'tweetnacl'
import { acceptFile, planUpdates, verifyManifest } from '../src/content/update/verify'

const EDITIONS = resolve(__dirname, '../src/content/editions')
const tsx = (script: string, ...args: string[]) => spawnSync(
  process.execPath, [require.resolve('tsx/cli'), resolve(__dirname, script), ...args], { encoding: 'utf8' }
)
const lastLine = (s: string) => s.trimEnd().split('\n').pop() ?? ''
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

type Entry = { path: string; kind: string; year: string; bundleVersion: string; bytes: number; sha256: string }

describe('npm run content:keygen and content:publish', () => {
  let dir = ''
  let key = ''
  let publicKey = ''
  let editions = ''
  let keygen: ReturnType<typeof tsx>
  const publish = (out: string, ...more: string[]) => tsx('content-publish.ts', '--key', key, '--out', out, '--editions', editions, ...more)

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'content-publish-'))
    key = join(dir, 'office.key')
    // A copy of the repository's editions, so a test can break one without touching the real files.
    editions = join(dir, 'editions')
    mkdirSync(editions)
    for (const f of ['2021.json', '2021.quiz.json']) copyFileSync(join(EDITIONS, f), join(editions, f))
    // Every test signs with this key (so each may run alone).
    keygen = tsx('content-keygen.ts', '--out', key)
    publicKey = lastLine(keygen.stdout)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keygen writes a 0600 key file and prints its public key last; it never overwrites one', () => {
    expect(keygen.stderr).toBe('')
    expect(keygen.status).toBe(0)
    expect(Buffer.from(publicKey, 'base64')).toHaveLength(32)
    expect(Buffer.from(publicKey, 'base64').toString('base64')).toBe(publicKey)
    expect(statSync(key).mode & 0o777).toBe(0o600)
    const secret = readFileSync(key, 'utf8')
    expect(secret).toMatch(/^[A-Za-z0-9+/]{43}=\n$/)
    // The printed public key is the secret's.
    const seed = new Uint8Array(Buffer.from(secret.trim(), 'base64'))
    expect(Buffer.from(nacl.sign.keyPair.fromSeed(seed).publicKey).toString('base64')).toBe(publicKey)

    const again = tsx('content-keygen.ts', '--out', key)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('exists; not overwritten')
    expect(readFileSync(key, 'utf8')).toBe(secret)
  })

  it('publish writes the checked files byte for byte and a manifest that verifies with tweetnacl against that public key', () => {
    const out = join(dir, 'out')
    const r = publish(out)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(lastLine(r.stdout)).toBe(`public key: ${publicKey}`)
    expect(readdirSync(out).sort()).toEqual(['editions', 'manifest.json', 'manifest.json.sig'])
    expect(readdirSync(join(out, 'editions')).sort()).toEqual(['2021.json', '2021.quiz.json'])

    const manifestBytes = readFileSync(join(out, 'manifest.json'))
    const sig = readFileSync(join(out, 'manifest.json.sig'), 'utf8')
    expect(sig).toMatch(/^[A-Za-z0-9+/]{86}==$/) // 64 bytes, standard base64, one line
    const pub = new Uint8Array(Buffer.from(publicKey, 'base64'))
    expect(nacl.sign.detached.verify(new Uint8Array(manifestBytes), new Uint8Array(Buffer.from(sig, 'base64')), pub)).toBe(true)
    // One byte changed: the signature no longer verifies.
    const tampered = new Uint8Array(manifestBytes)
    tampered[tampered.indexOf(0x31)] = 0x32
    expect(nacl.sign.detached.verify(tampered, new Uint8Array(Buffer.from(sig, 'base64')), pub)).toBe(false)

    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { format: number; keyId: string; published: string; files: Entry[] }
    expect(manifest.format).toBe(1)
    expect(manifest.keyId).toBe(sha256(Buffer.from(publicKey, 'base64')).slice(0, 8))
    expect(new Date(manifest.published).toISOString()).toBe(manifest.published)
    const { bundleVersion } = JSON.parse(readFileSync(join(EDITIONS, '2021.json'), 'utf8'))
    expect(manifest.files.map((f) => [f.path, f.kind, f.year, f.bundleVersion])).toEqual([
      ['editions/2021.json', 'edition', '2021', bundleVersion],
      ['editions/2021.quiz.json', 'quiz', '2021', bundleVersion]
    ])
    for (const f of manifest.files) {
      const published = readFileSync(join(out, f.path))
      expect(published.equals(readFileSync(join(editions, f.path.replace('editions/', ''))))).toBe(true)
      expect(f.bytes).toBe(published.length)
      expect(f.sha256).toBe(sha256(published))
    }
  })

  it('a content check that fails publishes nothing and prints the problems as content:check does', () => {
    const edition = JSON.parse(readFileSync(join(EDITIONS, '2021.json'), 'utf8'))
    edition.bundleVersion = '2021.5' // a version bumped the wrong way
    const broken = join(dir, 'broken')
    mkdirSync(broken)
    writeFileSync(join(broken, '2021.json'), JSON.stringify(edition, null, 2))
    const check = tsx('content-check.ts', join(broken, '2021.json'))
    expect(check.status).toBe(1)

    const out = join(dir, 'not-published')
    const empty = join(dir, 'empty-out')
    mkdirSync(empty)
    for (const target of [out, empty]) {
      const r = tsx('content-publish.ts', '--key', key, '--out', target, '--editions', broken)
      expect(r.status).toBe(1)
      expect(r.stderr).toContain('bundleVersion: expected a version like 2021.1.0')
      expect(r.stderr.split('\n')[0]).toBe(check.stderr.split('\n')[0])
      expect(lastLine(r.stderr)).toMatch(/^nothing published/)
    }
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(empty)).toEqual([])
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([])
  })

  it('refuses a key file that git tracks, and writes nothing', () => {
    const repo = join(dir, 'repo')
    mkdirSync(repo)
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0)
    const tracked = join(repo, 'office.key')
    copyFileSync(key, tracked)
    expect(spawnSync('git', ['-C', repo, 'add', '-f', 'office.key']).status).toBe(0)
    const out = join(dir, 'tracked-out')
    const r = tsx('content-publish.ts', '--key', tracked, '--out', out, '--editions', editions)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('git tracks this key file')
    expect(existsSync(out)).toBe(false)

    // keygen will not write where git could pick the key up either (not ignored: this repo has no .gitignore).
    const k = tsx('content-keygen.ts', '--out', join(repo, 'new.key'))
    expect(k.status).toBe(1)
    expect(k.stderr).toContain('inside a git work tree and not ignored')
    expect(existsSync(join(repo, 'new.key'))).toBe(false)
  })

  it('refuses an output folder that is not empty, a key that is not one, and a year with no edition', () => {
    const full = join(dir, 'full')
    mkdirSync(full)
    writeFileSync(join(full, 'old.txt'), 'x')
    const notEmpty = publish(full)
    expect(notEmpty.status).toBe(1)
    expect(notEmpty.stderr).toContain('exists and is not an empty folder')
    expect(readdirSync(full)).toEqual(['old.txt'])

    const bad = join(dir, 'bad.key')
    writeFileSync(bad, 'not a key\n', { mode: 0o600 })
    const badKey = tsx('content-publish.ts', '--key', bad, '--out', join(dir, 'x'), '--editions', editions)
    expect(badKey.status).toBe(1)
    expect(badKey.stderr).toContain('not a key file')

    const noYear = publish(join(dir, 'y'), '--year', '2099')
    expect(noYear.status).toBe(1)
    expect(noYear.stderr).toContain('no edition of 2099')
    expect(existsSync(join(dir, 'x')) || existsSync(join(dir, 'y'))).toBe(false)
  })

  it('publishes with tweetnacl\'s 64-byte secret key as well, under the same key id', () => {
    const seed = new Uint8Array(Buffer.from(readFileSync(key, 'utf8').trim(), 'base64'))
    const long = join(dir, 'long.key')
    writeFileSync(long, `${Buffer.from(nacl.sign.keyPair.fromSeed(seed).secretKey).toString('base64')}\n`, { mode: 0o600 })
    const out = join(dir, 'out-long')
    const r = tsx('content-publish.ts', '--key', long, '--out', out, '--editions', editions, '--year', '2021')
    expect(r.status).toBe(0)
    expect(lastLine(r.stdout)).toBe(`public key: ${publicKey}`)
    const manifestBytes = new Uint8Array(readFileSync(join(out, 'manifest.json')))
    const sig = new Uint8Array(Buffer.from(readFileSync(join(out, 'manifest.json.sig'), 'utf8'), 'base64'))
    expect(nacl.sign.detached.verify(manifestBytes, sig, new Uint8Array(Buffer.from(publicKey, 'base64')))).toBe(true)
  })

  it('the app\'s verifier (src/content/update/verify.ts) accepts what publish writes: a corrected edition with a raised bundleVersion', () => {
    const bundled = JSON.parse(readFileSync(join(EDITIONS, '2021.json'), 'utf8')).bundleVersion as string
    const raised = bundled.replace(/\d+$/, (n) => String(Number(n) + 1))
    const corrected = join(dir, 'corrected')
    mkdirSync(corrected)
    writeFileSync(join(corrected, '2021.json'), readFileSync(join(EDITIONS, '2021.json'), 'utf8').replace(`"bundleVersion": "${bundled}"`, `"bundleVersion": "${raised}"`))
    copyFileSync(join(EDITIONS, '2021.quiz.json'), join(corrected, '2021.quiz.json'))
    const out = join(dir, 'out-corrected')
    expect(tsx('content-publish.ts', '--key', key, '--out', out, '--editions', corrected).status).toBe(0)

    const verified = verifyManifest(readFileSync(join(out, 'manifest.json'), 'utf8'), readFileSync(join(out, 'manifest.json.sig'), 'utf8'), publicKey)
    if (!verified.ok) throw new Error(verified.reason)
    const plan = planUpdates(verified.manifest, { 2021: bundled }, ['2021'])
    expect(plan.fetch.map((f) => f.path)).toEqual(['editions/2021.json', 'editions/2021.quiz.json'])
    for (const entry of plan.fetch) {
      const accepted = acceptFile(entry, readFileSync(join(out, entry.path), 'utf8'), bundled)
      expect(accepted).toMatchObject({ ok: true, kind: entry.kind, year: '2021', bundleVersion: raised })
    }
    // Signed by another key: the app refuses the manifest.
    const other = Buffer.from(nacl.sign.keyPair().publicKey).toString('base64')
    expect(verifyManifest(readFileSync(join(out, 'manifest.json'), 'utf8'), readFileSync(join(out, 'manifest.json.sig'), 'utf8'), other).ok).toBe(false)
  })
})
