/**
 * npm run content:keygen -- --out KEYFILE   (--help: the usage)
 *
 * Writes a new Ed25519 secret key for content:publish (docs/publishing.md) to KEYFILE: the
 * 32-byte seed, base64, one line, readable by its owner only (mode 0600). Never overwrites a
 * file, and never writes where git could pick the key up: inside a work tree, KEYFILE must be
 * ignored (.gitignore: *.key, content-keys/). Prints the public key, base64, as its last line:
 * it goes into the app's build setting HQ_CONTENT_PUBLIC_KEY (docs/content-updates.md).
 *
 * Exit code 0 when the key is written, 1 otherwise (with one line saying why).
 */
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import nacl from 'tweetnacl'
import { gitStatusOf, keyIdOf, toBase64 } from './content/publish-keys'
import { oneLine } from '../src/content/printable'
import { dieWith, type Die } from './content/cli'

const USAGE = 'usage: npm run content:keygen -- --out KEYFILE'

const die: Die = dieWith(USAGE)

const args = process.argv.slice(2)
let out = ''
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  if (a === '--help' || a === '-h') {
    console.log(USAGE)
    process.exit(0)
  }
  if (a === '--out' && !out) out = args[++i] ?? die('--out needs a value', true)
  else die(`unexpected argument ${JSON.stringify(a)}`, true)
}
if (!out) die('no --out KEYFILE given', true)

// The folder's real path, so a symlinked folder into a repository is judged where it leads.
let file: string
try {
  file = join(realpathSync(dirname(resolve(out))), basename(out))
} catch (err) {
  die(`${out}: cannot use its folder: ${(err as Error).message}`)
}
const where = gitStatusOf(file)
if (where === 'tracked' || where === 'exposed') {
  die(`${out}: inside a git work tree and not ignored, so it could be committed: keep secret keys outside the repository (or name it *.key)`)
}

const keys = nacl.sign.keyPair()
let fd: number
try {
  // 'wx': fails if the file exists (or is a dangling symlink), so nothing is ever overwritten.
  fd = openSync(file, 'wx', 0o600)
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code
  die(code === 'EEXIST' ? `${out} exists; not overwritten (a key in use must not be lost: choose another name)` : `${out}: cannot write: ${(err as Error).message}`)
}
try {
  fchmodSync(fd, 0o600) // whatever the umask
  writeSync(fd, `${toBase64(keys.secretKey.subarray(0, nacl.sign.seedLength))}\n`)
  fsyncSync(fd)
} finally {
  closeSync(fd)
}

console.log(`secret key written to ${oneLine(out, 200)} (mode 0600): keep it off the repository and back it up offline`)
if (where === 'unknown') console.log('(git was not found, so whether the folder is in a repository was not checked)')
console.log(`key id: ${keyIdOf(keys.publicKey)}`)
console.log('public key (HQ_CONTENT_PUBLIC_KEY):')
console.log(toBase64(keys.publicKey))
