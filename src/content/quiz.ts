/**
 * The quiz bank of the current edition (editions/<year>.quiz.json). A module of its own so
 * that only the quiz page's subpackage carries the questions; checked with the edition by
 * content:check, the tests and the build.
 */
import raw from './editions/2021.quiz.json'
import type { Quiz } from './schema'

export const quiz = raw as unknown as Quiz
