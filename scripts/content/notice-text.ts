/**
 * The notice's text as copied from its PDF, made into what the edition holds: lines without the
 * page numbers, paragraphs joined across page breaks, prose without the PDF's spaces, phrases with
 * one space between their halves, sentences, Chinese numerals. Used by the drafter (draft-edition.ts).
 */

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff'
const MARKS = '\\u3000-\\u303f\\uff00-\\uffef“”‘’…—'
const CJK = `${HAN}${MARKS}`
const SP = '[ \\t\\u00a0\\u3000]+'
/** A space between Chinese and a digit or latin letter: the PDF's, never the notice's. */
const SPACE_BY_DIGIT = new RegExp(`(?<=[${CJK}])${SP}(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])${SP}(?=[${CJK}])`, 'g')
/** Any space touching Chinese (prose outside quotes: line wraps and page breaks). */
const SPACE_BY_CHINESE = new RegExp(`(?<=[${CJK}])${SP}|${SP}(?=[${CJK}])`, 'g')

/** A sentence of the notice: no spaces touching Chinese, except inside “…” (kept as printed, but for the digits rule). */
export function normaliseProse(s: string): string {
  return s
    .split(/(“[^”]*”)/)
    .map((part) => (part.startsWith('“') ? part.replace(SPACE_BY_DIGIT, '') : part.replace(SPACE_BY_CHINESE, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A theme or slogan: halves separated by one plain space, no PDF spaces by digits. */
export function normalisePhrase(s: string): string {
  return s.replace(SPACE_BY_DIGIT, '').replace(/[\s\u3000]+/g, ' ').trim()
}

export const squash = (s: string) => s.replace(/\s+/g, '')

/** Where a paragraph may end: anything else before a new line is a page break inside a sentence. */
const ENDS_PARAGRAPH = /[。！？；：:）)]$/

/** Sentences of a paragraph, each ending with 。！？ outside quotes and book-title marks. */
export function sentences(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '“' || ch === '《' || ch === '（') depth++
    else if ((ch === '”' || ch === '》' || ch === '）') && depth > 0) depth--
    else if (depth === 0 && (ch === '。' || ch === '！' || ch === '？')) {
      out.push(s.slice(start, i + 1).trim())
      start = i + 1
    }
  }
  const rest = s.slice(start).trim()
  if (rest) out.push(rest)
  return out.filter(Boolean)
}

/** The first sentence and the rest. */
export function firstSentence(s: string): [string, string] {
  const [first, ...rest] = sentences(s)
  return [first ?? '', rest.join('')]
}

const NUMERALS = '零一二三四五六七八九'
/** 一 → 1, 十 → 10, 十九 → 19, 二十一 → 21 (up to 99); NaN otherwise. */
export function chineseNumber(s: string): number {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s)
  if (!m || s === '') return NaN
  if (!m[2]) return m[1] && !m[3] ? NUMERALS.indexOf(m[1]) : NaN
  return (m[1] ? NUMERALS.indexOf(m[1]) : 1) * 10 + (m[3] ? NUMERALS.indexOf(m[3]) : 0)
}

// ---------------------------------------------------------------------------------------------
// Lines and paragraphs

export type Line = { n: number; text: string }
export type Para = { n: number; last: number; text: string }

const PAGE_NUMBER = /^[-－—–]\s*\d+\s*[-－—–]$/

export function readLines(text: string): { lines: Line[]; end: number; pageNumbers: number[] } {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const lines: Line[] = []
  const pageNumbers: number[] = []
  raw.forEach((l, i) => {
    const t = l.trim()
    if (!t) return
    if (PAGE_NUMBER.test(t)) pageNumbers.push(i + 1)
    else lines.push({ n: i + 1, text: t })
  })
  return { lines, end: raw.length, pageNumbers }
}

/**
 * Paragraphs of `lines`: a line is joined to the paragraph before it when that paragraph does not
 * end a sentence and the line does not start a new numbered part (`starts`). Joined lines are
 * recorded in `joins`.
 */
export function paragraphs(lines: Line[], starts: (t: string) => boolean, joins: number[]): Para[] {
  const out: Para[] = []
  for (const l of lines) {
    const prev = out[out.length - 1]
    if (prev && !ENDS_PARAGRAPH.test(prev.text) && !starts(l.text)) {
      joins.push(prev.last)
      prev.text += l.text
      prev.last = l.n
    } else {
      out.push({ n: l.n, last: l.n, text: l.text })
    }
  }
  return out
}
