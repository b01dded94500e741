/**
 * What the strings of a bundle may hold, beyond hygiene.ts (controls, invisible format
 * characters): rules for a text a citizen reads and a number a citizen dials.
 *
 * 1. Characters, as an ALLOW-list (docs/editing-content.md says the same): a string holds only
 *    the characters of ALLOWED below: CJK unified ideographs (with extensions A–G), CJK symbols
 *    and punctuation, full-width forms, printable ASCII (Latin, digits, the usual symbols),
 *    Latin letters with accents (pinyin), and a few common signs (· × ÷ ° ± ℃ № ① ㈠ ㎡ …).
 *    Everything else is reported with its code point: blank fillers (U+3164 HANGUL FILLER,
 *    U+2800 BRAILLE PATTERN BLANK…), spaces other than the plain and the ideographic one,
 *    combining marks (alone or stacked on a character), variation selectors, letters of other
 *    scripts (a Cyrillic З in "12З15"), radicals and compatibility ideographs that look like an
 *    ideograph but are other characters, emoji.
 *    A number does not mix ASCII and full-width digits ("12３15").
 * 2. Markup: no HTML tag (`<script`), entity (`&amp;`, `&#60;`) or script-like text
 *    (`javascript:`, `onerror=`), also when written with full-width forms.
 * 3. URLs (`url`, `web`): printable ASCII without quotes, brackets or spaces; parsed as a URL:
 *    https only, a host name with a dot (not an IP address: a reader cannot tell whose it is),
 *    no user name, password or port.
 * 4. Numbers people dial (`hotline`, `phone`, a channel's `short`): ASCII digits and hyphens.
 *
 * One problem per string (the first rule it breaks). Pure; wired into validate.ts, so run by
 * content:check, the tests and the build, on every string of whatever it is given.
 */
import { codePointName, countChars, formatKeys, showString } from '../../src/content/printable'
import { DEFAULT_MAX_CHARS, LENGTH_LIMITS } from '../../src/content/limits'
import { eachString, type Problem } from './problem'

/** The allowed code points, as inclusive ranges. */
export const ALLOWED: readonly (readonly [number, number, string])[] = [
  [0x0020, 0x007e, 'printable ASCII: Latin letters, digits, the space and the usual symbols'],
  [0x00a2, 0x00a3, '¢ £'],
  [0x00a5, 0x00a5, '¥'],
  [0x00a7, 0x00a7, '§'],
  [0x00a9, 0x00a9, '©'],
  [0x00ae, 0x00ae, '®'],
  [0x00b0, 0x00b1, '° ±'],
  [0x00b5, 0x00b5, 'µ'],
  [0x00b7, 0x00b7, '· (middle dot, as in names)'],
  [0x00c0, 0x024f, 'Latin letters with accents (é, ü, pinyin ā ǎ), × ÷'],
  [0x2010, 0x2027, 'dashes, quotation marks “” ‘’, bullet, ellipsis …'],
  [0x2030, 0x203b, '‰ ′ ″ ※'],
  [0x2103, 0x2103, '℃'],
  [0x2116, 0x2116, '№'],
  [0x2160, 0x217f, 'Roman numerals Ⅰ Ⅱ'],
  [0x2190, 0x21ff, 'arrows'],
  [0x2200, 0x22ff, 'mathematical operators ≤ ≥ ≠'],
  [0x2460, 0x24ff, 'enclosed numbers ① ⑴ ⒈'],
  [0x25a0, 0x25ff, 'geometric shapes ■ □ ● ○ ◆ △'],
  [0x2605, 0x2606, '★ ☆'],
  [0x3000, 0x3029, 'CJK symbols and punctuation 、。〇《》「」【】〔〕 and the ideographic space'],
  [0x3030, 0x303d, 'CJK symbols 〰 〽'],
  [0x3220, 0x325f, 'parenthesised and circled numbers ㈠ ㉑'],
  [0x3280, 0x32bf, 'circled ideographs and numbers ㊀ ㊣'],
  [0x3380, 0x33df, 'squared units ㎡ ㎏ ㎞'],
  [0x3400, 0x4dbf, 'CJK unified ideographs, extension A'],
  [0x4e00, 0x9fff, 'CJK unified ideographs'],
  [0xff01, 0xff64, 'full-width forms （），：；？！ and half-width CJK punctuation'],
  [0xffe0, 0xffe6, 'full-width signs ￥ ￡'],
  [0x20000, 0x2ebef, 'CJK unified ideographs, extensions B–F'],
  [0x30000, 0x3134f, 'CJK unified ideographs, extension G']
]

