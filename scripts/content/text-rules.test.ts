/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ALLOWED, characterRule, dialRule, markupRule, textRule, textRuleProblems, urlRule } from './text-rules'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import { DEFAULT_BUNDLE, editionFiles, loadBundleFile } from '../content-guard'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const shipped = loadBundleFile(DEFAULT_BUNDLE)
const clone = (): Json => JSON.parse(JSON.stringify(shipped))
/** content:check's lines for the 2021 edition with `edit` applied. */
const linesAfter = (edit: (b: Json) => void): string[] => {
  const b = clone()
  edit(b)
  const r = validateEdition(b)
  expect(r.ok).toBe(false)
  return r.problems.map(formatProblem)
}

describe('every edition of the repository passes, and so does every character it uses', () => {
  it.each(editionFiles())('%s', (file) => {
    expect(textRuleProblems(loadBundleFile(file))).toEqual([])
  })

  it('the 2021 texts, the notice as published, and what a notice may use', () => {
    const strings: string[] = []
    const walk = (x: unknown) => {
      if (typeof x === 'string') strings.push(x)
      else if (x && typeof x === 'object') Object.values(x).forEach(walk)
    }
    walk(shipped)
    const used = new Set([...strings.join(''), ...readFileSync(resolve(__dirname, '../../src/content/source/notice-2021-hainan-quality-month.txt'), 'utf8').replace(/\n/g, '')])
    expect(used.size).toBeGreaterThan(500)
    expect(characterRule([...used].join(''))).toBeNull()
    for (const s of ['二〇二一年９月６日', '琼质强省办〔2021〕5号', 'Lǜsè chǎnpǐn · café', '①⑴⒈㈠㊀Ⅲ', '25℃ ≤ 30% ± 1 × 2 ÷ 3 ‰', '【通知】「口号」——《标题》…', '面积100㎡', '𠮷', '㐀'])
      expect([s, characterRule(s)]).toEqual([s, null])
  })

  it('the allow-list has neither a control, a mark nor a filler in it', () => {
    for (const [a, b] of ALLOWED) {
      for (let cp = a; cp <= Math.min(b, a + 0x3000); cp++) {
        const ch = String.fromCodePoint(cp)
        if (/[\p{Cc}\p{Cf}\p{M}\p{Zl}\p{Zp}]/u.test(ch) || [0x3164, 0x115f, 0x1160, 0xffa0, 0x2800, 0x303f, 0x00a0].includes(cp)) {
          throw new Error(`U+${cp.toString(16)} is allowed`)
        }
      }
    }
  })
})

