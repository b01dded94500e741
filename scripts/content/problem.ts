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
