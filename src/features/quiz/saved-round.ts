/**
 * The round on screen, as kept on the phone (`hq:quiz-round`, store.ts), so that leaving the
 * quiz — a source opened, another tab, a reload, the back button — and coming back resumes
 * the same question with the answers given so far, or the same results.
 * Pure: no Taro, no React, no clock (the caller passes today's China date).
 *
 * What is kept is only what cannot be recomputed: which questions, in which option order, and
 * what was chosen. Whether an answer was right is recomputed from the bank, never trusted as
 * stored. A round is all or nothing: one that does not fit the bank, the page or today (another
 * edition, another day, a changed bank) or is corrupt in any way is not resumed, and the quiz
 * starts fresh.
 */
import {
  drawDaily, isCorrect, isIsoDate, ROUND_SIZE, type QuizMode, type QuizQuestion, type Round, type ShownQuestion
} from './model'

/** Where the round stands: answering a question, reading the feedback on the last answer, or the results. */
export type RoundPhase = 'question' | 'feedback' | 'end'

export type SavedRound = {
  /** The edition's year whose bank the questions come from. */
  edition: string
  /** The China date the round was started: a round from another day is not resumed. */
  playedOn: string
  /** The shared day of the page it was started from (`?date=`), null for the quiz's own page. */
  sharedDate: string | null
  mode: QuizMode
  /** Round.date: the day of a daily round's questions. */
  date: string
  /** Each question's id and its options in display order (indexes into the bank's options). */
  questions: Array<{ id: string; order: number[] }>
  /** What was chosen for each answered question, in order. */
  answers: Array<{ id: string; chosen: string[] }>
  phase: RoundPhase
  /** The options ticked but not yet submitted (phase 'question'). */
  chosen: string[]
}

export type RoundSlice = { round: SavedRound | null }

/** A resumed round: the round, where it stands and what is ticked on the current question. */
export type Resumed = { round: Round; phase: RoundPhase; chosen: string[] }

/** The page the quiz is shown on: the edition, today, and the shared day of its address. */
export type RoundContext = { edition: string; today: string; sharedDate: string | null }

export function toSaved(r: Round, phase: RoundPhase, chosen: readonly string[], ctx: RoundContext): SavedRound {
  return {
    edition: ctx.edition,
    playedOn: ctx.today,
    sharedDate: ctx.sharedDate,
    mode: r.mode,
    date: r.date,
    questions: r.questions.map((q) => ({ id: q.id, order: q.shown.map((o) => q.options.indexOf(o)) })),
    answers: r.answers.map((a) => ({ id: a.id, chosen: a.chosen.slice() })),
    phase,
    chosen: phase === 'question' ? chosen.slice() : []
  }
}

// --- Reading what storage holds --------------------------------------------------------

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string')
const isIndexes = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0)
const PHASES: readonly string[] = ['question', 'feedback', 'end']
/** More than any bank's round: a bigger list is not ours. */
const MAX_QUESTIONS = 50

/**
 * Whatever storage holds under the round's key, as a slice: a round of the right shape, or
 * none. Whether it fits the bank and the page is checked when it is resumed (resumeRound).
 */
export function repairRound(stored: unknown): RoundSlice {
  const r = isObject(stored) ? stored.round : undefined
  if (!isObject(r)) return { round: null }
  const { edition, playedOn, sharedDate, mode, date, questions, answers, phase, chosen } = r
  const ok = typeof edition === 'string'
    && isIsoDate(playedOn)
    && (sharedDate === null || isIsoDate(sharedDate))
    && (mode === 'daily' || mode === 'practice')
    && isIsoDate(date)
    && Array.isArray(questions) && questions.length > 0 && questions.length <= MAX_QUESTIONS
    && questions.every((q) => isObject(q) && typeof q.id === 'string' && isIndexes(q.order))
    && Array.isArray(answers) && answers.length <= questions.length
    && answers.every((a) => isObject(a) && typeof a.id === 'string' && isStrings(a.chosen))
    && typeof phase === 'string' && PHASES.includes(phase)
    && isStrings(chosen)
  if (!ok) return { round: null }
  return {
    round: {
      edition,
      playedOn,
      sharedDate,
      mode,
      date,
      questions: (questions as Array<{ id: string; order: number[] }>).map((q) => ({ id: q.id, order: q.order.slice() })),
      answers: (answers as Array<{ id: string; chosen: string[] }>).map((a) => ({ id: a.id, chosen: a.chosen.slice() })),
      phase: phase as RoundPhase,
      chosen: chosen.slice()
    }
  }
}

