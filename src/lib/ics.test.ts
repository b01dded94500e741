/**
 * The .ics writer against RFC 5545's rules: content lines end in CRLF (3.1), are folded at
 * 75 octets with a leading space on each continuation (3.1) without splitting a UTF-8
 * character, TEXT is escaped (3.3.11), all-day dates are DATE values with an exclusive
 * DTEND (3.6.1), and the calendar and events carry their required properties (3.6, 3.7).
 */
import { contentLines, unescapeText, unfold } from '../../tests/support/ics'
import { buildIcs, CRLF, escapeText, foldLine, icsDate, icsTimestamp, MAX_OCTETS, PRODID, utf8Length, type CalendarEntry } from './ics'

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

const entry = (over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: 'open-day-20210915@hainan-quality-month.invalid',
  title: '检验检测机构开放日（全国）',
  start: '2021-09-15',
  end: '2021-09-15',
  description: '组织举办检验检测机构开放日活动\n日期：9月15日 · 全国启动',
  filename: 'hq-open-day-20210915.ics',
  ...over
})
const STAMP = Date.parse('2021-09-14T04:00:00Z')

describe('TEXT escaping (3.3.11)', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['line1\nline2', 'line1\\nline2'],
    ['line1\r\nline2', 'line1\\nline2'],
    ['line1\rline2', 'line1\\nline2'],
    ['\\;,\n', '\\\\\\;\\,\\n'],
    ['冒号: 不转义', '冒号: 不转义'],
    ['全角，；不转义', '全角，；不转义'],
    ['bell\u0007 and nul\u0000 removed', 'bell and nul removed'],
    ['tab\tkept', 'tab\tkept']
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output)
    if (!/[\u0000-\u0008\u000b-\u001f]/.test(input.replace(/\r\n|\r/g, '\n').replace(/\n/g, ''))) {
      expect(unescapeText(escapeText(input))).toBe(input.replace(/\r\n|\r/g, '\n'))
    }
  })
})

