/**
 * 质量知识问答: drawing questions, answering, scoring, and repairing what was stored.
 * Pure: no Taro, no React, no clock (the caller passes today's China date).
 *
 * - 每日一练: 10 questions drawn from the bank by a PRNG seeded with the China date, so
 *   everyone (with the same bundle) gets the same questions, in the same order with the
 *   same option order, on the same day; another day draws differently.
 * - 练习: a random draw (Math.random, or any generator the caller passes).
 * - Scoring: one point per question; a multiple-choice question scores only when exactly
 *   the correct options are chosen (all or nothing).
 */
import type { QuizQuestion, QuizSource } from '@/content'

export type { QuizQuestion, QuizSource }

/** Questions in one round. */
export const ROUND_SIZE = 10

export type QuizMode = 'daily' | 'practice'

/** A question as shown: its options in display order. */
export type ShownQuestion = QuizQuestion & { shown: string[] }

export type Answer = { id: string; chosen: string[]; correct: boolean }

export type Round = {
  mode: QuizMode
  /** The China date of a daily round (also set for practice: the day it was played). */
  date: string
  questions: ShownQuestion[]
  /** One per answered question, in order. */
  answers: Answer[]
}

// --- Seeded randomness ---------------------------------------------------------------

/** FNV-1a, 32 bits: a string to a seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small, fast PRNG with good spread; returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let a = hashString(seed)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const t = out[i]
    out[i] = out[j]
    out[j] = t
  }
  return out
}

/** True/false keeps 对 before 错; choice options are shuffled, so the answer is not always first. */
function show(q: QuizQuestion, rand: () => number): ShownQuestion {
  return { ...q, shown: q.type === 'truefalse' ? q.options.slice() : shuffled(q.options, rand) }
}

// --- Drawing ---------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real civil date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** 每日一练 of `date` (YYYY-MM-DD, China): the same for everyone that day. */
export function drawDaily(bank: readonly QuizQuestion[], date: string, size: number = ROUND_SIZE): ShownQuestion[] {
  const picked = shuffled(bank, seededRandom(`daily:${date}`)).slice(0, size)
  return picked.map((q) => show(q, seededRandom(`daily:${date}:${q.id}`)))
}

/** 练习: a random draw. */
export function drawPractice(bank: readonly QuizQuestion[], rand: () => number = Math.random, size: number = ROUND_SIZE): ShownQuestion[] {
  return shuffled(bank, rand).slice(0, size).map((q) => show(q, rand))
}

export function startRound(bank: readonly QuizQuestion[], mode: QuizMode, date: string, rand?: () => number): Round {
  const questions = mode === 'daily' ? drawDaily(bank, date) : drawPractice(bank, rand)
  return { mode, date, questions, answers: [] }
}

// --- Answering and scoring -------------------------------------------------------------

/** All or nothing: exactly the correct options, in any order. */
export function isCorrect(q: Pick<QuizQuestion, 'correct'>, chosen: readonly string[]): boolean {
  const set = new Set(chosen)
  return set.size === q.correct.length && q.correct.every((c) => set.has(c))
}

/** The option list after tapping `option`: single and true/false replace, multiple toggles. */
export function toggleChoice(q: Pick<QuizQuestion, 'type'>, chosen: readonly string[], option: string): string[] {
  if (q.type !== 'multiple') return [option]
  return chosen.includes(option) ? chosen.filter((c) => c !== option) : [...chosen, option]
}

/** The question to answer now, or null when the round is over. */
export function currentQuestion(r: Round): ShownQuestion | null {
  return r.questions[r.answers.length] ?? null
}

export function isFinished(r: Round): boolean {
  return r.answers.length >= r.questions.length
}

/** Records the answer to the current question (ignored once the round is over or with nothing chosen). */
export function answer(r: Round, chosen: readonly string[]): Round {
  const q = currentQuestion(r)
  if (!q || chosen.length === 0) return r
  // Keep the options' display order, whatever order they were tapped in.
  const ordered = q.shown.filter((o) => chosen.includes(o))
  return { ...r, answers: [...r.answers, { id: q.id, chosen: ordered, correct: isCorrect(q, ordered) }] }
}

export function scoreOf(answers: readonly Answer[]): number {
  return answers.filter((a) => a.correct).length
}

/** The questions answered wrongly, with what was chosen. */
export function missedQuestions(r: Round): Array<{ question: ShownQuestion; chosen: string[] }> {
  return r.answers.flatMap((a, i) => (a.correct ? [] : [{ question: r.questions[i], chosen: a.chosen }]))
}

