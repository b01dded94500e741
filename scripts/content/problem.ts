/**
 * A problem of a bundle, `path: reason`, e.g. `events[3].dates[0].date: expected YYYY-MM-DD,
 * got "2021-9-15"`: what every check here returns and content:check prints. Its own module so
 * that the checks (validate.ts, validate-quiz.ts, raw-checks.ts, todo.ts, read-json.ts) share
 * it without importing each other.
 */
import { oneLine } from '../../src/content/printable'

export type Problem = { path: string; reason: string }

/** One line `path: reason`, whatever the bundle holds: nothing unprintable, nothing huge. */
export function formatProblem(p: Problem): string {
  return `${oneLine(p.path, 2000)}: ${oneLine(p.reason, 2000)}`
}

/** Calls `fn` with every string in `value` and its keys (`['events', 3, 'title']`), in document order. */
export function eachString(value: unknown, fn: (s: string, keys: (string | number)[]) => void): void {
  const visit = (x: unknown, keys: (string | number)[]) => {
    if (typeof x === 'string') fn(x, keys)
    else if (Array.isArray(x)) x.forEach((item, i) => visit(item, [...keys, i]))
    else if (x !== null && typeof x === 'object') for (const key of Object.keys(x)) visit((x as Record<string, unknown>)[key], [...keys, key])
  }
  visit(value, [])
}
