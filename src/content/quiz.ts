/**
 * The quiz banks (editions/<year>.quiz.json), by edition year. A module of its own so that
 * only the quiz page's subpackage carries the questions; each bank is checked with its
 * edition by content:check, the tests and the build.
 */
import { QUIZ_FILES } from './quiz-files'
import type { Quiz } from './schema'

const byYear = new Map<string, Quiz>(QUIZ_FILES.map((f) => [f.year, f.load() as Quiz]))

/** The quiz bank of the edition of `year`, or undefined when that edition has none. */
export function quizOf(year: string): Quiz | undefined {
  return byYear.get(year)
}

/** Every question id of every bank: stored quiz results keep answers to any of them. */
export const ALL_QUESTION_IDS: ReadonlySet<string> = new Set([...byYear.values()].flatMap((q) => q.questions.map((x) => x.id)))

/** The newest edition's bank: for tests about the shipped questions. */
export const quiz: Quiz = byYear.get([...byYear.keys()].sort().reverse()[0]) as Quiz
