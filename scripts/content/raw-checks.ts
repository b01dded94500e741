/**
 * Checks on a bundle as plain data, before (and whatever) its shape: every key and string is
 * clean (hygiene.ts) and within its length limit (limits.ts), every number is finite, nesting
 * is bounded. They run on whatever validateEdition is given, so a bundle built in a test is
 * checked exactly like one read from a file.
 */
import { characterProblem, keyProblem } from './hygiene'
import { allowsLineBreaks, lengthLimit, MAX_DEPTH, MAX_KEY_CHARS } from '../../src/content/limits'
import { countChars, formatKeys, show } from '../../src/content/printable'
import type { Problem } from './problem'

/** Cheap upper bound first: a 52 MB string is not walked character by character. */
function tooLong(s: string, max: number): number | null {
  if (s.length <= max) return null
  const n = countChars(s)
  return n > max ? n : null
}

export function rawProblems(value: unknown): Problem[] {
  const problems: Problem[] = []
  const add = (keys: (string | number)[], reason: string) => problems.push({ path: formatKeys(keys), reason })

  const visit = (x: unknown, keys: (string | number)[]) => {
    if (typeof x === 'string') {
      const { max } = lengthLimit(keys)
      const n = tooLong(x, max)
      if (n !== null) return add(keys, `too long: ${n} characters (at most ${max} here)`)
      const bad = characterProblem(x, allowsLineBreaks(keys))
      if (bad) add(keys, bad)
    } else if (typeof x === 'number') {
      if (!Number.isFinite(x)) add(keys, `not a finite number: ${show(x)}`)
    } else if (x !== null && typeof x === 'object') {
      if (keys.length >= MAX_DEPTH) return add(keys, `nested deeper than ${MAX_DEPTH} levels`)
      if (Array.isArray(x)) {
        x.forEach((item, i) => visit(item, [...keys, i]))
        return
      }
      for (const key of Object.keys(x)) {
        const here = [...keys, key]
        const n = tooLong(key, MAX_KEY_CHARS)
        if (n !== null) add(here, `key too long: ${n} characters (at most ${MAX_KEY_CHARS})`)
        else {
          const bad = keyProblem(key)
          if (bad) add(here, bad)
        }
        visit((x as Record<string, unknown>)[key], here)
      }
    }
  }
  visit(value, [])
  return problems
}
