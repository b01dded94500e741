/**
 * @jest-environment node
 */
/**
 * The strict bundle reader (read-json.ts) and the file checks of content:check
 * (scripts/content-guard.ts), on files written byte by byte: what JSON.parse let through
 * (issue 14) is rejected with the exact `path: reason`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { invalidUtf8At, readJson, type ReadResult } from './read-json'
import { formatProblem } from './problem'
import { MAX_FILE_BYTES } from '../../src/content/limits'
import { checkFile, DEFAULT_BUNDLE, loadBundleFile, quizFileOf, readBounded } from '../content-guard'

const shippedText = readFileSync(DEFAULT_BUNDLE, 'utf8')
const enc = (s: string) => Buffer.from(s, 'utf8')
const lines = (r: ReadResult) => (r.ok ? [] : r.problems.map(formatProblem))
const read = (s: string | Buffer) => readJson(typeof s === 'string' ? enc(s) : s)

/** `line L, column C` of a character index in a text, counted as the reader counts (characters). */
function where(text: string, index: number): string {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1
  return `line ${line}, column ${column}`
}

/** The shipped bundle's text with one replacement (which must happen). */
function variant(from: string, to: string): string {
  if (!shippedText.includes(from)) throw new Error(`fixture: ${from} not in the bundle`)
  return shippedText.replace(from, to)
}

let dir = ''
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'read-json-')) })
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const writeFile = (name: string, content: string | Buffer) => {
  const file = join(dir, name)
  writeFileSync(file, content)
  return file
}
const check = (name: string, content: string | Buffer) => checkFile(writeFile(name, content)).map(formatProblem)

describe('valid JSON reads exactly as JSON.parse reads it', () => {
  it('the shipped bundle', () => {
    const r = read(shippedText)
    expect(r.ok).toBe(true)
    expect(r.ok && r.value).toStrictEqual(JSON.parse(shippedText))
    // content:check reads the edition with its quiz bank beside it (2021.quiz.json) as `quiz`.
    const quizText = readFileSync(quizFileOf(DEFAULT_BUNDLE), 'utf8')
    expect(loadBundleFile(DEFAULT_BUNDLE)).toStrictEqual({ ...JSON.parse(shippedText), quiz: JSON.parse(quizText) })
  })

  it.each([
    '{}', '[]', '0', '-0', '"x"', 'true', 'null',
    ' \t\r\n{"a" : [1, -0, 0.5, -1.5e-3, 1E+2, 1e308, 5e-324, 123456789012345678901234567890, true, false, null, ""]}\n',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u8D28\\ud83d\\ude00"',
    '"质量月 😀 é ß"',
    '{"a":{"b":{"c":[[{}]]}},"d":"质"}'
  ])('%s', (text) => {
    const r = read(text)
    expect(r.ok).toBe(true)
    expect(r.ok && r.value).toStrictEqual(JSON.parse(text))
  })

  it('keeps a "__proto__" key as an ordinary key (no prototype change)', () => {
    const r = read('{"__proto__": {"polluted": true}}')
    expect(r.ok).toBe(true)
    const value = (r.ok && r.value) as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect((value as { polluted?: boolean }).polluted).toBeUndefined()
  })
})

