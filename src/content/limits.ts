/**
 * Limits of a content bundle: file size, nesting, key length, the length of each string field,
 * which fields may hold line breaks, and the range of each number field. They keep a damaged or
 * hostile file (a 52 MB summary, a 20 MB key) from slowing the check or flooding its output,
 * and catch text pasted into the wrong field. They hold for every edition alike.
 *
 * Pure; used by schema.ts and by the checks of content:check (scripts/content/read-json.ts,
 * raw-checks.ts), so by the tests and the build.
 */
import * as v from 'valibot'
import { show } from './printable'

/** A bundle file larger than this is refused before it is parsed (2021.json is about 38 kB). */
export const MAX_FILE_BYTES = 1024 * 1024

/** Deepest nesting of objects and arrays (2021.json: 6). */
export const MAX_DEPTH = 16

/** Longest key (the schema's longest is 13). */
export const MAX_KEY_CHARS = 64

/** Longest string of a field the table below does not know (an unknown field is reported anyway). */
export const DEFAULT_MAX_CHARS = 2000

/**
 * Longest string, in characters (code points), per field. A pattern is the end of a path with
 * array indexes written `[]`; the longest pattern matching a path wins, e.g. `slogans.items[].text`
 * before `text`. Every string field of the schema has an entry (limits.test.ts checks it).
 * The 2021 values are far below each cap.
 */
export const LENGTH_LIMITS: Readonly<Record<string, number>> = {
  // Machine fields: their format is checked by the schema; the cap keeps a huge value out of the checks.
  'id': 64,
  'organiserId': 64,
  'categoryId': 64,
  'channelId': 64,
  'next': 64,
  'complaintGuide.start': 64,
  'sloganIds[]': 64,
  'draftKind': 16,
  'bundleVersion': 20,
  'date': 10,
  'start': 10,
  'end': 10,
  'month': 7,
  'kind': 16,
  'scope': 16,
  'precision': 16,
  'confidence': 16,
  'hotline': 16,
  'phone': 16,
  'email': 254,
  'url': 2000,
  'web': 2000,
  'appId': 18,
  'shortLink': 500,
  // Names, numbers and labels: one short line.
  'number': 10,
  'document.number': 40,
  'name': 40,
  'short': 10,
  'heading': 40,
  'label': 40,
  'action': 20,
  'person': 20,
  'dateText': 20,
  'disclosure': 20,
  'partners': 20,
  'issuer': 60,
  'searchHint': 40,
  'publisher': 100,
  'note': 60,
  'handles[]': 40,
  'theme': 40,
  'slogans.items[].text': 40,
  // Titles and short texts.
  'title': 120,
  'source.title': 200,
  'sources[].title': 200,
  'summary': 60,
  'hint': 100,
  'questions[].text': 100,
  'quote': 500,
  'detail': 200,
  'reason': 300,
  'advice': 300,
  'kinds[].text': 300,
  'afterSubmit.text': 500,
  // Paragraphs and sentences of the notice.
  'document.addressees': 500,
  'document.preamble': 2000,
  'points[].title': 300,
  'points[].text': 2000,
  'closing[]': 2000,
  'printed[]': 200,
  'activities[]': 1000,
  'description[]': 1000,
  // Public source entries (the quiz's) and the quiz bank.
  'sources[].excerpts[]': 500,
  'quiz.questions[].type': 16,
  'quiz.questions[].stem': 200,
  'quiz.questions[].options[]': 120,
  'quiz.questions[].correct[]': 120,
  'quiz.questions[].explanation': 300,
  'quiz.questions[].source.anchor': 64,
  'quiz.questions[].source.sourceId': 64
}

/**
 * Fields whose text may contain `\n`. None today: the notice's paragraphs are separate array
 * items (sections.closing, organisers[].activities…), so a line break in a text is a page-break
 * artefact. A field listed here (a pattern as in LENGTH_LIMITS) would allow `\n` and nothing else.
 */
export const LINE_BREAK_FIELDS: readonly string[] = []

/** `events[].dates[].source.title` for the path events[3].dates[0].source.title. */
export function fieldPattern(keys: readonly (string | number)[]): string {
  let out = ''
  for (const k of keys) out += typeof k === 'number' ? '[]' : (out ? `.${k}` : k)
  return out
}

function matches(path: string, pattern: string): boolean {
  return path === pattern || path.endsWith(`.${pattern}`) || (pattern.startsWith('[') && path.endsWith(pattern))
}

/** The most specific (longest) pattern of `patterns` that matches `keys`, or null. */
export function matchingPattern(keys: readonly (string | number)[], patterns: Iterable<string>): string | null {
  const path = fieldPattern(keys)
  let best: string | null = null
  for (const p of patterns) if (matches(path, p) && (best === null || p.length > best.length)) best = p
  return best
}

/** The longest string allowed at `keys`, and the table entry that says so (null: the default). */
export function lengthLimit(keys: readonly (string | number)[]): { max: number; pattern: string | null } {
  const pattern = matchingPattern(keys, Object.keys(LENGTH_LIMITS))
  return { max: pattern ? LENGTH_LIMITS[pattern] : DEFAULT_MAX_CHARS, pattern }
}

export function allowsLineBreaks(keys: readonly (string | number)[]): boolean {
  return matchingPattern(keys, LINE_BREAK_FIELDS) !== null
}

/**
 * A whole number from `min` to `max` (so never Infinity, NaN, negative or fractional), for the
 * schema's number fields.
 */
export function WholeNumber(min: number, max: number) {
  return v.pipe(
    v.number((i) => `expected a whole number from ${min} to ${max}, got ${show(i.input)}`),
    v.check(
      (n) => Number.isInteger(n) && n >= min && n <= max,
      (i) => `expected a whole number from ${min} to ${max}, got ${show(i.input)}`
    )
  )
}
