import { quiz } from '@/content/quiz'
import {
  answer, correctText, currentQuestion, drawDaily, drawPractice, hashString, isCorrect, isFinished, isIsoDate,
  missedQuestions, posterFileName, recordDaily, repairQuiz, resolveDateParam, ROUND_SIZE, scoreOf, seededRandom,
  shuffled, startRound, toggleChoice, type Round
} from './model'

const BANK = quiz.questions
const ids = (qs: Array<{ id: string }>) => qs.map((q) => q.id)
const byId = (id: string) => BANK.find((q) => q.id === id)!

describe('每日一练: the same for everyone on a China date', () => {
  it('draws 10 different questions of the bank', () => {
    const qs = drawDaily(BANK, '2021-09-14')
    expect(qs).toHaveLength(ROUND_SIZE)
    expect(new Set(ids(qs)).size).toBe(ROUND_SIZE)
    for (const q of qs) expect(BANK.some((b) => b.id === q.id)).toBe(true)
  })

  it('is deterministic: the same date gives the same questions, order and option order', () => {
    const a = drawDaily(BANK, '2021-09-14')
    const b = drawDaily(BANK.slice(), '2021-09-14')
    expect(ids(a)).toEqual(ids(b))
    expect(a.map((q) => q.shown)).toEqual(b.map((q) => q.shown))
  })

  it('differs from one date to the next, through the whole month', () => {
    const days = Array.from({ length: 30 }, (_, i) => `2021-09-${String(i + 1).padStart(2, '0')}`)
    const draws = days.map((d) => ids(drawDaily(BANK, d)).join(','))
    expect(new Set(draws).size).toBe(30)
    // Consecutive days share few questions (a fresh draw, not a rotation).
    for (let i = 1; i < days.length; i++) {
      const prev = new Set(draws[i - 1].split(','))
      const shared = draws[i].split(',').filter((id) => prev.has(id)).length
      expect(shared).toBeLessThan(8)
    }
  })

  it('over a month every question comes up', () => {
    const seen = new Set<string>()
    for (let d = 1; d <= 30; d++) for (const q of drawDaily(BANK, `2021-09-${String(d).padStart(2, '0')}`)) seen.add(q.id)
    expect(seen.size).toBeGreaterThan(BANK.length * 0.9)
  })

  it('shuffles choice options (the answer is not always first) but keeps 对 before 错', () => {
    const firsts = new Set<boolean>()
    for (let d = 1; d <= 10; d++) {
      for (const q of drawDaily(BANK, `2021-09-${String(d).padStart(2, '0')}`)) {
        expect([...q.shown].sort()).toEqual([...q.options].sort())
        if (q.type === 'truefalse') expect(q.shown).toEqual(['对', '错'])
        else firsts.add(q.correct.includes(q.shown[0]))
      }
    }
    expect(firsts).toEqual(new Set([true, false]))
  })
})

describe('练习: a random draw', () => {
  it('uses the generator it is given', () => {
    const a = drawPractice(BANK, seededRandom('x'))
    const b = drawPractice(BANK, seededRandom('y'))
    expect(a).toHaveLength(ROUND_SIZE)
    expect(ids(a)).not.toEqual(ids(b))
    expect(ids(drawPractice(BANK, seededRandom('x')))).toEqual(ids(a))
  })
})