/** The correct options in display order, e.g. “活动总结、统计表”. */
export function correctText(q: ShownQuestion): string {
  return q.shown.filter((o) => q.correct.includes(o)).join('、')
}

export const TYPE_LABEL: Record<QuizQuestion['type'], string> = {
  single: '单选题',
  multiple: '多选题（可选多项）',
  truefalse: '判断题'
}

// --- Shared links --------------------------------------------------------------------

export type DateParam =
  | { kind: 'none' }
  | { kind: 'ok'; date: string }
  /** Not a date, or a day after today: today's questions are shown instead, with a word why. */
  | { kind: 'invalid'; shown: string }

/** The `date` of a shared link: a real date, not after today. */
export function resolveDateParam(raw: string | undefined, today: string): DateParam {
  const value = decodeParam(raw ?? '').trim()
  if (!value) return { kind: 'none' }
  if (!isIsoDate(value) || value > today) return { kind: 'invalid', shown: value.slice(0, 20) }
  return { kind: 'ok', date: value }
}

function decodeParam(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The query of a shared card: the friend gets that day's questions. */
export function shareQuery(date: string, edition?: string): string {
  return `date=${date}${edition ? `&edition=${encodeURIComponent(edition)}` : ''}`
}

/** The poster's file name: no personal data, only the date and the score. */
export function posterFileName(date: string, score: number, total: number): string {
  return `质量知识问答-${date}-答对${score}题（共${total}题）.png`
}

// --- What is kept on the phone -------------------------------------------------------

/** Per China date: the best score of 每日一练 and the last round's answers. */
export type DayRecord = { best: number; total: number; last?: { score: number; answers: Answer[] } }
export type QuizSlice = { days: Record<string, DayRecord> }

/** Days kept: the most recent ones. */
export const MAX_DAYS = 60
const MAX_TOTAL = 50

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)
const isCount = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max

function repairAnswer(x: unknown, known: ReadonlySet<string>): Answer | null {
  if (!isObject(x)) return null
  const { id, chosen, correct } = x
  if (typeof id !== 'string' || !known.has(id) || typeof correct !== 'boolean' || !Array.isArray(chosen)) return null
  return { id, chosen: chosen.filter((c): c is string => typeof c === 'string'), correct }
}

function repairDay(x: unknown, known: ReadonlySet<string>): DayRecord | null {
  if (!isObject(x)) return null
  const total = x.total
  if (!isCount(total, MAX_TOTAL) || total === 0) return null
  let last: DayRecord['last']
  if (isObject(x.last) && Array.isArray(x.last.answers)) {
    const answers = x.last.answers.map((a) => repairAnswer(a, known)).filter((a): a is Answer => a !== null).slice(0, total)
    // The score is recomputed from the answers kept, never trusted as stored.
    if (answers.length > 0) last = { score: scoreOf(answers), answers }
  }
  const best = isCount(x.best, total) ? Math.max(x.best, last?.score ?? 0) : last?.score
  if (best === undefined) return null
  return last ? { best, total, last } : { best, total }
}

/**
 * Whatever storage holds, as a valid slice: each day kept when its date and total are
 * valid; a bad best score falls back to the last round's; answers to questions no longer
 * in the bank, or of the wrong shape, are dropped; the most recent MAX_DAYS days are kept.
 */
export function repairQuiz(stored: unknown, knownIds: ReadonlySet<string>): QuizSlice {
  if (!isObject(stored) || !isObject(stored.days)) return { days: {} }
  const days: Record<string, DayRecord> = {}
  const dates = Object.keys(stored.days).filter(isIsoDate).sort().reverse().slice(0, MAX_DAYS)
  for (const date of dates) {
    const day = repairDay(stored.days[date], knownIds)
    if (day) days[date] = day
  }
  return { days }
}

/** The slice after a finished daily round of `date`. */
export function recordDaily(slice: QuizSlice, date: string, answers: readonly Answer[], total: number): QuizSlice {
  const score = scoreOf(answers)
  const before = slice.days[date]
  const day: DayRecord = { best: Math.max(score, before?.best ?? 0), total, last: { score, answers: answers.slice() } }
  const days = { ...slice.days, [date]: day }
  const keep = Object.keys(days).sort().reverse().slice(0, MAX_DAYS)
  return { days: Object.fromEntries(keep.map((d) => [d, days[d]])) }
}