describe('characters: what a forger hides is reported with its path and code point', () => {
  it.each([
    ['3164', 'HANGUL FILLER'],
    ['115F', 'HANGUL CHOSEONG FILLER'],
    ['1160', 'HANGUL JUNGSEONG FILLER'],
    ['FFA0', 'HALFWIDTH HANGUL FILLER'],
    ['2800', 'BRAILLE PATTERN BLANK']
  ])('an organiser named only U+%s (%s)', (hexed, name) => {
    expect(linesAfter((b) => { b.organisers[0].name = String.fromCodePoint(parseInt(hexed, 16)) }))
      .toContain(`organisers[0].name: contains a blank filler U+${hexed} ${name} at character 1: it shows as nothing`)
  })

  it('a filler between the halves of a slogan, and one beside a real name', () => {
    expect(linesAfter((b) => { b.slogans.items[0].text = '让质量强省深入人心\u3164让质量提升扎实推进' }))
      .toContain('slogans.items[0].text: contains a blank filler U+3164 HANGUL FILLER at character 10: it shows as nothing')
    expect(linesAfter((b) => { b.organisers[0].name = '省市场监管局\u2800\u2800' }))
      .toContain('organisers[0].name: contains a blank filler U+2800 BRAILLE PATTERN BLANK at character 7 (and 1 more): it shows as nothing')
  })

  it('U+034F woven into a slogan, U+0336 through a title, stacked marks, a mark on its own', () => {
    expect(linesAfter((b) => { b.slogans.items[0].text = '让质\u034f量强省深入人心 让质量提升扎实推进' }))
      .toContain('slogans.items[0].text: contains a combining mark U+034F COMBINING GRAPHEME JOINER at character 3, on "质": it draws over or changes the character it stands on')
    expect(linesAfter((b) => { b.events[0].title = `${[...b.events[0].title].map((c: string) => `${c}\u0336`).join('')}` }))
      .toContainEqual(expect.stringMatching(/^events\[0\]\.title: contains a combining mark U\+0336 COMBINING LONG STROKE OVERLAY at character 2, on "."(?: \(and \d+ more\))?: /))
    expect(characterRule('12315\u0336\u0338')).toBe('contains a combining mark U+0336 COMBINING LONG STROKE OVERLAY at character 6, on "5" (and 1 more): it draws over or changes the character it stands on')
    expect(characterRule('\u0301质量')).toBe('contains a combining mark U+0301 COMBINING ACUTE ACCENT at character 1, on its own: it draws over or changes the character it stands on')
  })

  it('a variation selector after the theme (and the ideographic ones)', () => {
    expect(linesAfter((b) => { b.theme = `${b.theme}\ufe0f` }))
      .toContain('theme: contains a variation selector U+FE0F VARIATION SELECTOR-16 at character 20, on "展": it changes how the character is drawn (or hides in the text)')
    expect(characterRule('葛\u{e0100}')).toBe('contains a variation selector U+E0100 VARIATION SELECTOR-17 at character 2, on "葛": it changes how the character is drawn (or hides in the text)')
  })

  it('"12З15" with a Cyrillic З as the 12315 number, its hotline, an id and a URL', () => {
    const bad = '12\u041715'
    expect(linesAfter((b) => { b.channels[0].short = bad }))
      .toContain('channels[0].short: contains a Cyrillic letter U+0417 CYRILLIC CAPITAL LETTER ZE at character 3, inside "12З15": it looks like a Latin letter or a digit but is not one')
    expect(linesAfter((b) => { b.channels[0].hotline = bad }))
      .toContain('channels[0].hotline: contains a Cyrillic letter U+0417 CYRILLIC CAPITAL LETTER ZE at character 3, inside "12З15": it looks like a Latin letter or a digit but is not one')
    expect(linesAfter((b) => { b.categories[0].id = 'оpen-day' }))
      .toContain('categories[0].id: contains a Cyrillic letter U+043E CYRILLIC SMALL LETTER O at character 1, inside "оpen": it looks like a Latin letter or a digit but is not one')
    expect(linesAfter((b) => { b.channels[0].web = 'https://www.123l5.cn'.replace('l', '\u0399') }))
      .toContain('channels[0].web: contains a Greek letter U+0399 GREEK CAPITAL LETTER IOTA at character 16, inside "123Ι5": it looks like a Latin letter or a digit but is not one')
    expect(linesAfter((b) => { b.events[0].summary = '拨打12З15投诉' }))
      .toContain('events[0].summary: contains a Cyrillic letter U+0417 CYRILLIC CAPITAL LETTER ZE at character 5, inside "拨打12З15投诉": it looks like a Latin letter or a digit but is not one')
  })

  it('a letter of another script on its own, a lookalike radical, another space, an emoji', () => {
    expect(characterRule('质量月ж')).toBe('contains a Cyrillic letter U+0436 at character 4: letters of scripts other than Chinese and Latin are not allowed')
    expect(characterRule('\u2f08民')).toBe('contains U+2F08 at character 1: it looks like "人" but is another character: write "人"')
    expect(characterRule('\uf900')).toBe('contains U+F900 at character 1: it looks like "豈" but is another character: write "豈"')
    expect(characterRule('质量\u00a0月')).toBe('contains a space other than the plain space: U+00A0 NO-BREAK SPACE at character 3: use a plain space (or none, in Chinese)')
    expect(characterRule('质量月\u{1f600}')).toMatch(/^contains U\+1F600 at character 4: not among the characters a text may hold/)
  })

  it('a number with ASCII and full-width digits', () => {
    expect(linesAfter((b) => { b.events[0].summary = '拨打12３15投诉' }))
      .toContain('events[0].summary: the number "12３15" mixes ASCII and full-width digits: write it one way')
    expect(textRule('９月６日', ['events', 0, 'summary'])).toBeNull()
  })
})

