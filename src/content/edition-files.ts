/**
 * Build-time discovery of the editions: every src/content/editions/<year>.json, found by
 * webpack (the weapp and H5 builds both run webpack 5) — adding a year's file adds the
 * edition, no code changes. Quiz banks (<year>.quiz.json) are not matched: they are found
 * by quiz-files.ts, which only the quiz page's subpackage imports.
 * Under jest, tests/support/edition-files.ts (jest.config.js moduleNameMapper) lists the
 * same folder with Node's fs, since jest has no require.context.
 */
const context = require.context('./editions', false, /^\.\/\d{4}\.json$/)

/** Each edition file: its year (from the file name) and its content (unchecked JSON). */
export const EDITION_FILES: ReadonlyArray<{ year: string; load: () => unknown }> = context.keys().map((key) => ({
  year: key.slice(2, 6),
  load: () => context(key)
}))