describe('line folding at 75 octets (3.1)', () => {
  function check(line: string) {
    const folded = foldLine(line)
    const physical = folded.split(CRLF)
    physical.forEach((p, i) => {
      expect(bytes(p)).toBeLessThanOrEqual(MAX_OCTETS)
      if (i > 0) expect(p.startsWith(' ')).toBe(true)
      // No lone surrogate: each physical line is whole characters.
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p)
      expect(p).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
    })
    expect(unfold(folded)).toBe(line)
    return physical
  }

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75))
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`)
  })

  it('ASCII: 75 octets, then a space and 74', () => {
    const physical = check('DESCRIPTION:' + 'x'.repeat(300))
    expect(physical.map(bytes)).toEqual([75, 75, 75, 75, 16])
  })

  it('Chinese (3 octets each) is never split: 74 octets rather than a split character, then a space and 24 characters', () => {
    const physical = check('SUMMARY:' + '质量'.repeat(60))
    // "SUMMARY:" is 8 octets: 8 + 22×3 = 74, a 23rd character would make 77.
    expect(bytes(physical[0])).toBe(74)
    expect(bytes(physical[1])).toBe(1 + 24 * 3)
  })

  it.each([
    ['2-octet characters', 'é'],
    ['3-octet characters', '量'],
    ['4-octet characters (surrogate pairs)', '😀'],
    ['a mixture', 'a量é😀；']
  ])('%s at every offset', (_label, unit) => {
    for (let pad = 0; pad < 8; pad++) check('X'.repeat(pad) + unit.repeat(80))
  })

  it('counts UTF-8 octets, not UTF-16 units', () => {
    expect(utf8Length('a')).toBe(1)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('量')).toBe(3)
    expect(utf8Length('😀')).toBe(4)
    expect(utf8Length('a量é😀')).toBe(bytes('a量é😀'))
  })
})

describe('the calendar file', () => {
  const text = buildIcs([entry()], { dtstamp: STAMP })

  it('ends every line with CRLF, and nothing else', () => {
    expect(text.endsWith(CRLF)).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('has no physical line over 75 octets', () => {
    for (const line of text.split(CRLF)) expect(bytes(line)).toBeLessThanOrEqual(MAX_OCTETS)
  })

  it('nests VCALENDAR ⊃ VEVENT ⊃ VALARM, with the required properties', () => {
    const lines = contentLines(text)
    const stack: string[] = []
    for (const l of lines) {
      if (l.name === 'BEGIN') stack.push(l.value)
      if (l.name === 'END') expect(stack.pop()).toBe(l.value)
    }
    expect(stack).toEqual([])
    const names = lines.map((l) => l.name)
    expect(lines[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' })
    expect(lines.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' })
    expect(lines.find((l) => l.name === 'VERSION')!.value).toBe('2.0')
    expect(lines.find((l) => l.name === 'PRODID')!.value).toBe(PRODID)
    expect(lines.find((l) => l.name === 'CALSCALE')!.value).toBe('GREGORIAN')
    const ev = names.slice(names.indexOf('BEGIN') + 1)
    for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(ev).toContain(required)
    const alarm = lines.slice(lines.findIndex((l) => l.value === 'VALARM'))
    expect(alarm.find((l) => l.name === 'ACTION')!.value).toBe('DISPLAY')
    expect(alarm.find((l) => l.name === 'TRIGGER')!.value).toBe('-PT15H')
  })

  it('is all-day: DATE values, DTEND the day after the last day', () => {
    const lines = contentLines(text)
    expect(lines.find((l) => l.name === 'DTSTART')).toEqual({ name: 'DTSTART', params: 'VALUE=DATE', value: '20210915' })
    expect(lines.find((l) => l.name === 'DTEND')).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20210916' })
    expect(lines.find((l) => l.name === 'DTSTAMP')!.value).toBe('20210914T040000Z')
  })

  it.each([
    ['2021-09-27', '2021-10-01', '20210927', '20211002'],
    ['2021-09-30', '2021-09-30', '20210930', '20211001'],
    ['2021-12-31', '2021-12-31', '20211231', '20220101'],
    ['2024-02-28', '2024-02-29', '20240228', '20240301']
  ])('%s–%s → DTSTART %s, DTEND %s (exclusive, across month and year ends)', (start, end, ds, de) => {
    const lines = contentLines(buildIcs([entry({ start, end })], { dtstamp: STAMP }))
    expect(lines.find((l) => l.name === 'DTSTART')!.value).toBe(ds)
    expect(lines.find((l) => l.name === 'DTEND')!.value).toBe(de)
  })

  it('escapes text and gives it back whole after unfolding', () => {
    const title = '标题; 含逗号, 反斜杠\\ 和很长很长的中文'.repeat(3)
    const description = '第一行\n第二行; a,b\\c'
    const lines = contentLines(buildIcs([entry({ title, description })], { dtstamp: STAMP }))
    expect(unescapeText(lines.find((l) => l.name === 'SUMMARY')!.value)).toBe(title)
    expect(unescapeText(lines.find((l) => l.name === 'DESCRIPTION')!.value)).toBe(description)
  })

  it('keeps the UID stable across downloads; DTSTAMP is the time of writing', () => {
    const later = buildIcs([entry()], { dtstamp: STAMP + 86_400_000 })
    const uid = (t: string) => contentLines(t).find((l) => l.name === 'UID')!.value
    expect(uid(later)).toBe(uid(text))
    expect(uid(text)).toBe('open-day-20210915@hainan-quality-month.invalid')
    expect(later).not.toBe(text)
  })

  it('formats DATE and UTC DATE-TIME values', () => {
    expect(icsDate('2021-09-15')).toBe('20210915')
    expect(icsTimestamp(Date.parse('2021-12-31T23:59:59.999Z'))).toBe('20211231T235959Z')
  })
})
