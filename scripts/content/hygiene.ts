/**
 * Character hygiene of every string and key of a bundle: characters that a reviewer cannot see,
 * or that show something other than what the file says, never reach the app.
 *
 * - control characters (C0, DEL, C1): NUL, ESC (terminal escapes)…; a line break only in a field
 *   that allows line breaks (see LINE_BREAK_FIELDS in limits.ts: none today);
 * - lone surrogates (a `\ud800` escape: not a character) and U+FFFD (text damaged by a wrong
 *   encoding);
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and bidi controls (U+200E/F,
 *   U+202A–U+202E, U+2066–U+2069, U+061C), and every other invisible format character
 *   (soft hyphen, tag characters…);
 * - noncharacters (U+FFFE, U+FFFF…).
 *
 * Pure; used by validate.ts (so by content:check, the tests and the build).
 */
import { codePointName } from '../../src/content/printable'

const NAMES: Record<number, string> = {
  0x00: 'NULL', 0x07: 'BELL', 0x08: 'BACKSPACE', 0x09: 'TAB', 0x0a: 'LINE FEED', 0x0b: 'VERTICAL TAB',
  0x0c: 'FORM FEED', 0x0d: 'CARRIAGE RETURN', 0x1b: 'ESCAPE', 0x7f: 'DELETE', 0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER', 0xad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x061c: 'ARABIC LETTER MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR', 0xfffd: 'REPLACEMENT CHARACTER'
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])
const BIDI = new Set([0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
const LINE_BREAKS = new Set([0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029])

const SUSPECT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]/u
const IS_CC = /\p{Cc}/u
const IS_CF = /\p{Cf}/u
const IS_NONCHAR = /\p{Noncharacter_Code_Point}/u

const named = (cp: number) => `${codePointName(cp)}${NAMES[cp] ? ` ${NAMES[cp]}` : ''}`

/** What is wrong with one character (and why it matters), or null when it is fine. */
function charProblem(ch: string, cp: number, lineBreaks: boolean, isKey: boolean): [what: string, why?: string] | null {
  if (cp >= 0xd800 && cp <= 0xdfff) return [`a lone surrogate ${codePointName(cp)}`, 'half of a character: broken text or a bad \\u escape']
  if (cp === 0xfffd) return [named(cp), 'text damaged by a wrong encoding']
  if (LINE_BREAKS.has(cp)) {
    if (lineBreaks && cp === 0x0a) return null
    if (lineBreaks) return [`a line break other than \\n: ${named(cp)}`]
    return isKey ? [`a line break (${named(cp)})`] : [`a line break (${named(cp)})`, 'this field is one line (page-break artefact?)']
  }
  if (ZERO_WIDTH.has(cp)) return [`an invisible zero-width character ${named(cp)}`]
  if (BIDI.has(cp)) return [`a bidi control ${named(cp)}`, 'it changes the order in which text is displayed']
  if (IS_CC.test(ch)) return [`a control character ${named(cp)}`]
  if (IS_CF.test(ch)) return [`an invisible format character ${named(cp)}`]
  if (IS_NONCHAR.test(ch)) return [`a noncharacter ${codePointName(cp)}`]
  return null
}

/**
 * The first bad character of `s`, as a reason like `contains a bidi control U+202E
 * RIGHT-TO-LEFT OVERRIDE at character 3 (and 2 more): it changes the order in which text is
 * displayed`, or null when `s` is clean.
 * `lineBreaks`: whether the field allows `\n` (other line breaks are never allowed).
 */
export function characterProblem(s: string, lineBreaks = false, isKey = false): string | null {
  if (!SUSPECT.test(s)) return null
  let first: [string, string?] | null = null
  let at = 0
  let others = 0
  let index = 0
  for (let i = 0; i < s.length; i++) {
    index++
    const c = s.charCodeAt(i)
    if ((c >= 0x20 && c < 0x7f) || (c >= 0x3000 && c < 0xd800)) continue // ASCII and CJK: the common, clean case
    let cp = c
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) { cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000; i++ }
    }
    const problem = charProblem(String.fromCodePoint(cp), cp, lineBreaks, isKey)
    if (!problem) continue
    if (first === null) { first = problem; at = index } else others++
  }
  if (first === null) return null
  const [what, why] = first
  return `contains ${what} at character ${at}${others ? ` (and ${others} more)` : ''}${why ? `: ${why}` : ''}`
}

/** A key's characters: keys never allow line breaks. */
export function keyProblem(key: string): string | null {
  const p = characterProblem(key, false, true)
  return p ? `key ${p}` : null
}
