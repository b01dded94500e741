/**
 * Printing untrusted keys and values in a problem message. A bundle is input: a key may hold a
 * line break (which could forge a `…: ok` line), an ANSI escape (which would reach the
 * terminal), a bidi control (which reorders what a reviewer sees) or 20 MB. Everything shown
 * from a bundle goes through `show`/`formatKeys`, and every finished message through `oneLine`,
 * so a problem is always one honest, short line.
 *
 * Used by content:check (scripts/content), the tests and the build, and by schema.ts for its messages.
 */

/** How many characters of a value a message shows before `…(N chars)`. */
export const SHOWN_CHARS = 60

/**
 * Characters never printed raw: controls (C0, DEL, C1), invisible format characters (zero-width,
 * bidi controls, BOM, soft hyphen, tag characters), line and paragraph separators, lone
 * surrogates, noncharacters, and U+FFFD (shown as a code so it is not mistaken for a glyph).
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]/u
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu')

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' }

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0')
}

/** `\n`, `\u202E`, `\u{E0041}`: how an unprintable character is written in a message. */
export function escapeChar(ch: string): string {
  const short = SHORT_ESCAPES[ch]
  if (short) return short
  const cp = ch.codePointAt(0) as number
  return cp > 0xffff ? `\\u{${hex(cp)}}` : `\\u${hex(cp)}`
}

/** `U+202E`: a code point as the Unicode standard writes it. */
export function codePointName(cp: number): string {
  return `U+${hex(cp)}`
}

/** Whether `s` has a character that must not be printed raw. */
export function hasUnprintable(s: string): boolean {
  return UNPRINTABLE.test(s)
}

/** Number of characters (code points, a lone surrogate counting as one) of `s`. */
export function countChars(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++ }
    }
  }
  return n
}

/** The first `max` characters of `s` (never half a surrogate pair) and whether anything was cut. */
function head(s: string, max: number): { text: string; cut: boolean } {
  if (s.length <= max) return { text: s, cut: false }
  let i = 0
  let n = 0
  while (i < s.length && n < max) {
    const c = s.charCodeAt(i)
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff
    i += pair ? 2 : 1
    n++
  }
  return { text: s.slice(0, i), cut: i < s.length }
}

const more = (s: string) => `…(${countChars(s)} chars)`

/**
 * A string as a message shows it: in double quotes, `"` and `\` escaped, every unprintable
 * character escaped, and shortened to `max` characters followed by `…(N chars)`.
 */
export function showString(s: string, max = SHOWN_CHARS): string {
  const { text, cut } = head(s, max)
  let out = ''
  for (const ch of text) {
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (UNPRINTABLE.test(ch)) out += escapeChar(ch)
    else out += ch
  }
  return `"${out}"${cut ? more(s) : ''}`
}

/** Any value of a bundle as a message shows it (strings quoted and shortened; Infinity and NaN as such). */
export function show(value: unknown): string {
  if (typeof value === 'string') return showString(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (value === null || typeof value === 'boolean' || typeof value === 'undefined') return String(value)
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return typeof value
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * A path as `events[3].dates[0].date`. A key that is not a plain name is written quoted in
 * brackets, escaped and shortened: `document["sub\ntitle"]`.
 */
export function formatKeys(keys: readonly unknown[]): string {
  if (keys.length === 0) return '(root)'
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else {
      const k = String(key)
      if (PLAIN_KEY.test(k) && k.length <= SHOWN_CHARS) out += out ? `.${k}` : k
      else out += `[${showString(k)}]`
    }
  }
  return out
}

/**
 * A finished message made safe to print as one line: any unprintable character left is
 * escaped (backslashes are not, so applying it twice changes nothing) and the line is cut
 * at `max` characters.
 */
export function oneLine(s: string, max = 400): string {
  const { text, cut } = head(s, max)
  const safe = UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, escapeChar) : text
  return cut ? `${safe}${more(s)}` : safe
}
