/**
 * The kept round (saved-round.ts): what is stored, and when it resumes — the same questions,
 * option order, answers and phase — or is refused so the quiz starts fresh: another edition,
 * another day, another shared day, a changed bank, or anything corrupt.
 */
import { quiz } from '@/content/quiz'
import { answer, drawPractice, seededRandom, startRound, type Round } from './model'
import { repairRound, resumeRound, toSaved, type RoundContext, type SavedRound } from './saved-round'

const BANK = quiz.questions
const TODAY = '2021-09-14'
const CTX: RoundContext = { edition: '2021', today: TODAY, sharedDate: null }

/** A daily round of `date` with the first `n` questions answered (odd ones wrongly). */
function played(n: number, date = TODAY): Round {
  let r = startRound(BANK, 'daily', date)
  for (let i = 0; i < n; i++) {
    const q = r.questions[i]
    r = answer(r, i % 2 ? [q.shown.find((o) => !q.correct.includes(o))!] : q.correct)
  }
  return r
}

/** Through storage and back: what is written is JSON. */
const stored = (s: SavedRound): unknown => JSON.parse(JSON.stringify({ round: s }))
const roundTrip = (s: SavedRound, ctx = CTX) => resumeRound(repairRound(stored(s)).round, BANK, ctx)

describe('a kept round resumes as it was', () => {
  it('a question half-way: the same questions and option order, the answers with their verdicts, the options ticked', () => {
    const r = played(2)
    const q3 = r.questions[2]
    const back = roundTrip(toSaved(r, 'question', [q3.shown[1]], CTX))
    expect(back).toEqual({ round: r, phase: 'question', chosen: [q3.shown[1]] })
    expect(back!.round.answers.map((a) => a.correct)).toEqual([true, false])
  })

  it('the feedback on the last answer, and the results', () => {
    expect(roundTrip(toSaved(played(2), 'feedback', [], CTX))).toEqual({ round: played(2), phase: 'feedback', chosen: [] })
    expect(roundTrip(toSaved(played(10), 'end', [], CTX))).toEqual({ round: played(10), phase: 'end', chosen: [] })
  })

  it('a 练习 round: its random draw is kept, not drawn again', () => {
    const questions = drawPractice(BANK, seededRandom('practice-test'))
    let r: Round = { mode: 'practice', date: TODAY, questions, answers: [] }
    r = answer(r, [questions[0].shown[0]])
    expect(roundTrip(toSaved(r, 'feedback', [], CTX))?.round).toEqual(r)
  })

  it('stores no question text: ids, option order and choices only', () => {
    const s = toSaved(played(1), 'feedback', [], CTX)
    expect(s.questions[0]).toEqual({ id: expect.any(String), order: expect.any(Array) })
    expect(JSON.stringify(s)).not.toContain(played(1).questions[0].stem)
  })

  it('from a friend’s card: resumes on that card’s page and on the quiz’s own page', () => {
    const shared: RoundContext = { ...CTX, sharedDate: '2021-09-10' }
    const s = toSaved(played(1, '2021-09-10'), 'feedback', [], shared)
    expect(roundTrip(s, shared)?.round.date).toBe('2021-09-10')
    expect(roundTrip(s, CTX)?.round.date).toBe('2021-09-10')
    // Today's round started from the card's page.
    expect(roundTrip(toSaved(played(1), 'feedback', [], shared), shared)?.round.date).toBe(TODAY)
  })
})

describe('stale: starts fresh', () => {
  const kept = toSaved(played(2), 'feedback', [], CTX)

  it.each([
    ['another day', { ...CTX, today: '2021-09-15' }],
    ['another edition', { ...CTX, edition: '2099' }],
    ['another friend’s shared day', { ...CTX, sharedDate: '2021-09-10' }]
  ])('%s', (_label, ctx) => {
    expect(roundTrip(kept, ctx)).toBeNull()
  })

  it('a daily round that is no longer the day’s draw (the bank changed)', () => {
    expect(roundTrip({ ...kept, date: '2021-09-13' })).toBeNull()
    const swapped = { ...kept, questions: [kept.questions[1], kept.questions[0], ...kept.questions.slice(2)] }
    expect(roundTrip(swapped)).toBeNull()
    const reordered = { ...kept, questions: kept.questions.map((q) => ({ ...q, order: q.order.slice().reverse() })) }
    expect(roundTrip(reordered)).toBeNull()
  })

  it('a question the bank no longer has', () => {
    const r = { mode: 'practice' as const, date: TODAY, questions: drawPractice(BANK, seededRandom('x')), answers: [] }
    const s = toSaved(r, 'question', [], CTX)
    expect(roundTrip(s)).not.toBeNull()
    expect(roundTrip({ ...s, questions: [{ id: 'gone', order: [0, 1] }, ...s.questions.slice(1)] })).toBeNull()
  })
})

describe('corrupt: starts fresh', () => {
  const kept = toSaved(played(2), 'question', [], CTX)

  it.each([
    ['nothing', undefined],
    ['a string', 'not json {'],
    ['a number', 42],
    ['no round', { round: null }],
    ['a round of the wrong type', { round: [1, 2] }],
    ['a bad date', { round: { ...kept, playedOn: '2021-02-30' } }],
    ['an unknown mode', { round: { ...kept, mode: 'exam' } }],
    ['questions not a list', { round: { ...kept, questions: 'x' } }],
    ['a bad option order', { round: { ...kept, questions: [{ id: kept.questions[0].id, order: [-1] }] } }],
    ['an unknown phase', { round: { ...kept, phase: 'paused' } }],
    ['answers of the wrong shape', { round: { ...kept, answers: [{ id: 1 }] } }]
  ])('%s', (_label, value) => {
    expect(resumeRound(repairRound(value).round, BANK, CTX)).toBeNull()
  })

  it.each<[string, (s: SavedRound) => SavedRound]>([
    ['an answer to another question', (s) => ({ ...s, answers: [s.answers[1], s.answers[0]] })],
    ['a chosen option the question does not have', (s) => ({ ...s, answers: [{ ...s.answers[0], chosen: ['不存在的选项'] }, s.answers[1]] })],
    ['an empty answer', (s) => ({ ...s, answers: [{ ...s.answers[0], chosen: [] }, s.answers[1]] })],
    ['results before the last answer', (s) => ({ ...s, phase: 'end' })],
    ['feedback before any answer', (s) => ({ ...s, answers: [], phase: 'feedback' })],
    ['a ticked option the question does not have', (s) => ({ ...s, chosen: ['不存在的选项'] })],
    ['option indexes out of range', (s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, order: q.order.map((i) => i + 1) })) })]
  ])('%s', (_label, spoil) => {
    expect(roundTrip(kept)).not.toBeNull()
    expect(roundTrip(spoil(kept))).toBeNull()
  })
})