const hex = (cp: number) => `\\u{${cp.toString(16)}}`
/** One character class of ALLOWED, for the fast path. */
const ALL_ALLOWED = new RegExp(`^[${ALLOWED.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]*$`, 'u')

function allowed(cp: number): boolean {
  for (const [a, b] of ALLOWED) if (cp >= a && cp <= b) return true
  return false
}

/** Names of the characters a forger reaches for (Node has no table of Unicode names). */
const NAMES: Record<number, string> = {
  0x3164: 'HANGUL FILLER', 0x115f: 'HANGUL CHOSEONG FILLER', 0x1160: 'HANGUL JUNGSEONG FILLER',
  0xffa0: 'HALFWIDTH HANGUL FILLER', 0x2800: 'BRAILLE PATTERN BLANK', 0x303f: 'IDEOGRAPHIC HALF FILL SPACE',
  0x00a0: 'NO-BREAK SPACE', 0x1680: 'OGHAM SPACE MARK', 0x2000: 'EN QUAD', 0x2001: 'EM QUAD', 0x2002: 'EN SPACE',
  0x2003: 'EM SPACE', 0x2004: 'THREE-PER-EM SPACE', 0x2005: 'FOUR-PER-EM SPACE', 0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE', 0x2008: 'PUNCTUATION SPACE', 0x2009: 'THIN SPACE', 0x200a: 'HAIR SPACE',
  0x202f: 'NARROW NO-BREAK SPACE', 0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x0300: 'COMBINING GRAVE ACCENT', 0x0301: 'COMBINING ACUTE ACCENT', 0x0308: 'COMBINING DIAERESIS',
  0x034f: 'COMBINING GRAPHEME JOINER', 0x0335: 'COMBINING SHORT STROKE OVERLAY', 0x0336: 'COMBINING LONG STROKE OVERLAY',
  0x0337: 'COMBINING SHORT SOLIDUS OVERLAY', 0x0338: 'COMBINING LONG SOLIDUS OVERLAY',
  0x20dd: 'COMBINING ENCLOSING CIRCLE', 0x20e3: 'COMBINING ENCLOSING KEYCAP',
  0x0417: 'CYRILLIC CAPITAL LETTER ZE', 0x0437: 'CYRILLIC SMALL LETTER ZE', 0x041e: 'CYRILLIC CAPITAL LETTER O',
  0x043e: 'CYRILLIC SMALL LETTER O', 0x0430: 'CYRILLIC SMALL LETTER A', 0x0435: 'CYRILLIC SMALL LETTER IE',
  0x0440: 'CYRILLIC SMALL LETTER ER', 0x0441: 'CYRILLIC SMALL LETTER ES', 0x0445: 'CYRILLIC SMALL LETTER HA',
  0x0406: 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I', 0x0399: 'GREEK CAPITAL LETTER IOTA',
  0x039f: 'GREEK CAPITAL LETTER OMICRON', 0x03bf: 'GREEK SMALL LETTER OMICRON', 0x0392: 'GREEK CAPITAL LETTER BETA'
}

function nameOf(cp: number): string | undefined {
  if (NAMES[cp]) return NAMES[cp]
  if (cp >= 0xfe00 && cp <= 0xfe0f) return `VARIATION SELECTOR-${cp - 0xfe00 + 1}`
  if (cp >= 0xe0100 && cp <= 0xe01ef) return `VARIATION SELECTOR-${cp - 0xe0100 + 17}`
  return undefined
}

const named = (cp: number) => `${codePointName(cp)}${nameOf(cp) ? ` ${nameOf(cp)}` : ''}`
const quoted = (s: string) => showString(s, 20)