describe('duplicate keys (JSON.parse keeps the last one silently)', () => {
  it('the issue\'s case: "hotline": "12315", "hotline": "96315" names the second, with both places', () => {
    const text = variant('"hotline": "12315"', '"hotline": "12315", "hotline": "96315"')
    expect(JSON.parse(text).channels[0].hotline).toBe('96315') // what the app would have shipped
    const first = text.indexOf('"hotline": "12315"')
    const second = text.indexOf('"hotline": "96315"')
    const expected = `channels[0].hotline: duplicate key (first at ${where(text, first)}, again at ${where(text, second)}; JSON.parse would silently keep the last)`
    expect(lines(read(text))).toEqual([expected])
    expect(check('hotline.json', text)).toEqual([expected])
  })

  it('reports every duplicate, at any depth, and then nothing else', () => {
    const text = variant('"precision": "range",', '"precision": "range", "precision": "range",')
      .replace('"theme": "', '"theme": "x", "theme": "')
    const out = lines(read(text))
    expect(out).toHaveLength(2)
    expect(out[0]).toMatch(/^theme: duplicate key \(first at line \d+, column 3, again at line \d+, column 17;/)
    expect(out[1]).toMatch(/^events\[\d+\]\.dates\[0\]\.precision: duplicate key/)
  })

  it('names a duplicate key that is not a plain name quoted and escaped', () => {
    expect(lines(read('{"a\\nb: ok": 1, "a\\nb: ok": 2}'))).toEqual([
      '["a\\nb: ok"]: duplicate key (first at line 1, column 2, again at line 1, column 17; JSON.parse would silently keep the last)'
    ])
  })
})

describe('bytes that are not UTF-8 (readFileSync(…, "utf8") turned them into U+FFFD)', () => {
  it('the issue\'s case: a broken character in a summary, with byte offset, line and column', () => {
    const text = shippedText
    const summary = JSON.parse(text).events[0].summary as string
    const at = text.indexOf(`"summary": ${JSON.stringify(summary)}`) + '"summary": "'.length + 2 // the third character
    const prefix = enc(text.slice(0, at))
    const buf = Buffer.concat([prefix, Buffer.from([0xff]), enc(text.slice(at + 1))])
    expect(buf.toString('utf8')).toContain('\ufffd') // the old reading: silently replaced
    const expected = `events[0].summary: invalid UTF-8: byte 0xFF at byte offset ${prefix.length.toLocaleString('en-US')} (${where(text, at)}); save the file as UTF-8`
    expect(lines(read(buf))).toEqual([expected])
    expect(check('bytes.json', buf)).toEqual([expected])
  })

  it.each([
    ['an overlong "/"', [0xc0, 0xaf]],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a stray continuation byte', [0x80]],
    ['a 5-byte lead', [0xf8, 0x88, 0x80, 0x80, 0x80]],
    ['a sequence cut short by the closing quote', [0xe8, 0xb4]],
    ['Latin-1 é (a file saved as Latin-1)', [0xe9, 0x41]]
  ])('%s', (_name, bad) => {
    const buf = Buffer.concat([enc('{"title": "质'), Buffer.from(bad), enc('量"}')])
    expect(lines(read(buf))).toEqual([
      `title: invalid UTF-8: byte 0x${bad[0].toString(16).toUpperCase()} at byte offset 14 (line 1, column 13); save the file as UTF-8`
    ])
  })

  it('in a key: names the object that holds it', () => {
    const buf = Buffer.concat([enc('{"document": {"ti'), Buffer.from([0xff]), enc('tle": "x"}}')])
    expect(lines(read(buf))).toEqual(['document: invalid UTF-8 in a key: byte 0xFF at byte offset 17 (line 1, column 18); save the file as UTF-8'])
  })

  it('outside a string: a syntax error naming the byte', () => {
    const buf = Buffer.concat([enc('{"a": '), Buffer.from([0xff]), enc('}')])
    expect(lines(read(buf))).toEqual(['(file): not valid JSON: expected a value, found the byte 0xFF (not UTF-8) at line 1, column 7 (in a)'])
  })

  it('decides like new TextDecoder("utf-8", { fatal: true }) on 20,000 random byte strings', () => {
    let seed = 14
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff]
    const fatal = new TextDecoder('utf-8', { fatal: true })
    for (let n = 0; n < 20_000; n++) {
      const b = Uint8Array.from({ length: 1 + Math.floor(random() * 6) }, () => interesting[Math.floor(random() * interesting.length)])
      let valid = true
      try { fatal.decode(b) } catch { valid = false }
      if ((invalidUtf8At(b) === -1) !== valid) throw new Error(`disagree on [${[...b].map((x) => x.toString(16))}]`)
    }
  })
})

describe('hidden and broken characters in a file reach the hygiene check', () => {
  const title = JSON.parse(shippedText).events[0].title as string
  const withTitle = (t: string) => variant(`"title": ${JSON.stringify(title)}`, `"title": ${t}`)

  it.each([
    ['NUL written as \\u0000', '"质量\\u0000开放日"', 'events[0].title: contains a control character U+0000 NULL at character 3'],
    ['a lone surrogate written as \\ud800', '"\\ud800质量"', 'events[0].title: contains a lone surrogate U+D800 at character 1: half of a character: broken text or a bad \\u escape'],
    ['a zero-width space (raw bytes E2 80 8B)', '"质量\u200b开放日"', 'events[0].title: contains an invisible zero-width character U+200B ZERO WIDTH SPACE at character 3'],
    ['U+202E (raw bytes E2 80 AE)', '"\u202e日放开量质"', 'events[0].title: contains a bidi control U+202E RIGHT-TO-LEFT OVERRIDE at character 1: it changes the order in which text is displayed'],
    ['an ANSI escape written as \\u001b', '"\\u001b[31m质量\\u001b[0m"', 'events[0].title: contains a control character U+001B ESCAPE at character 1 (and 1 more)']
  ])('%s', (_name, json, expected) => {
    expect(read(withTitle(json)).ok).toBe(true) // valid JSON…
    expect(check('hidden.json', withTitle(json))).toEqual([expected]) // …but not a valid bundle
  })

  it('a raw NUL byte inside a string is not JSON: reported with its place', () => {
    const text = withTitle('"质量\u0000开放日"')
    const at = text.indexOf('\u0000')
    expect(lines(read(text))).toEqual([`events[0].title: raw control character U+0000 at ${where(text, at)} (JSON allows it only escaped; a line break inside a text is not allowed)`])
  })

  it('a byte-order mark at the start', () => {
    expect(lines(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(shippedText)])))).toEqual([
      '(file): starts with a byte-order mark (U+FEFF): save the file as UTF-8 without BOM'
    ])
  })
})

