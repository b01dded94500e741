/**
 * @jest-environment node
 */
import { rawProblems } from './raw-checks'
import { formatKeys } from '../../src/content/printable'
import { DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'

/** `value` with `fn` applied to every string, and the paths of those strings. */
function mapStrings(value: unknown, fn: (s: string) => string, keys: (string | number)[] = [], paths: string[] = []): [unknown, string[]] {
  if (typeof value === 'string') {
    paths.push(formatKeys(keys))
    return [fn(value), paths]
  }
  if (Array.isArray(value)) return [value.map((x, i) => mapStrings(x, fn, [...keys, i], paths)[0]), paths]
  if (value !== null && typeof value === 'object') {
    return [Object.fromEntries(Object.entries(value).map(([k, x]) => [k, mapStrings(x, fn, [...keys, k], paths)[0]])), paths]
  }
  return [value, paths]
}

describe('line breaks', () => {
  it('a line break in any text of the bundle is reported at its path (no field allows one)', () => {
    // The first character replaced, so no text grows past its length limit.
    const [broken, paths] = mapStrings(loadBundleFile(DEFAULT_BUNDLE), (s) => `\n${s.slice(1)}`)
    expect(paths.length).toBeGreaterThan(500)
    const problems = rawProblems(broken)
    expect(problems.map((p) => p.path)).toEqual(paths)
    for (const p of problems) expect(p.reason).toBe('contains a line break (U+000A LINE FEED) at character 1: this field is one line (page-break artefact?)')
  })
})
