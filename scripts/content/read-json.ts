/**
 * The one reader of bundle files (content:check, the tests and the build use it): strict JSON
 * read from the file's bytes, where JSON.parse would let these through silently:
 *
 * - a duplicate key (JSON.parse keeps the last, so the app and a reviewer would read different
 *   values): reported at the path of the second, e.g. `channels[0].hotline: duplicate key…`;
 * - bytes that are not UTF-8 (decoded with `new TextDecoder('utf-8', { fatal: true })`, so
 *   nothing silently becomes U+FFFD), with the byte offset, line and column;
 * - a byte-order mark, a raw control character inside a string, a number too large for a
 *   double (`1e999` would be Infinity), nesting deeper than MAX_DEPTH, a file over MAX_FILE_BYTES
 *   (refused before parsing).
 *
 * Problems other than broken syntax are all collected; broken syntax stops the reader at the
 * first error. Every path and value in a message is escaped and shortened (printable.ts).
 * Pure (bytes in, value or problems out); scripts/content-guard.ts reads the file.
 */
import { MAX_DEPTH, MAX_FILE_BYTES } from '../../src/content/limits'
import { codePointName, formatKeys, showString, SHOWN_CHARS } from '../../src/content/printable'
import type { Problem } from './problem'

export type ReadResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] }

export type ReadOptions = { maxBytes?: number; maxDepth?: number }

/** Stop collecting after this many problems: a file full of them needs fixing from the top anyway. */
const MAX_PROBLEMS = 100

const FILE = '(file)'

class Stop extends Error {}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' }

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/**
 * Where the first invalid UTF-8 sequence of bytes[start, end) begins, or -1. The same rules as
 * TextDecoder's fatal mode (WHATWG Encoding): no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated sequence.
 */
export function invalidUtf8At(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let i = start
  while (i < end) {
    const b = bytes[i]
    if (b < 0x80) { i++; continue }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = i + k < end ? bytes[i + k] : -1
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i
    }
    i += need + 1
  }
  return -1
}

const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

class Reader {
  pos = 0
  readonly problems: Problem[] = []
  private lineStarts: number[] | null = null

  constructor(private readonly bytes: Uint8Array, private readonly maxDepth: number) {}

  add(path: string, reason: string) {
    this.problems.push({ path, reason })
    if (this.problems.length >= MAX_PROBLEMS) {
      this.problems.push({ path: FILE, reason: `stopped after ${MAX_PROBLEMS} problems` })
      throw new Stop()
    }
  }

