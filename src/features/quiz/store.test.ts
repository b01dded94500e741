/**
 * The quiz records and the round on screen persisted over Taro storage (localStorage under
 * jest): saved with their version, restored on the next start, and whatever corrupt or foreign
 * value is found repaired field by field or reset, without a crash — a corrupt round without
 * touching any other key.
 */
import Taro from '@tarojs/taro'
import { quiz } from '@/content/quiz'
import { answer, startRound } from './model'
import { toSaved, type SavedRound } from './saved-round'

type StoreModule = typeof import('./store')

/** A fresh start of the app: the store module loaded anew, reading what storage holds. */
function start(): StoreModule {
  let mod: StoreModule | undefined
  jest.isolateModules(() => {
    mod = require('./store') as StoreModule
  })
  return mod!
}

beforeEach(() => localStorage.clear())

const right = (id: string) => ({ id, chosen: ['9月'], correct: true })
const wrong = (id: string) => ({ id, chosen: ['10月'], correct: false })

describe('the best score survives a restart', () => {
  it('saves each finished 每日一练 with its schema version and restores it', () => {
    const first = start()
    expect(first.useQuizRecords.getState().days).toEqual({})
    first.useQuizRecords.getState().record('2021-09-14', [right('month'), wrong('theme')], 10)
    expect(Taro.getStorageSync(first.QUIZ_KEY)).toEqual({
      state: { days: { '2021-09-14': { best: 1, total: 10, last: { score: 1, answers: [right('month'), wrong('theme')] } } } },
      version: first.QUIZ_VERSION
    })
    first.useQuizRecords.getState().record('2021-09-14', [wrong('month')], 10)

    const second = start()
    const day = second.useQuizRecords.getState().days['2021-09-14']
    expect(day.best).toBe(1)
    expect(day.last).toEqual({ score: 0, answers: [wrong('month')] })
  })

  it.each([
    ['a corrupt string', 'not json {'],
    ['a number', 42],
    ['an array', ['2021-09-14']],
    ['null state', { state: null, version: 1 }],
    ['days of the wrong type', { state: { days: [1, 2, 3] }, version: 1 }],
    ['another app’s shape', { scores: { today: 10 }, v: 2 }]
  ])('resets %s to no records, and keeps working', (_label, stored) => {
    Taro.setStorageSync('hq:quiz', stored)
    const s = start()
    expect(s.useQuizRecords.getState().days).toEqual({})
    s.useQuizRecords.getState().record('2021-09-15', [right('month')], 10)
    expect(start().useQuizRecords.getState().days['2021-09-15'].best).toBe(1)
  })

  it('repairs corrupt stored results field by field: good days kept, bad answers and days dropped', () => {
    Taro.setStorageSync('hq:quiz', {
      state: {
        days: {
          '2021-09-13': { best: 7, total: 10 },
          '2021-09-14': { best: -3, total: 10, last: { score: 99, answers: [right('month'), right('no-longer-asked'), 'junk'] } },
          '2021-13-01': { best: 1, total: 10 },
          '2021-09-15': { best: 2, total: 'ten' }
        }
      },
      version: 0
    })
    expect(start().useQuizRecords.getState().days).toEqual({
      '2021-09-13': { best: 7, total: 10 },
      '2021-09-14': { best: 1, total: 10, last: { score: 1, answers: [right('month')] } }
    })
  })
})

describe('results survive a new edition', () => {
  afterEach(() => jest.dontMock('@/content/quiz-files'))

  it('keeps the answers of 2021 days when a new edition with its own bank ships', () => {
    const before = start()
    before.useQuizRecords.getState().record('2021-09-14', [right('month'), wrong('theme')], 10)
    // SYNTHETIC 2099 bank (tests/fixtures), its question ids renamed so none is 2021's.
    jest.doMock('@/content/quiz-files', () => {
      const real = jest.requireActual('@/content/quiz-files')
      const { syntheticEditionTexts } = jest.requireActual('../../../tests/fixtures/synthetic-editions')
      const bank = JSON.parse(syntheticEditionTexts('2099').quiz) as { questions: Array<{ id: string }> }
      bank.questions.forEach((q) => { q.id = `y2099-${q.id}` })
      return { ...real, QUIZ_FILES: [...real.QUIZ_FILES, { year: '2099', load: () => bank }] }
    })
    const after = start()
    expect(after.useQuizRecords.getState().days['2021-09-14']).toEqual({
      best: 1, total: 10, last: { score: 1, answers: [right('month'), wrong('theme')] }
    })
  })
})

describe('the round on screen (hq:quiz-round)', () => {
  const CTX = { edition: '2021', today: '2021-09-14', sharedDate: null }
  /** A daily round with its first question answered, as the quiz keeps it. */
  const kept = (): SavedRound => {
    const r = startRound(quiz.questions, 'daily', CTX.today)
    return toSaved(answer(r, r.questions[0].correct), 'feedback', [], CTX)
  }

  it('is saved with its schema version and read back on the next start', () => {
    const first = start()
    expect(first.useQuizRound.getState().round).toBeNull()
    const round = kept()
    first.useQuizRound.getState().keep(round)
    expect(Taro.getStorageSync(first.ROUND_KEY)).toEqual({ state: { round }, version: first.ROUND_VERSION })
    expect(start().useQuizRound.getState().round).toEqual(round)
    // Back to the quiz's start: nothing kept.
    first.useQuizRound.getState().keep(null)
    expect(start().useQuizRound.getState().round).toBeNull()
  })

  // What the user saved elsewhere, as Taro's H5 storage writes it (localStorage, JSON `{ data }`).
  const OTHERS: Record<string, string> = {
    'hq:quiz': JSON.stringify({ data: { state: { days: { '2021-09-13': { best: 7, total: 10 } } }, version: 1 } }),
    'hq:complaint-draft': JSON.stringify({ data: { state: { draft: { name: '王五', content: '买到假货' }, savedAt: '2021-09-14T10:00' }, version: 1 } }),
    'hq:follows': JSON.stringify({ data: { state: { ids: ['2021/open-day'] }, version: 2 } }),
    'hq:display': JSON.stringify({ data: { state: { scale: 'large' }, version: 1 } })
  }

  it.each([
    ['not JSON at all', 'not json {'],
    ['JSON of another shape', JSON.stringify({ data: [1, 2, 3] })],
    ['a round of the wrong shape', JSON.stringify({ data: { state: { round: { mode: 'daily', questions: 'x' } }, version: 1 } })],
    ['another schema version', JSON.stringify({ data: { state: { round: 'v0' }, version: 0 } })]
  ])('a corrupt round (%s) starts fresh without an error, and every other key stays as it was', (_label, raw) => {
    localStorage.setItem('hq:quiz-round', raw)
    for (const [k, v] of Object.entries(OTHERS)) localStorage.setItem(k, v)
    const error = jest.spyOn(console, 'error')
    const s = start()
    expect(s.useQuizRound.getState().round).toBeNull()
    expect(s.useQuizRecords.getState().days['2021-09-13'].best).toBe(7)
    // And keeps working: a new round is kept over the corrupt one.
    const round = kept()
    s.useQuizRound.getState().keep(round)
    expect(start().useQuizRound.getState().round).toEqual(round)
    for (const [k, v] of Object.entries(OTHERS)) expect(localStorage.getItem(k)).toBe(v)
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })
})
