/**
 * npm run content:publish -- --key KEYFILE --out DIR [--year Y …]   (--help: the usage)
 *
 * Writes what the office uploads to its static host (docs/publishing.md), in the format the
 * app verifies (src/content/update, docs/content-updates.md):
 *   DIR/editions/<year>.json, DIR/editions/<year>.quiz.json (where there is one): the repository's
 *     files byte for byte;
 *   DIR/manifest.json: {"format": 1, "keyId", "published", "files": [{path, kind, year,
 *     bundleVersion, bytes, sha256}]};
 *   DIR/manifest.json.sig: the detached Ed25519 signature of manifest.json's exact bytes, base64.
 *
 * Each edition (default: every one in src/content/editions; --year picks some) goes through
 * content:check's own check (checkFileCounted) first: if any fails, its problems are printed
 * as content:check prints them and nothing is written. DIR must not exist or be empty; the
 * files are written to a folder beside it and renamed into place last, so DIR is either
 * untouched or complete. KEYFILE (content:keygen's) is refused when git tracks it.
 * --editions D: another editions folder (for tests).
 *
 * Exit code 0 when DIR is written, 1 otherwise.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import nacl from 'tweetnacl'
import { checkFileCounted, EDITIONS_DIR, editionFiles, quizFileOf, readBounded } from './content-guard'
import { formatProblem } from './content/problem'
import { moreProblem } from './content/bounds'
import { gitStatusOf, keyIdOf, parseKeyFile, toBase64 } from './content/publish-keys'
import { oneLine } from '../src/content/printable'
import { dieWith, showFile, type Die } from './content/cli'

const USAGE = 'usage: npm run content:publish -- --key KEYFILE --out DIR [--year YYYY …]'

const show = showFile
const die: Die = dieWith(USAGE)

// Arguments.
const args = process.argv.slice(2)
let keyFile = ''
let outDir = ''
let editionsDir = EDITIONS_DIR
const years: string[] = []
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  const value = () => args[++i] ?? die(`${a} needs a value`, true)
  if (a === '--help' || a === '-h') {
    console.log(USAGE)
    process.exit(0)
  }
  if (a === '--key') keyFile = resolve(value())
  else if (a === '--out') outDir = resolve(value())
  else if (a === '--editions') editionsDir = resolve(value())
  else if (a === '--year') {
    const y = value()
    if (!/^\d{4}$/.test(y)) die(`--year ${JSON.stringify(y)}: expected a year like 2021`)
    if (!years.includes(y)) years.push(y)
  } else die(`unexpected argument ${JSON.stringify(a)}`, true)
}
if (!keyFile) die('no --key KEYFILE given', true)
if (!outDir) die('no --out DIR given', true)

// The key: never one git tracks (it may be pushed already: make a new one, docs/publishing.md).
let keyPath: string
try {
  keyPath = realpathSync(keyFile)
} catch (err) {
  die(`${show(keyFile)}: cannot read the key: ${(err as Error).message}`)
}
const where = gitStatusOf(keyPath)
if (where === 'tracked') {
  die(`${show(keyFile)}: git tracks this key file, so the secret key is (or is about to be) in the repository: refused. Run git rm --cached on it, make a new key (content:keygen) and rotate (docs/publishing.md)`)
}
if (where === 'exposed') console.error(`warning: ${show(keyFile)} is inside a git work tree and not ignored: move it out of the repository`)
const keyRead = readBounded(keyPath, 1024)
if (!keyRead.ok) die(`${show(keyFile)}: ${keyRead.problem.reason}`)
if (process.platform !== 'win32' && (statSync(keyPath).mode & 0o077) !== 0) {
  console.error(`warning: ${show(keyFile)} is readable by others: chmod 600 it`)
}
const parsed = parseKeyFile(Buffer.from(keyRead.bytes).toString('latin1'))
if (!parsed.ok) die(`${show(keyFile)}: ${parsed.reason}`)
const { keys } = parsed

// The output folder: absent or empty, so no file of an earlier publish is uploaded by mistake.
if (existsSync(outDir) && (!statSync(outDir).isDirectory() || readdirSync(outDir).length > 0)) {
  die(`${show(outDir)}: exists and is not an empty folder; publish into a new folder`)
}

// The editions to publish.
if (!existsSync(editionsDir)) die(`${show(editionsDir)}: no such folder`)
const all = editionFiles(editionsDir)
const yearOf = (file: string) => /^(\d{4})\.json$/.exec(basename(file))?.[1]
const files = years.length ? years.map((y) => all.find((f) => yearOf(f) === y) ?? die(`no edition of ${y} in ${show(editionsDir)}`)) : all
if (!files.length) die(`no edition in ${show(editionsDir)}`)

type Entry = { path: string; kind: 'edition' | 'quiz'; year: string; bundleVersion: string; bytes: number; sha256: string }
const entries: Entry[] = []
const contents = new Map<string, Uint8Array>()
let failed = false
for (const file of files) {
  const year = yearOf(file)
  if (!year) die(`${show(file)}: an edition file is named after its year, like 2021.json`)
  // The bytes published are the bytes checked: read before and after the check, and compared.
  const quizFile = quizFileOf(file)
  const parts: [Entry['kind'], string][] = [['edition', file], ...(existsSync(quizFile) ? [['quiz', quizFile] as [Entry['kind'], string]] : [])]
  const before = parts.map(([, f]) => readBounded(f))
  const { problems, more } = checkFileCounted(file)
  if (problems.length) {
    failed = true
    for (const p of problems) console.error(formatProblem(p))
    if (more) console.error(formatProblem(moreProblem(more)))
    console.error(`\n${show(file)}: ${problems.length + more} problem(s)`)
    continue
  }
  const after = parts.map(([, f]) => readBounded(f))
  const bytes = parts.map(([, f], i) => {
    const b = before[i]
    const a = after[i]
    if (!b.ok || !a.ok || Buffer.compare(Buffer.from(b.bytes), Buffer.from(a.bytes)) !== 0) {
      die(`${show(f)}: changed while it was being checked; nothing published, run content:publish again`)
    }
    return b.bytes
  })
  // Checked above: valid UTF-8 JSON with a bundleVersion like 2021.4.1.
  const { bundleVersion } = JSON.parse(Buffer.from(bytes[0]).toString('utf8')) as { bundleVersion: string }
  parts.forEach(([kind, f], i) => {
    const path = `editions/${basename(f)}`
    entries.push({ path, kind, year, bundleVersion, bytes: bytes[i].length, sha256: createHash('sha256').update(bytes[i]).digest('hex') })
    contents.set(path, bytes[i])
  })
  console.log(`${show(file)}: ok, bundleVersion ${oneLine(bundleVersion, 40)}`)
}
if (failed) die(`nothing published: fix the problems above (npm run content:check), then publish again`)

// The manifest and its signature, over the manifest's exact bytes.
const keyId = keyIdOf(keys.publicKey)
const manifest = { format: 1, keyId, published: new Date().toISOString(), files: entries }
const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
const signature = nacl.sign.detached(manifestBytes, keys.secretKey)
if (!nacl.sign.detached.verify(manifestBytes, signature, keys.publicKey)) die('the signature does not verify: nothing published')

// Written beside DIR, then renamed into place: DIR is untouched until everything is written.
const staging = join(dirname(outDir), `.${basename(outDir)}.partial-${process.pid}`)
try {
  mkdirSync(join(staging, 'editions'), { recursive: true })
  for (const [path, bytes] of contents) writeFileSync(join(staging, path), bytes)
  writeFileSync(join(staging, 'manifest.json'), manifestBytes)
  writeFileSync(join(staging, 'manifest.json.sig'), toBase64(signature)) // one line, no line break to trim
  if (existsSync(outDir)) rmdirSync(outDir) // empty: checked above
  renameSync(staging, outDir)
} catch (err) {
  rmSync(staging, { recursive: true, force: true })
  die(`${show(outDir)}: cannot write: ${(err as Error).message}; nothing published`)
}

console.log(`published ${entries.length} file(s) to ${show(outDir)}: upload the folder's contents (the editions first, manifest.json.sig and manifest.json last): docs/publishing.md`)
console.log(`key id: ${keyId}`)
console.log(`public key: ${toBase64(keys.publicKey)}`)
