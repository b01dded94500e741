/**
 * The quiz's memory on the phone: for each China date, the best score of 每日一练 and the
 * last round's answers. Persisted under `hq:quiz` with a schema version; on load, whatever
 * is found is repaired field by field (model.repairQuiz), never a crash. 练习 rounds are
 * not kept. Nothing is sent anywhere.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ALL_QUESTION_IDS } from '@/content/quiz'
import { persistedOptions } from '@/lib/persisted'
import { deviceStorage } from '@/platform/storage'
import { recordDaily, repairQuiz, type Answer, type QuizSlice } from './model'

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
