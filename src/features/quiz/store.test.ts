/**
 * The quiz records persisted over Taro storage (localStorage under jest): saved with their
 * version, restored on the next start, and whatever corrupt or foreign value is found
 * repaired field by field or reset, without a crash.
 */
import Taro from '@tarojs/taro'

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