describe('numbers', () => {
  /** The bundle with its two attachment numbers (the first two `"number": 1|2,` of the file) written as `a` and `b`. */
  const attachments = (a: string, b: string) => {
    let n = 0
    return shippedText.replace(/"number": [12],/g, (m) => (++n === 1 ? `"number": ${a},` : n === 2 ? `"number": ${b},` : m))
  }

  it.each([
    ['1e999', '2', 'attachments[0].number: the number 1e999 is out of range (it would be read as Infinity)'],
    ['-1e999', '2', 'attachments[0].number: the number -1e999 is out of range (it would be read as -Infinity)'],
    ['1', `1${'0'.repeat(400)}`, `attachments[1].number: the number 1${'0'.repeat(59)}…(401 chars) is out of range (it would be read as Infinity)`]
  ])('%s, %s: refused by the reader', (a, b, expected) => {
    expect(lines(read(attachments(a, b)))).toEqual([expected])
  })

  it.each([
    ['1', '-1.5', 'attachments[1].number: expected a whole number from 1 to 99, got -1.5'],
    ['0', '2', 'attachments[0].number: expected a whole number from 1 to 99, got 0'],
    ['1.5', '2', 'attachments[0].number: expected a whole number from 1 to 99, got 1.5'],
    ['1e2', '2', 'attachments[0].number: expected a whole number from 1 to 99, got 100'],
    ['2', '1', 'attachments[0].number: expected 1 (attachments are numbered in order), got 2']
  ])('%s, %s: read, then refused by the schema', (a, b, expected) => {
    expect(check('numbers.json', attachments(a, b))).toContain(expected)
  })

  it('duplicate sloganIds in a file', () => {
    const text = variant('"categoryId": ', '"sloganIds": ["s3", "s3"], "categoryId": ')
    expect(check('sloganids.json', text)).toEqual(['events[0].sloganIds[1]: duplicate id "s3" (also events[0].sloganIds[0])'])
  })
})

describe('syntax errors say where', () => {
  it.each([
    ['{"a": 1,}', '(file): not valid JSON: expected a key in double quotes, found "}" at line 1, column 9'],
    ["{'a': 1}", '(file): not valid JSON: expected a key in double quotes, found "\'" at line 1, column 2'],
    ['{"a": 1 // note\n}', '(file): not valid JSON: expected "," or "}" after a value, found "/" at line 1, column 9 (in a)'],
    ['{"a": NaN}', '(file): not valid JSON: expected a value, found "N" at line 1, column 7 (in a)'],
    ['[1, 01]', '(file): not valid JSON: expected "," or "]" after a list item, found "1" at line 1, column 6 (in [1])'],
    ['{"a": "质量', '(file): not valid JSON: expected the closing " of a string, found "\\"" at line 1, column 7 (in a)'],
    ['{"a": "\\x"}', '(file): not valid JSON: expected an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after \\, found "x" at line 1, column 9 (in a)'],
    ['{}\n{}', '(file): not valid JSON: expected the end of the file after the JSON value, found "{" at line 2, column 1'],
    ['', '(file): not valid JSON: expected a value, found the end of the file at line 1, column 1']
  ])('%p', (text, expected) => {
    expect(lines(read(text))).toEqual([expected])
  })

  it('nesting 100,000 levels deep is refused at the limit (no stack overflow)', () => {
    const out = lines(read('['.repeat(100_000) + ']'.repeat(100_000)))
    expect(out).toEqual([`(file): nested deeper than 16 levels at line 1, column 17 (in ${'[0]'.repeat(16)})`])
  })

  it('stops after 100 problems', () => {
    const out = lines(read(`{${Array.from({ length: 500 }, () => '"a": 1').join(', ')}}`))
    expect(out).toHaveLength(101)
    expect(out[100]).toBe('(file): stopped after 100 problems')
  })
})

describe('file size: refused before parsing', () => {
  it('more bytes than the limit', () => {
    expect(lines(readJson(enc('[1, 2, 3]'), { maxBytes: 8 }))).toEqual(['(file): too large: 9 bytes (at most 8)'])
  })

  it('a 52 MB summary fails at once, unread', () => {
    const text = variant('"summary": "', `"summary": "${'质'.repeat(18 * 1024 * 1024)}`) // 3 bytes each: 54 MB
    const file = writeFile('huge.json', text)
    const size = statSync(file).size
    expect(size).toBeGreaterThan(52 * 1024 * 1024)
    const started = Date.now()
    expect(checkFile(file).map(formatProblem)).toEqual([
      `(file): too large: ${size.toLocaleString('en-US')} bytes (at most ${MAX_FILE_BYTES.toLocaleString('en-US')}); not read`
    ])
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('reads no more than the limit from an endless file', () => {
    if (!existsSync('/dev/zero')) return
    const r = readBounded('/dev/zero')
    expect(r.ok).toBe(false)
    expect(!r.ok && formatProblem(r.problem)).toBe(`(file): too large: more than ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes; not read further`)
  })

  it('a folder or a missing file', () => {
    const folder = join(dir, 'folder.json')
    mkdirSync(folder)
    expect(checkFile(folder).map(formatProblem)).toEqual(['(file): is a folder, not a file'])
    expect(checkFile(join(dir, 'missing.json')).map(formatProblem)[0]).toMatch(/^\(file\): cannot read the file: ENOENT/)
  })
})