const BLANK_FILLERS = new Set([0x3164, 0x115f, 0x1160, 0xffa0, 0x2800, 0x303f])
const IS_MARK = /\p{M}/u
const IS_SPACE = /\p{Zs}/u
const IS_VARIATION = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f
const ASCII_ALNUM = /[A-Za-z0-9]/
const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Cyrillic}/u, 'Cyrillic'], [/\p{Script=Greek}/u, 'Greek'], [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Cherokee}/u, 'Cherokee'], [/\p{Script=Hangul}/u, 'Hangul'], [/\p{Script=Hiragana}/u, 'Hiragana'],
  [/\p{Script=Katakana}/u, 'Katakana'], [/\p{Script=Arabic}/u, 'Arabic'], [/\p{Script=Hebrew}/u, 'Hebrew']
]
const IS_LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u

/** What is wrong with the disallowed character at code point index `i` of `cps`: what, where (after "at character N"), why. */
function describe(cps: readonly number[], i: number): [what: string, why: string, where?: string] {
  const cp = cps[i]
  const ch = String.fromCodePoint(cp)
  if (BLANK_FILLERS.has(cp)) return [`a blank filler ${named(cp)}`, 'it shows as nothing']
  if (IS_SPACE.test(ch)) return [`a space other than the plain space: ${named(cp)}`, 'use a plain space (or none, in Chinese)']
  if (IS_VARIATION(cp) || IS_MARK.test(ch)) {
    let b = i - 1
    while (b >= 0 && IS_MARK.test(String.fromCodePoint(cps[b]))) b--
    const on = b >= 0 ? `, on ${quoted(String.fromCodePoint(cps[b]))}` : ', on its own'
    return IS_VARIATION(cp)
      ? [`a variation selector ${named(cp)}`, 'it changes how the character is drawn (or hides in the text)', on]
      : [`a combining mark ${named(cp)}`, 'it draws over or changes the character it stands on', on]
  }
  const script = SCRIPTS.find(([re]) => re.test(ch))?.[1]
  if (script && /\p{L}/u.test(ch)) {
    const near = [cps[i - 1], cps[i + 1]].some((n) => n !== undefined && ASCII_ALNUM.test(String.fromCodePoint(n)))
    if (near) {
      let a = i
      let b = i
      while (a > 0 && IS_LETTER_OR_DIGIT.test(String.fromCodePoint(cps[a - 1]))) a--
      while (b < cps.length - 1 && IS_LETTER_OR_DIGIT.test(String.fromCodePoint(cps[b + 1]))) b++
      const word = String.fromCodePoint(...cps.slice(a, Math.min(b + 1, a + 20)))
      return [`a ${script} letter ${named(cp)}`, 'it looks like a Latin letter or a digit but is not one', `, inside ${quoted(word)}`]
    }
    return [`a ${script} letter ${named(cp)}`, 'letters of scripts other than Chinese and Latin are not allowed']
  }
  const folded = ch.normalize('NFKC')
  if (folded !== ch && [...folded].every((c) => allowed(c.codePointAt(0) as number))) {
    return [named(cp), `it looks like ${quoted(folded)} but is another character: write ${quoted(folded)}`]
  }
  return [named(cp), 'not among the characters a text may hold (Chinese, Latin, digits, the usual punctuation: docs/editing-content.md)']
}

/**
 * The first character of `s` outside the allow-list, as a reason like `contains a blank filler
 * U+3164 HANGUL FILLER at character 1 (and 2 more): it shows as nothing`; null when none.
 */
export function characterRule(s: string): string | null {
  if (ALL_ALLOWED.test(s)) return null
  const cps = Array.from(s, (c) => c.codePointAt(0) as number)
  let first = -1
  let others = 0
  cps.forEach((cp, i) => {
    if (allowed(cp)) return
    if (first < 0) first = i
    else others++
  })
  if (first < 0) return null
  const [what, why, where = ''] = describe(cps, first)
  return `contains ${what} at character ${first + 1}${where}${others ? ` (and ${others} more)` : ''}: ${why}`
}

const DIGIT_RUN = /[0-9０-９]+/g
/** A number written with both ASCII and full-width digits ("12３15"). */
export function mixedDigitsRule(s: string): string | null {
  for (const m of s.matchAll(DIGIT_RUN)) {
    if (/[0-9]/.test(m[0]) && /[０-９]/.test(m[0])) return `the number ${quoted(m[0])} mixes ASCII and full-width digits: write it one way`
  }
  return null
}

