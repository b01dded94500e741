/**
 * Text hygiene of the notice's words as printed: no line breaks (page-break artefacts), no
 * stray spaces in Chinese, full-width punctuation; a two-part phrase (theme, slogan) keeps one
 * space between its halves. Used by validate.ts on the bundle's texts and by validate-quiz.ts
 * on the quiz's.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’…—'
/** A whitespace run touching a Chinese character or full-width mark on either side. */
const SPACE_IN_CHINESE = new RegExp(`[${CJK}${CJK_PUNCT}]\\s+|\\s+[${CJK}${CJK_PUNCT}]`)
/** Half-width punctuation written next to Chinese text, where the notice uses full-width. */
const HALF_WIDTH_PUNCT = new RegExp(`[${CJK}][,;:?!()]|[,;:?!()][${CJK}]`)
const LINE_BREAK = /[\r\n\u2028\u2029]/

/** Removes quoted passages “…”: spaces inside quotes are printed that way in the notice. */
function withoutQuotes(s: string): string {
  return s.replace(/“[^”]*”/g, '“”')
}

export type TextKind = 'prose' | 'phrase'

/**
 * Text hygiene. `prose`: a sentence of the notice: no line breaks, no spaces touching Chinese
 * (except inside “…”), no half-width punctuation. `phrase`: a theme or slogan, whose halves
 * are separated by single spaces as printed: no line breaks, no doubled or edge spaces.
 */
export function textProblem(s: string, kind: TextKind): string | null {
  if (LINE_BREAK.test(s)) return 'contains a line break (page-break artefact?)'
  if (s !== s.trim()) return 'has leading or trailing whitespace'
  if (HALF_WIDTH_PUNCT.test(s)) return 'half-width punctuation in Chinese text (the notice uses full-width ，；：？！（）)'
  if (kind === 'phrase') {
    if (/\s{2,}|[^\S ]/.test(s)) return 'phrase halves must be separated by one plain space'
    return null
  }
  if (SPACE_IN_CHINESE.test(withoutQuotes(s))) return 'contains a space inside Chinese text (page-break artefact?)'
  return null
}