  /** `line 12, column 7` (column in characters) of a byte offset. */
  where(offset: number): string {
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let i = 0; i < this.bytes.length; i++) if (this.bytes[i] === 0x0a) this.lineStarts.push(i + 1)
    }
    const starts = this.lineStarts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    const before = lenient.decode(this.bytes.subarray(starts[lo], offset))
    return `line ${lo + 1}, column ${[...before].length + 1}`
  }

  /** Stops reading: the syntax is broken at `offset`. */
  syntax(expected: string, keys: (string | number)[], offset = this.pos): never {
    const found = offset >= this.bytes.length ? 'the end of the file' : this.describeAt(offset)
    const inside = keys.length ? ` (in ${formatKeys(keys)})` : ''
    this.problems.push({ path: FILE, reason: `not valid JSON: expected ${expected}, found ${found} at ${this.where(offset)}${inside}` })
    throw new Stop()
  }

  private describeAt(offset: number): string {
    const b = this.bytes[offset]
    if (b >= 0x80 && invalidUtf8At(this.bytes, offset, Math.min(this.bytes.length, offset + 4)) === offset) return `the byte ${hexByte(b)} (not UTF-8)`
    const ch = [...lenient.decode(this.bytes.subarray(offset, offset + 4))][0]
    return showString(ch)
  }

  skipWhitespace() {
    const { bytes } = this
    while (this.pos < bytes.length) {
      const b = bytes[this.pos]
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) this.pos++
      else break
    }
  }

  value(keys: (string | number)[]): unknown {
    this.skipWhitespace()
    const b = this.bytes[this.pos]
    if (b === 0x7b) return this.object(keys)
    if (b === 0x5b) return this.array(keys)
    if (b === QUOTE) return this.string(keys)
    if (b === 0x2d || (b >= 0x30 && b <= 0x39)) return this.number(keys)
    if (this.literal('true')) return true
    if (this.literal('false')) return false
    if (this.literal('null')) return null
    return this.syntax('a value', keys)
  }

  private literal(word: string): boolean {
    for (let k = 0; k < word.length; k++) if (this.bytes[this.pos + k] !== word.charCodeAt(k)) return false
    this.pos += word.length
    return true
  }

  private enter(keys: (string | number)[]) {
    if (keys.length >= this.maxDepth) {
      this.add(FILE, `nested deeper than ${this.maxDepth} levels at ${this.where(this.pos)} (in ${formatKeys(keys)})`)
      throw new Stop()
    }
  }

  private object(keys: (string | number)[]): Record<string, unknown> {
    this.enter(keys)
    this.pos++ // {
    const out: Record<string, unknown> = {}
    const seen = new Map<string, number>()
    this.skipWhitespace()
    if (this.bytes[this.pos] === 0x7d) { this.pos++; return out }
    for (;;) {
      this.skipWhitespace()
      if (this.bytes[this.pos] !== QUOTE) this.syntax('a key in double quotes', keys)
      const keyAt = this.pos
      const key = this.string(keys, true)
      const here = [...keys, key]
      this.skipWhitespace()
      if (this.bytes[this.pos] !== 0x3a) this.syntax('":" after the key', here)
      this.pos++
      const value = this.value(here)
      const first = seen.get(key)
      if (first !== undefined) {
        this.add(formatKeys(here), `duplicate key (first at ${this.where(first)}, again at ${this.where(keyAt)}; JSON.parse would silently keep the last)`)
      } else seen.set(key, keyAt)
      // defineProperty: a key "__proto__" stays an ordinary key (and the schema reports it).
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
      this.skipWhitespace()
      const b = this.bytes[this.pos]
      if (b === 0x2c) { this.pos++; continue }
      if (b === 0x7d) { this.pos++; return out }
      this.syntax('"," or "}" after a value', here)
    }
  }

  private array(keys: (string | number)[]): unknown[] {
    this.enter(keys)
    this.pos++ // [
    const out: unknown[] = []
    this.skipWhitespace()
    if (this.bytes[this.pos] === 0x5d) { this.pos++; return out }
    for (;;) {
      out.push(this.value([...keys, out.length]))
      this.skipWhitespace()
      const b = this.bytes[this.pos]
      if (b === 0x2c) { this.pos++; continue }
      if (b === 0x5d) { this.pos++; return out }
      this.syntax('"," or "]" after a list item', [...keys, out.length - 1])
    }
  }

  /** A string (a value at `keys`, or a key inside the object at `keys`). */
  private string(keys: (string | number)[], isKey = false): string {
    const { bytes } = this
    const startAt = this.pos
    this.pos++ // "
    let out = ''
    let reportedBytes = false
    let reportedControl = false
    const inKey = isKey ? ' in a key' : ''
    for (;;) {
      // A run of plain bytes, decoded at once.
      const runStart = this.pos
      while (this.pos < bytes.length) {
        const b = bytes[this.pos]
        if (b === QUOTE || b === BACKSLASH || b < 0x20) break
        this.pos++
      }
      if (this.pos > runStart) {
        const run = bytes.subarray(runStart, this.pos)
        try {
          out += fatal.decode(run)
        } catch {
          const found = invalidUtf8At(bytes, runStart, this.pos)
          const bad = found < 0 ? runStart : found
          if (!reportedBytes) {
            reportedBytes = true
            this.add(formatKeys(keys), `invalid UTF-8${inKey}: byte ${hexByte(bytes[bad])} at byte offset ${thousands(bad)} (${this.where(bad)}); save the file as UTF-8`)
          }
          out += lenient.decode(run)
        }
      }
      if (this.pos >= bytes.length) this.syntax('the closing " of a string', keys, startAt)
      const b = bytes[this.pos]
      if (b === QUOTE) { this.pos++; return out }
      if (b < 0x20) {
        if (!reportedControl) {
          reportedControl = true
          this.add(formatKeys(keys), `raw control character ${codePointName(b)}${inKey} at ${this.where(this.pos)} (JSON allows it only escaped; a line break inside a text is not allowed)`)
        }
        out += String.fromCharCode(b)
        this.pos++
        continue
      }
      // A backslash escape.
      const e = bytes[this.pos + 1]
      if (e === 0x75) {
        const hex = lenient.decode(bytes.subarray(this.pos + 2, this.pos + 6))
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.syntax('4 hex digits after \\u', keys, this.pos + 2)
        out += String.fromCharCode(parseInt(hex, 16))
        this.pos += 6
      } else if (e !== undefined && ESCAPES[e] !== undefined) {
        out += ESCAPES[e]
        this.pos += 2
      } else this.syntax('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after \\', keys, this.pos + 1)
    }
  }

  private number(keys: (string | number)[]): number {
    const { bytes } = this
    const start = this.pos
    const digits = () => {
      const from = this.pos
      while (bytes[this.pos] >= 0x30 && bytes[this.pos] <= 0x39) this.pos++
      return this.pos - from
    }
    if (bytes[this.pos] === 0x2d) this.pos++
    if (bytes[this.pos] === 0x30) this.pos++
    else if (!digits()) this.syntax('a digit', keys)
    if (bytes[this.pos] === 0x2e) {
      this.pos++
      if (!digits()) this.syntax('a digit after "."', keys)
    }
    if (bytes[this.pos] === 0x65 || bytes[this.pos] === 0x45) {
      this.pos++
      if (bytes[this.pos] === 0x2b || bytes[this.pos] === 0x2d) this.pos++
      if (!digits()) this.syntax('a digit in the exponent', keys)
    }
    const text = lenient.decode(bytes.subarray(start, this.pos)) // ASCII: digits, sign, ".", "e"
    const n = Number(text)
    if (!Number.isFinite(n)) {
      const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…(${text.length} chars)` : text
      this.add(formatKeys(keys), `the number ${shown} is out of range (it would be read as ${n})`)
    }
    return n
  }
}

/** Reads a bundle file's bytes as strict JSON. Never throws. */
export function readJson(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES
  if (bytes.length > maxBytes) {
    return { ok: false, problems: [{ path: FILE, reason: `too large: ${thousands(bytes.length)} bytes (at most ${thousands(maxBytes)})` }] }
  }
  const reader = new Reader(bytes, options.maxDepth ?? MAX_DEPTH)
  let value: unknown
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      reader.add(FILE, 'starts with a byte-order mark (U+FEFF): save the file as UTF-8 without BOM')
      reader.pos = 3
    }
    value = reader.value([])
    reader.skipWhitespace()
    if (reader.pos < bytes.length) reader.syntax('the end of the file after the JSON value', [])
  } catch (err) {
    if (!(err instanceof Stop)) throw err
  }
  return reader.problems.length ? { ok: false, problems: reader.problems } : { ok: true, value }
}
