/**
 * What is stored on the phone survives the arrival of a new edition: a complaint draft and the
 * quiz records saved by the app when it had only 2021, read by the app once a later edition is
 * current — here a SYNTHETIC 2099 edition and quiz bank (tests/fixtures/synthetic-editions.ts:
 * 2021 shifted to 2099, same question ids, marked as test data; never shipped).
 * (关注 across editions: src/features/events/store.test.ts and EventsCalendar.editions.test.tsx.)
 */
import Taro from '@tarojs/taro'
import type { Draft } from '../../src/features/complaints/model'

type App = {
  complaints: typeof import('../../src/features/complaints/store')
  quiz: typeof import('../../src/features/quiz/store')
  editions: typeof import('../../src/lib/editions')
  content: typeof import('../../src/content')
  quizContent: typeof import('../../src/content/quiz')
  clock: typeof import('../../src/lib/clock')
}

/** A fresh start of the app at `iso` (UTC): its modules loaded anew, reading what storage holds. */
function start(iso: string): App {
  let app: App | undefined
  jest.isolateModules(() => {
    const clock = require('../../src/lib/clock') as App['clock']
    clock.setNow(Date.parse(iso))
    app = {
      clock,
      content: require('../../src/content'),
      quizContent: require('../../src/content/quiz'),
      editions: require('../../src/lib/editions'),
      complaints: require('../../src/features/complaints/store'),
      quiz: require('../../src/features/quiz/store')
    }
  })
  return app!
}

/** Every field filled in, as a user would leave it. */
const DRAFT: Draft = {
  kind: 'report',
  businessName: '海口某某电器商行',
  businessAddress: '海南省海口市龙华区某路1号',
  what: '购买的电热水壶使用三天后漏电，商家拒绝退换。',
  date: '2021-09-12',
  amount: '129.00',
  claim: '退货退款',
  evidence: ['receipt', 'photo'],
  name: '王某',
  address: '海口市美兰区某小区',
  phone: '13800000000'
}

const answers = [
  { id: 'month', chosen: ['9月'], correct: true },
  { id: 'theme', chosen: ['10月'], correct: false }
]

beforeEach(() => localStorage.clear())
afterEach(() => jest.dontMock('@/content/edition-files'))

/**
 * An update ships SYNTHETIC 2099: its bundle and its quiz bank. Under jest edition-files and
 * quiz-files are one module (jest.config.js maps both to tests/support/edition-files.ts), so one mock adds both.
 */
function shipSynthetic2099(): void {
  jest.doMock('@/content/edition-files', () => {
    const real = jest.requireActual('@/content/edition-files')
    const { syntheticEdition, syntheticEditionTexts } = jest.requireActual('../fixtures/synthetic-editions')
    return {
      ...real,
      EDITION_FILES: [...real.EDITION_FILES, real.editionFile('2099', () => syntheticEdition('2099'))],
      QUIZ_FILES: [...real.QUIZ_FILES, { year: '2099', load: () => JSON.parse(syntheticEditionTexts('2099').quiz) }]
    }
  })
}

describe('stored state from a 2021-only app, then 2099 current', () => {
  it('the complaint draft keeps every field and when it was saved; the quiz records keep each day, score and answer', () => {
    // The app with 2021 alone, in September 2021: a draft saved, two days of 每日一练.
    const before = start('2021-09-14T04:00:00Z')
    expect(before.content.EDITION_METAS.map((m) => m.year)).toEqual(['2021'])
    expect(before.quizContent.quizOf('2099')).toBeUndefined()
    before.complaints.useDraftStore.getState().save(DRAFT)
    const savedAt = before.complaints.useDraftStore.getState().savedAt
    expect(savedAt).toBe(Date.parse('2021-09-14T04:00:00Z'))
    before.quiz.useQuizRecords.getState().record('2021-09-14', answers, 10)
    before.quiz.useQuizRecords.getState().record('2021-09-15', [answers[1]], 10)
    const stored = { draft: Taro.getStorageSync('hq:complaint-draft'), quiz: Taro.getStorageSync('hq:quiz') }
    const days = before.quiz.useQuizRecords.getState().days

    // An update ships 2099 and the user opens the app in September 2099: 2099 is current, 2021 is 往届.
    shipSynthetic2099()
    const after = start('2099-09-10T04:00:00Z')
    expect(after.content.EDITION_METAS.map((m) => m.year)).toEqual(['2021', '2099'])
    expect(after.content.yearOf(after.editions.currentEdition(after.clock.today())!)).toBe('2099')
    expect(after.editions.pastEditions(after.clock.today()).map((m) => m.year)).toEqual(['2021'])

    expect(after.complaints.useDraftStore.getState().draft).toEqual(DRAFT)
    expect(after.complaints.useDraftStore.getState().savedAt).toBe(savedAt)
    expect(after.quiz.useQuizRecords.getState().days).toEqual(days)
    expect(after.quiz.useQuizRecords.getState().days['2021-09-14']).toEqual({ best: 1, total: 10, last: { score: 1, answers } })
    // Reading them did not rewrite them.
    expect(Taro.getStorageSync('hq:complaint-draft')).toEqual(stored.draft)
    expect(Taro.getStorageSync('hq:quiz')).toEqual(stored.quiz)

    // Playing 2099's 每日一练 adds a day beside 2021's; the next start still has both.
    after.quiz.useQuizRecords.getState().record('2099-09-10', [answers[0]], 10)
    const again = start('2099-09-11T04:00:00Z')
    expect(Object.keys(again.quiz.useQuizRecords.getState().days).sort()).toEqual(['2021-09-14', '2021-09-15', '2099-09-10'])
    expect(again.quiz.useQuizRecords.getState().days['2021-09-15']).toEqual(days['2021-09-15'])
    expect(again.complaints.useDraftStore.getState().draft).toEqual(DRAFT)
  })
})