describe('markup and script-like text in any text field', () => {
  it('<script> as an event title', () => {
    expect(linesAfter((b) => { b.events[0].title = '<script>alert(1)</script>' }))
      .toContain('events[0].title: contains an HTML tag "<script": a text is shown as written, never as markup')
  })

  it.each([
    ['a closing tag', '活动</b>', 'an HTML tag "</b"'],
    ['a comment', '<!-- x -->', 'an HTML tag "<!--"'],
    ['full-width brackets', '＜ｓｃｒｉｐｔ＞', 'an HTML tag "<script"'],
    ['a named entity', '质量&amp;安全', 'an HTML entity "&amp;"'],
    ['a numeric entity', '&#60;b&#62;', 'an HTML entity "&#60;"'],
    ['a hex entity', '&#x3C;', 'an HTML entity "&#x3C;"'],
    ['an entity without its semicolon', 'a &lt b', 'an HTML entity "&lt"'],
    ['javascript:', '点击javascript:alert(1)', 'a script address "javascript:"'],
    ['JavaScript : with a space', 'JavaScript :void(0)', 'a script address "JavaScript :"'],
    ['an HTML data address', 'data:text/html,x', 'a script address "data:text/html"'],
    ['an event handler', 'x" onerror=alert(1)', 'an event-handler attribute "onerror="']
  ])('%s', (_, text, what) => {
    expect(linesAfter((b) => { b.events[0].dates[0].note = text }))
      .toContain(`events[0].dates[0].note: contains ${what}: a text is shown as written, never as markup`)
  })

  it('what only looks like markup passes', () => {
    for (const s of ['合格率<10%', 'A&B', 'a < b', '质量 & 安全', 'ononon', 'on = off']) expect([s, markupRule(s)]).toEqual([s, null])
  })
})

describe('URLs: parsed, https only, a real host, nothing that breaks out of an attribute', () => {
  it('`https://x"><script>…` as the 12315 website', () => {
    expect(linesAfter((b) => { b.channels[0].web = 'https://x"><script>alert(1)</script>' }))
      .toContain('channels[0].web: a URL must not contain "\\"" (quotes, brackets, spaces): percent-encode it')
  })

  it.each([
    ['http://www.12315.cn', 'expected an https:// URL, got "http://www.12315.cn"'],
    ['javascript:alert(1)', 'expected an https:// URL, got "javascript:alert(1)"'],
    ['https://1.2.3.4/x', 'the host is an IP address ("1.2.3.4"): use the publisher\'s domain name, which a reader can recognise'],
    ['https://[::1]/', 'a URL must not contain "[" (quotes, brackets, spaces): percent-encode it'],
    ['https://localhost/x', 'expected a host name with a dot, like www.12315.cn, got "localhost"'],
    ['https://www.12315.c0m/', 'not a real host name: "www.12315.c0m"'],
    ['https://www.12315.cn:8443/', 'a URL with a port (8443): a public page is on the standard port'],
    ['https://admin:pw@www.12315.cn/', 'a URL must not hold a user name or password'],
    ["https://www.12315.cn/'x'", 'a URL must not contain "\'" (quotes, brackets, spaces): percent-encode it'],
    ['https://www.12315.cn/a b', 'a URL must not contain " " (quotes, brackets, spaces): percent-encode it'],
    ['https://www.12315.cn/<b>', 'a URL must not contain "<" (quotes, brackets, spaces): percent-encode it'],
    ['https://www.12315.cn/a(b)', 'a URL must not contain "(" (quotes, brackets, spaces): percent-encode it'],
    ['https://www.12315.cn/通知', 'a URL holds printable ASCII only, found U+901A at character 22 (a non-ASCII part is percent-encoded, so no lookalike letter hides in it)'],
    ['https://', 'not a URL: "https://"']
  ])('%s', (url, reason) => {
    expect(linesAfter((b) => { b.channels[0].sources[0] = { kind: 'public', publisher: '某网站', title: '某页面', url, confidence: 'medium' } }))
      .toContain(`channels[0].sources[0].url: ${reason}`)
  })

  it('real addresses pass', () => {
    for (const s of ['https://www.12315.cn', 'https://github.com/trcrsired/pwa-store', 'https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/bgt/art/2023/art_1.html?x=1&y=%E9%80%9A#top', 'https://xn--fiqs8s.xn--fiqz9s/']) {
      expect([s, urlRule(s)]).toEqual([s, null])
    }
  })
})

describe('numbers people dial: ASCII digits and hyphens', () => {
  it('a full-width 12315 as the short number, letters in a phone number', () => {
    expect(linesAfter((b) => { b.channels[0].short = '１２３１５' }))
      .toContain('channels[0].short: expected ASCII digits and hyphens (a number people dial), got "１２３１５"')
    expect(linesAfter((b) => { b.contact.phone = '0898-6539647O' }))
      .toContain('contact.phone: expected ASCII digits and hyphens (a number people dial), got "0898-6539647O"')
    expect(linesAfter((b) => { b.channels[0].hotline = '12315 ' }))
      .toContain('channels[0].hotline: expected ASCII digits and hyphens (a number people dial), got "12315 "')
  })

  it('what a number looks like', () => {
    expect(['12315', '0898-65396470', '400-123-4567'].map(dialRule)).toEqual([null, null, null])
    expect(['-12315', '12315-', '0898--1', ''].map((s) => dialRule(s) !== null)).toEqual([true, true, true, true])
  })
})
