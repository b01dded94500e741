/**
 * TODO values: what a drafted edition (npm run content:new) could not take from the notice.
 *
 * A TODO is a string that starts with `TODO:` followed by a hint of what to fill in, e.g.
 * `"date": "TODO: YYYY-MM-DD …"`. It may stand in for any value (a date, an id, a whole source
 * object, a whole list such as `channels`). content:check reports each one as
 * `events[0].dates[0].date: TODO — fill in: YYYY-MM-DD …`, so a half-done edition cannot pass the
 * check, the tests or the build. Problems the check would also raise about the placeholder itself
 * (not a date, too long, not a list…) are left out: the TODO line says it all.
 *
 * Pure; used by validate.ts and by the drafter (draft-edition.ts).
 */
import { formatKeys } from '../../src/content/printable'
import { eachString, type Problem } from './problem'

/** The marker every TODO value starts with. */
export const TODO_MARK = 'TODO:'

/** A TODO value with its hint, e.g. `todo('YYYY-MM-DD')` → `"TODO: YYYY-MM-DD"`. */
export function todo(hint: string): string {
  return `${TODO_MARK} ${hint}`
}

/**
 * `TODO` as a word anywhere in a string (an editor may leave one inside a text as well), in any
 * case and width (`todo:`, `ＴＯＤＯ：`: full-width forms are folded first), and the Chinese
 * placeholders an editor writes for the same: 待填, 待补充, 待核实, 待核对 (content:new writes
 * `TODO:` only; 待定 is not one: "to be decided" can be a true note).
 */
const TODO_WORD = /(?:^|[^A-Za-z0-9_])(todo)(?![A-Za-z0-9_])|(待(?:填|补充|核实|核对))/i

/** `s` with full-width ASCII folded to ASCII (ＴＯＤＯ → TODO): one for one, so indexes stay. */
const fold = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

export function isTodo(value: unknown): value is string {
  return typeof value === 'string' && TODO_WORD.test(fold(value))
}

/** The hint of a TODO value: what follows the marker, without the colon or dash (else what precedes it). */
export function todoHint(value: string): string {
  const m = TODO_WORD.exec(fold(value))
  if (!m) return ''
  const marker = m[1] ?? m[2]
  const at = m.index + m[0].length - marker.length
  const after = value.slice(at + marker.length).replace(/^\s*[:：—–-]?\s*/, '').trim()
  return after || (m[2] ? value.slice(0, at).replace(/[\s:：—–-]+$/, '').trim() : '')
}

/** Longest hint repeated in a problem line. */
const MAX_HINT_CHARS = 160

/** Every TODO of a bundle, in document order, as `path: TODO — fill in: hint`. */
export function todoProblems(value: unknown): Problem[] {
  const problems: Problem[] = []
  eachString(value, (x, keys) => {
    if (!isTodo(x)) return
    const hint = todoHint(x)
    const shown = hint.length > MAX_HINT_CHARS ? `${hint.slice(0, MAX_HINT_CHARS)}…` : hint
    problems.push({ path: formatKeys(keys), reason: shown ? `TODO — fill in: ${shown}` : 'TODO — fill in this value' })
  })
  return problems
}

/**
 * Whether `path` is a TODO's path or lies inside one (`events[0].dates` inside `events[0]`).
 * Looks up each prefix of `path` that ends before a `.` or `[`, so a file of many TODOs and many
 * problems is not compared all against all.
 */
export function insideTodo(path: string, todoPaths: ReadonlySet<string>): boolean {
  if (todoPaths.has(path) || todoPaths.has('(root)')) return true
  for (let i = 1; i < path.length; i++) {
    const c = path[i]
    if ((c === '.' || c === '[') && todoPaths.has(path.slice(0, i))) return true
  }
  return false
}
