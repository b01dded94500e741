/**
 * Bounded work for content:check. A 1 MiB file may hold about 350,000 empty objects; valibot,
 * asked for every issue, made one issue object per missing field of each (2.4 million, 19–41 s,
 * 2.9 GB). So before the shape is parsed, every list is held to a count (MAX_ITEMS, far above
 * what an edition needs), every object to MAX_FIELDS fields and the whole to MAX_VALUES values:
 * a file over any is reported at that place and not checked further, so the checks after it
 * see at most MAX_VALUES values. And a check lists at most MAX_PROBLEMS problems, then says how many more.
 * `npm run bench:content` (scripts/bench-content-check.ts) prints the worst cases.
 *
 * Pure; used by validate.ts.
 */
import { matchingPattern } from '../../src/content/limits'
import { formatKeys } from '../../src/content/printable'
import type { Problem } from './problem'

/** Problems listed per file; the rest are counted ("and N more"). */
export const MAX_PROBLEMS = 200

/** Most fields of one object (the schema's largest has 17). */
export const MAX_FIELDS = 64

/**
 * Most values (strings, numbers, lists, objects…) in the edition and its quiz bank together:
 * 2021 has about 2,000; 500 events and 1,000 questions would need about 25,000. Every check
 * after this one does a little work per value, so this bounds them all.
 */
export const MAX_VALUES = 40000

/** Longest list of a field the table below does not know (an unknown field is reported anyway). */
export const DEFAULT_MAX_ITEMS = 100

/**
 * Longest list, per field (patterns as in limits.ts's LENGTH_LIMITS: the end of a path, array
 * indexes written `[]`, the longest matching pattern wins). 2021 in brackets. They bound the
 * work, not the content: where the schema has a limit of its own (at most 99 slogans), the
 * cap here is higher, so the schema's message is the one an editor sees.
 */
export const MAX_ITEMS: Readonly<Record<string, number>> = {
  'sections.work.points': 100, // (5; the schema allows 20)
  'sections.requirements.points': 100, // (3; the schema allows 20)
  'sections.closing': 20, // (2)
  'contact.printed': 20, // (2)
  'attachments': 200, // (2; the schema allows 99)
  'organisers': 200, // (19; the schema allows 99)
  'organisers[].activities': 50, // (13)
  'slogans.items': 200, // (16; the schema allows 99)
  'channels': 20, // (2)
  'channels[].handles': 30, // (7)
  'channels[].sources': 20, // (2)
  'complaintGuide.questions': 20, // (2; the schema allows 4)
  'complaintGuide.questions[].answers': 20, // (3; the schema allows 6)
  'complaintGuide.outcomes': 20, // (4)
  'complaintPrep.items': 30, // (5)
  'complaintPrep.kinds': 10, // (2)
  'categories': 50, // (8)
  'events': 500, // (12)
  'events[].description': 30, // (2)
  'events[].dates': 30, // (2)
  'events[].sloganIds': 99, // (≤ 16 slogans; at most 99 exist)
  'sources': 200, // (3)
  'sources[].excerpts': 50, // (3)
  'quiz.questions': 1000, // (77)
  'quiz.questions[].options': 20, // (4; the schema allows 6)
  'quiz.questions[].correct': 20 // (3)
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** The longest list allowed at `keys`. */
export function itemLimit(keys: readonly (string | number)[]): number {
  const pattern = matchingPattern(keys, Object.keys(MAX_ITEMS))
  return pattern ? MAX_ITEMS[pattern] : DEFAULT_MAX_ITEMS
}

/**
 * Every list longer than its limit and every object with more than MAX_FIELDS fields, not
 * looked into, and more than MAX_VALUES values in all. Stops after MAX_PROBLEMS of them.
 */
export function sizeProblems(value: unknown): Problem[] {
  const problems: Problem[] = []
  let values = 0
  const visit = (x: unknown, keys: (string | number)[]) => {
    if (problems.length >= MAX_PROBLEMS || ++values > MAX_VALUES || x === null || typeof x !== 'object') return
    if (Array.isArray(x)) {
      const max = itemLimit(keys)
      if (x.length > max) {
        problems.push({ path: formatKeys(keys), reason: `too many items: ${thousands(x.length)} (at most ${thousands(max)} here); the rest of the file is checked once there are fewer` })
        return
      }
      x.forEach((item, i) => visit(item, [...keys, i]))
      return
    }
    const fields = Object.keys(x)
    if (fields.length > MAX_FIELDS) {
      problems.push({ path: formatKeys(keys), reason: `too many fields: ${thousands(fields.length)} (at most ${MAX_FIELDS}); the rest of the file is checked once there are fewer` })
      return
    }
    for (const k of fields) visit((x as Record<string, unknown>)[k], [...keys, k])
  }
  visit(value, [])
  if (values > MAX_VALUES) {
    problems.push({ path: '(root)', reason: `too many values: more than ${thousands(MAX_VALUES)} (strings, numbers, lists and objects); the rest of the file is checked once there are fewer` })
  }
  return problems
}

/** The first MAX_PROBLEMS problems and how many more there are. */
export function firstProblems(problems: Problem[]): { problems: Problem[]; more: number } {
  return problems.length > MAX_PROBLEMS
    ? { problems: problems.slice(0, MAX_PROBLEMS), more: problems.length - MAX_PROBLEMS }
    : { problems, more: 0 }
}

/** The line that says how many problems were not listed, in the `path: reason` form. */
export function moreProblem(more: number): Problem {
  return { path: '(file)', reason: `and ${thousands(more)} more problem(s), not listed: fix these first and check again` }
}
