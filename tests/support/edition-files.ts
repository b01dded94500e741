/**
 * jest's stand-in for src/content/edition-files.ts and quiz-files.ts (jest has no webpack
 * require.context): the same folder, listed with Node's fs. jest.config.js maps both modules here.
 */
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const DIR = resolve(__dirname, '../../src/content/editions')

function filesMatching(pattern: RegExp): ReadonlyArray<{ year: string; load: () => unknown }> {
  return readdirSync(DIR).filter((f) => pattern.test(f)).sort().map((f) => ({
    year: f.slice(0, 4),
    // eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
    load: () => require(join(DIR, f)) as unknown
  }))
}

export const EDITION_FILES = filesMatching(/^\d{4}\.json$/)
export const QUIZ_FILES = filesMatching(/^\d{4}\.quiz\.json$/)
