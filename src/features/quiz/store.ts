/**
 * The quiz's memory on the phone, each persisted with a schema version and repaired on load
 * (never a crash). Nothing is sent anywhere.
 * - useQuizRecords (`hq:quiz`): for each China date, the best score of 每日一练 and the last
 *   round's answers; repaired field by field (model.repairQuiz). 练习 rounds are not recorded.
 * - useQuizRound (`hq:quiz-round`): the round on screen, 练习 too, so leaving the quiz and
 *   coming back resumes it (saved-round.ts). A key of its own: a corrupt or stale round is
 *   dropped without touching the scores.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ALL_QUESTION_IDS } from '@/content/quiz'
import { persistedOptions } from '@/lib/persisted'
import { rehydrateOnRestore } from '@/lib/page-restore'
import { deviceStorage } from '@/platform/storage'
import { recordDaily, repairQuiz, type Answer, type QuizSlice } from './model'
import { repairRound, type RoundSlice, type SavedRound } from './saved-round'

export const QUIZ_KEY = 'hq:quiz'
export const QUIZ_VERSION = 1

/** Answers to a question of any edition's bank are kept: results survive a new edition. */
const KNOWN_IDS = ALL_QUESTION_IDS

type QuizState = QuizSlice & {
  /** Records a finished 每日一练 of `date`. */
  record: (date: string, answers: readonly Answer[], total: number) => void
}

export const useQuizRecords = create<QuizState>()(persist((set) => ({
  days: {},
  record: (date, answers, total) => set((s) => recordDaily({ days: s.days }, date, answers, total))
}), persistedOptions<QuizState, QuizSlice>({
  key: QUIZ_KEY,
  version: QUIZ_VERSION,
  partialize: (s) => ({ days: s.days }),
  repair: (stored) => repairQuiz(stored, KNOWN_IDS),
  storage: deviceStorage
})))
rehydrateOnRestore(useQuizRecords)

export const ROUND_KEY = 'hq:quiz-round'
export const ROUND_VERSION = 1

type RoundState = RoundSlice & {
  /** Keeps the round on screen; null when the quiz shows its start. */
  keep: (round: SavedRound | null) => void
}

export const useQuizRound = create<RoundState>()(persist((set) => ({
  round: null,
  keep: (round) => set({ round })
}), persistedOptions<RoundState, RoundSlice>({
  key: ROUND_KEY,
  version: ROUND_VERSION,
  partialize: (s) => ({ round: s.round }),
  repair: repairRound,
  storage: deviceStorage
})))
rehydrateOnRestore(useQuizRound)
