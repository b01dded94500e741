import { formatKeys, oneLine, show, showString } from './printable'

describe('showString: a value in a message', () => {
  it('quotes and escapes what must not be printed raw', () => {
    expect(showString('2021-9-15')).toBe('"2021-9-15"')
    expect(showString('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(showString('x\n/y: ok')).toBe('"x\\n/y: ok"')
    expect(showString('\u001b[31m红\u001b[0m')).toBe('"\\u001B[31m红\\u001B[0m"')
    expect(showString('\u202e\u2066\u200b\ufeff\u00ad\u0085\u2028')).toBe('"\\u202E\\u2066\\u200B\\uFEFF\\u00AD\\u0085\\u2028"')
    expect(showString('\ud800|\ufffd|\uffff|\u{E0041}')).toBe('"\\uD800|\\uFFFD|\\uFFFF|\\u{E0041}"')
    expect(showString('质量月 😀')).toBe('"质量月 😀"')
  })

  it('shortens a long value to 60 characters and says how long it was', () => {
    expect(showString('1'.repeat(20 * 1024 * 1024))).toBe(`"${'1'.repeat(60)}"…(20971520 chars)`)
    expect(showString('1'.repeat(60))).toBe(`"${'1'.repeat(60)}"`)
    // Never half a surrogate pair; an emoji counts as one character.
    expect(showString('😀'.repeat(61))).toBe(`"${'😀'.repeat(60)}"…(61 chars)`)
  })

  it('shows numbers and other values as they are', () => {
    expect([show(Infinity), show(-Infinity), show(NaN), show(-1.5), show(-0), show(null), show(true), show([1, 2]), show({})])
      .toEqual(['Infinity', '-Infinity', 'NaN', '-1.5', '-0', 'null', 'true', 'a list of 2', 'an object'])
  })
})

describe('formatKeys: a path', () => {
  it('plain names with dots, indexes in brackets', () => {
    expect(formatKeys(['events', 3, 'dates', 0, 'date'])).toBe('events[3].dates[0].date')
    expect(formatKeys([])).toBe('(root)')
    expect(formatKeys([0])).toBe('[0]')
  })

  it('any other key quoted, escaped and shortened', () => {
    expect(formatKeys(['document', 'sub\ntitle'])).toBe('document["sub\\ntitle"]')
    expect(formatKeys(['document', 'a.b'])).toBe('document["a.b"]')
    expect(formatKeys(['质量'])).toBe('["质量"]')
    expect(formatKeys(['k'.repeat(1000), 'x'])).toBe(`["${'k'.repeat(60)}"…(1000 chars)].x`)
  })
})

describe('oneLine: a finished message', () => {
  it('escapes what is left unprintable, cuts at the limit, and changes nothing when applied again', () => {
    const raw = `a\nb\u001b[2J${'x'.repeat(1000)}`
    const once = oneLine(raw, 100)
    expect(once).toBe(`a\\nb\\u001B[2J${'x'.repeat(93)}…(1007 chars)`)
    expect(oneLine(once, 2000)).toBe(once)
    expect(oneLine('plain', 100)).toBe('plain')
  })
})