describe('seeded randomness', () => {
  it('hashes and shuffles reproducibly', () => {
    // 32-bit FNV-1a, pinned: every phone, this run or the next version, must draw the same 每日一练 for a date.
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
    expect(hashString('foobar')).toBe(0xbf9cf968)
    expect(hashString('a')).not.toBe(hashString('b'))
    const r = seededRandom('s')
    for (let i = 0; i < 100; i++) {
      const x = r()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
    expect(shuffled([1, 2, 3, 4, 5], seededRandom('s')).sort()).toEqual([1, 2, 3, 4, 5])
  })
})

describe('scoring', () => {
  const multiple = byId('report-items') // 活动总结、统计表、有关图片及视频 (not 工作方案)

  it('multiple choice is all or nothing', () => {
    expect(isCorrect(multiple, ['活动总结', '统计表', '有关图片及视频'])).toBe(true)
    expect(isCorrect(multiple, ['有关图片及视频', '活动总结', '统计表'])).toBe(true)
    expect(isCorrect(multiple, ['活动总结', '统计表'])).toBe(false)
    expect(isCorrect(multiple, ['活动总结', '统计表', '有关图片及视频', '工作方案'])).toBe(false)
    expect(isCorrect(multiple, [])).toBe(false)
  })

  it('single and true/false: the one correct option', () => {
    expect(isCorrect(byId('month'), ['9月'])).toBe(true)
    expect(isCorrect(byId('month'), ['10月'])).toBe(false)
    expect(isCorrect(byId('req-coordination'), ['错'])).toBe(true)
    expect(isCorrect(byId('req-coordination'), ['对'])).toBe(false)
  })

  it('tapping: single and true/false replace the choice, multiple toggles', () => {
    expect(toggleChoice(byId('month'), ['10月'], '9月')).toEqual(['9月'])
    expect(toggleChoice(multiple, ['统计表'], '活动总结')).toEqual(['统计表', '活动总结'])
    expect(toggleChoice(multiple, ['统计表', '活动总结'], '统计表')).toEqual(['活动总结'])
  })

  it('a round: one point per right answer, the missed ones with what was chosen', () => {
    let r: Round = startRound(BANK, 'daily', '2021-09-14')
    const wrongAt = new Set([1, 4, 7])
    r.questions.forEach((q, i) => {
      expect(currentQuestion(r)?.id).toBe(q.id)
      const wrong = q.shown.find((o) => !q.correct.includes(o))!
      r = answer(r, wrongAt.has(i) ? [wrong] : q.correct)
    })
    expect(isFinished(r)).toBe(true)
    expect(currentQuestion(r)).toBeNull()
    expect(scoreOf(r.answers)).toBe(7)
    expect(missedQuestions(r).map((m) => m.question.id)).toEqual([1, 4, 7].map((i) => r.questions[i].id))
    // Answering after the end changes nothing; an empty choice is not an answer.
    expect(answer(r, ['对'])).toBe(r)
    const fresh = startRound(BANK, 'practice', '2021-09-14', seededRandom('p'))
    expect(answer(fresh, [])).toBe(fresh)
  })

  it('states the correct answer in display order', () => {
    const q = { ...multiple, shown: ['统计表', '工作方案', '有关图片及视频', '活动总结'] }
    expect(correctText(q)).toBe('统计表、有关图片及视频、活动总结')
  })
})

describe('a shared link’s date', () => {
  it('takes a real date up to today, and says which one was refused', () => {
    expect(resolveDateParam(undefined, '2021-09-14')).toEqual({ kind: 'none' })
    expect(resolveDateParam('2021-09-10', '2021-09-14')).toEqual({ kind: 'ok', date: '2021-09-10' })
    expect(resolveDateParam('2021-09-14', '2021-09-14')).toEqual({ kind: 'ok', date: '2021-09-14' })
    expect(resolveDateParam('2021-09-20', '2021-09-14')).toEqual({ kind: 'invalid', shown: '2021-09-20' })
    expect(resolveDateParam('2021-02-30', '2021-09-14')).toEqual({ kind: 'invalid', shown: '2021-02-30' })
    expect(resolveDateParam('%E4%BB%8A%E5%A4%A9', '2021-09-14')).toEqual({ kind: 'invalid', shown: '今天' })
    expect(isIsoDate('2021-9-1')).toBe(false)
  })

  it('names the poster by date and score only', () => {
    expect(posterFileName('2021-09-14', 8, 10)).toBe('质量知识问答-2021-09-14-答对8题（共10题）.png')
  })
})

describe('what is kept on the phone', () => {
  const known = new Set(BANK.map((q) => q.id))
  const a = (id: string, correct: boolean) => ({ id, chosen: ['x'], correct })

  it('records the best score and the last answers per day', () => {
    let s = recordDaily({ days: {} }, '2021-09-14', [a('month', true), a('theme', false)], 2)
    expect(s.days['2021-09-14']).toEqual({ best: 1, total: 2, last: { score: 1, answers: [a('month', true), a('theme', false)] } })
    s = recordDaily(s, '2021-09-14', [a('month', false), a('theme', false)], 2)
    expect(s.days['2021-09-14'].best).toBe(1)
    expect(s.days['2021-09-14'].last?.score).toBe(0)
    s = recordDaily(s, '2021-09-14', [a('month', true), a('theme', true)], 2)
    expect(s.days['2021-09-14'].best).toBe(2)
  })

  it('keeps a valid slice as it is', () => {
    const good = { days: { '2021-09-14': { best: 1, total: 2, last: { score: 1, answers: [a('month', true), a('theme', false)] } } } }
    expect(repairQuiz(JSON.parse(JSON.stringify(good)), known)).toEqual(good)
  })

  it.each<[string, unknown]>([
    ['a corrupt string', 'not json {'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['null', null],
    ['days as a string', { days: '2021-09-14' }],
    ['days as an array', { days: [{ best: 3 }] }]
  ])('resets %s to no records', (_label, stored) => {
    expect(repairQuiz(stored, known)).toEqual({ days: {} })
  })

  it('repairs field by field: bad dates and days dropped, bad best taken from the last round, foreign answers dropped', () => {
    const stored = {
      days: {
        '2021-09-14': { best: 'ten', total: 10, last: { score: 10, answers: [a('month', true), a('gone-question', true), { id: 'theme' }, a('theme', true), 'x'] } },
        '2021-09-15': { best: 11, total: 10 },
        '2021-09-16': { best: 4, total: 10, last: 'corrupt' },
        '2021-09-17': { best: 2, total: 0 },
        '2021-9-18': { best: 2, total: 10 },
        'yesterday': { best: 2, total: 10 },
        '2021-09-19': null,
        '2021-09-20': { best: 3, total: 10, last: { answers: [{ id: 'month', chosen: ['9月', 7, null], correct: true }] } }
      }
    }
    expect(repairQuiz(stored, known)).toEqual({
      days: {
        // score recomputed from the answers kept (never trusted), best from it
        '2021-09-14': { best: 2, total: 10, last: { score: 2, answers: [a('month', true), a('theme', true)] } },
        '2021-09-16': { best: 4, total: 10 },
        '2021-09-20': { best: 3, total: 10, last: { score: 1, answers: [{ id: 'month', chosen: ['9月'], correct: true }] } }
      }
    })
  })

  it('keeps the most recent 60 days', () => {
    const days: Record<string, unknown> = {}
    for (let i = 0; i < 70; i++) days[new Date(Date.UTC(2021, 8, 1 + i)).toISOString().slice(0, 10)] = { best: 1, total: 10 }
    const out = repairQuiz({ days }, known)
    expect(Object.keys(out.days)).toHaveLength(60)
    expect(out.days['2021-09-01']).toBeUndefined()
    expect(out.days['2021-11-09']).toBeDefined()
  })
})