const MARKUP: readonly (readonly [RegExp, string])[] = [
  [/<\/?[A-Za-z!?][A-Za-z0-9-]*/, 'an HTML tag'],
  [/&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);|&(?:lt|gt|amp|quot|apos|nbsp)(?![A-Za-z0-9])/, 'an HTML entity'],
  [/(?:java|vb|live)script\s*:|data\s*:\s*text\/html/i, 'a script address'],
  [/(?:^|[^A-Za-z0-9_])on[a-z]{3,}\s*=/i, 'an event-handler attribute']
]

/** Markup or script-like text (full-width forms folded first, so `＜script＞` counts). */
export function markupRule(s: string): string | null {
  const text = /[^\x20-\x7e]/.test(s) ? s.normalize('NFKC') : s
  for (const [re, what] of MARKUP) {
    const m = re.exec(text)
    if (m) return `contains ${what} ${quoted(m[0].replace(/^[^<&a-z]+/i, ''))}: a text is shown as written, never as markup`
  }
  return null
}

const URL_FORBIDDEN = /["'<>`\\{}[\]()|^\s]/
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/** A URL a citizen may open: https, a named host, nothing that could break out of an attribute. */
export function urlRule(s: string): string | null {
  const bad = URL_FORBIDDEN.exec(s)
  if (bad) return `a URL must not contain ${quoted(bad[0])} (quotes, brackets, spaces): percent-encode it`
  const odd = /[^\x21-\x7e]/u.exec(s)
  if (odd) {
    const cp = odd[0].codePointAt(0) as number
    return `a URL holds printable ASCII only, found ${named(cp)} at character ${countChars(s.slice(0, odd.index)) + 1} (a non-ASCII part is percent-encoded, so no lookalike letter hides in it)`
  }
  if (!s.startsWith('https://')) return `expected an https:// URL, got ${quoted(s)}`
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return `not a URL: ${quoted(s)}`
  }
  const host = url.hostname
  if (url.username || url.password) return 'a URL must not hold a user name or password'
  if (IPV4.test(host) || host.startsWith('[')) return `the host is an IP address (${quoted(host)}): use the publisher's domain name, which a reader can recognise`
  const labels = host.split('.')
  if (labels.length < 2) return `expected a host name with a dot, like www.12315.cn, got ${quoted(host)}`
  if (!labels.every((l) => LABEL.test(l)) || !TLD.test(labels[labels.length - 1])) return `not a real host name: ${quoted(host)}`
  if (url.port) return `a URL with a port (${url.port}): a public page is on the standard port`
  return null
}

const DIAL = /^[0-9]+(?:-[0-9]+)*$/
/** A number people dial: ASCII digits, hyphens between groups. */
export function dialRule(s: string): string | null {
  return DIAL.test(s) ? null : `expected ASCII digits and hyphens (a number people dial), got ${quoted(s)}`
}

/** Strings longer than any field allows (in UTF-16 units) are raw-checks.ts's to report, not scanned here. */
const LONGEST = 2 * Math.max(DEFAULT_MAX_CHARS, ...Object.values(LENGTH_LIMITS))

const URL_FIELDS = new Set(['url', 'web'])
const DIAL_FIELDS = new Set(['hotline', 'phone'])

/** The first rule `s`, found at `keys`, breaks, or null. */
export function textRule(s: string, keys: readonly (string | number)[]): string | null {
  const last = keys[keys.length - 1]
  const isUrl = typeof last === 'string' && URL_FIELDS.has(last)
  const isDial = typeof last === 'string' && (DIAL_FIELDS.has(last) || (last === 'short' && keys[0] === 'channels'))
  return characterRule(s)
    ?? (isUrl ? urlRule(s) : markupRule(s))
    ?? (isDial ? dialRule(s) : mixedDigitsRule(s))
}

/**
 * Every string of `value` that breaks a rule, as `path: reason`, in document order. `skip`:
 * paths already reported (hygiene, length), not reported again. A string longer than any field
 * allows is skipped (raw-checks.ts reports it), so the work stays bounded.
 */
export function textRuleProblems(value: unknown, skip: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = []
  eachString(value, (x, keys) => {
    if (x.length > LONGEST) return
    const reason = textRule(x, keys)
    if (!reason) return
    const path = formatKeys(keys)
    if (!skip.has(path)) problems.push({ path, reason })
  })
  return problems
}