// --- Resuming on a page ----------------------------------------------------------------

/** A permutation of 0…n-1. */
function isPermutation(order: readonly number[], n: number): boolean {
  return order.length === n && new Set(order).size === n && order.every((i) => i < n)
}

/** `chosen` as a valid choice of `q`: known, distinct options (in display order), or null. */
function validChoice(q: ShownQuestion, chosen: readonly string[], allowEmpty: boolean): string[] | null {
  if (new Set(chosen).size !== chosen.length || !chosen.every((c) => q.shown.includes(c))) return null
  if (!allowEmpty && chosen.length === 0) return null
  if (q.type !== 'multiple' && chosen.length > 1) return null
  return q.shown.filter((o) => chosen.includes(o))
}

/**
 * The saved round as it resumes on this page, or null to start fresh. Not resumed: a round of
 * another edition or another day; from another friend's shared day (a page opened from a
 * shared card resumes only a round started from that card; the quiz's own page resumes any of
 * today's); a daily round whose questions are no longer that day's draw (the bank changed);
 * questions, options or answers the bank does not have; a phase that does not fit the answers.
 */
export function resumeRound(saved: SavedRound | null, bank: readonly QuizQuestion[], ctx: RoundContext): Resumed | null {
  if (!saved || saved.edition !== ctx.edition || saved.playedOn !== ctx.today) return null
  if (ctx.sharedDate !== null && saved.sharedDate !== ctx.sharedDate) return null
  if (saved.mode === 'daily' && saved.date !== saved.playedOn && saved.date !== saved.sharedDate) return null

  const byId = new Map(bank.map((q) => [q.id, q]))
  const questions: ShownQuestion[] = []
  for (const { id, order } of saved.questions) {
    const q = byId.get(id)
    if (!q || !isPermutation(order, q.options.length)) return null
    if (q.type === 'truefalse' && order.some((i, k) => i !== k)) return null // 对 stays before 错
    questions.push({ ...q, shown: order.map((i) => q.options[i]) })
  }
  if (new Set(questions.map((q) => q.id)).size !== questions.length) return null
  if (saved.mode === 'daily') {
    const draw = drawDaily(bank, saved.date)
    const same = draw.length === questions.length && draw.every((q, i) => q.id === questions[i].id && q.shown.join('\n') === questions[i].shown.join('\n'))
    if (!same) return null
  } else if (questions.length !== Math.min(ROUND_SIZE, bank.length)) {
    return null
  }

  const answers: Round['answers'] = []
  for (const [i, a] of saved.answers.entries()) {
    const q = questions[i]
    const chosen = q && a.id === q.id ? validChoice(q, a.chosen, false) : null
    if (!chosen) return null
    answers.push({ id: q.id, chosen, correct: isCorrect(q, chosen) })
  }

  const n = questions.length
  const fits = saved.phase === 'question' ? answers.length < n : saved.phase === 'feedback' ? answers.length >= 1 : answers.length === n
  if (!fits) return null
  let chosen: string[] = []
  if (saved.phase === 'question') {
    const ticked = validChoice(questions[answers.length], saved.chosen, true)
    if (!ticked) return null
    chosen = ticked
  }
  return { round: { mode: saved.mode, date: saved.date, questions, answers }, phase: saved.phase, chosen }
}
