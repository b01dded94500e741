/**
 * Build-time discovery of the quiz banks: every src/content/editions/<year>.quiz.json (see
 * edition-files.h5.ts / .weapp.ts). Imported only by the quiz page's code, so the banks stay in its
 * subpackage (weapp) and chunk (H5). Under jest: tests/support/quiz-files.ts.
 */
const context = require.context('./editions', false, /^\.\/\d{4}\.quiz\.json$/)

/** Each quiz bank: its edition's year (from the file name) and its content (unchecked JSON). */
export const QUIZ_FILES: ReadonlyArray<{ year: string; load: () => unknown }> = context.keys().map((key) => ({
  year: key.slice(2, 6),
  load: () => context(key)
}))
