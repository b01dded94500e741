/**
 * @jest-environment node
 */
import nacl from 'tweetnacl'
import { keyIdOf, parseKeyFile } from './publish-keys'

const seed = new Uint8Array(32).map((_, i) => i + 1)
const pair = nacl.sign.keyPair.fromSeed(seed)
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')

describe('signing keys (content:keygen, content:publish)', () => {
  it('a key file holds the 32-byte seed or the 64-byte secret key, and both give the same pair', () => {
    for (const text of [`${b64(seed)}\n`, `${b64(pair.secretKey)}\r\n`]) {
      const r = parseKeyFile(text)
      expect(r.ok && b64(r.keys.publicKey)).toBe(b64(pair.publicKey))
      expect(r.ok && b64(r.keys.secretKey)).toBe(b64(pair.secretKey))
    }
  })

  it('refuses what is not a key: other lengths, stray characters, two lines, a secret key whose halves disagree', () => {
    const other = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(9)).publicKey
    const mismatched = new Uint8Array([...seed, ...other])
    expect(parseKeyFile(b64(mismatched))).toEqual({ ok: false, reason: 'not a valid secret key: its public half does not match its seed' })
    for (const text of ['', b64(seed.subarray(0, 31)), `${b64(seed)}!`, `${b64(seed)}\n${b64(seed)}`, b64(pair.publicKey).replace(/=$/, '')]) {
      expect(parseKeyFile(text).ok).toBe(false)
    }
  })

  it('the key id is the first 8 hex digits of SHA-256 of the raw public key', () => {
    // sha256 of 32 zero bytes: 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    expect(keyIdOf(new Uint8Array(32))).toBe('66687aad')
  })
})
