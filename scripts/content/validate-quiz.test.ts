/**
 * @jest-environment node
 */
/**
 * The quiz bank (质量知识问答): the shipped bank passes and covers the whole notice; a
 * malformed bank is rejected with the exact path of the problem.
 */
import { DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import { quizProblems, noticeParagraphTexts } from './validate-quiz'
import type { Edition } from '../../src/content/schema'

/** The 2021 edition as content:check reads it: 2021.json with its bank 2021.quiz.json. */
const shipped = loadBundleFile(DEFAULT_BUNDLE)

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const clone = (): Json => JSON.parse(JSON.stringify(shipped))
/** Index of the question with this id (the fixtures name questions, not positions). */
const at = (b: Json, id: string): number => {
  const i = b.quiz.questions.findIndex((q: Json) => q.id === id)
  if (i < 0) throw new Error(`fixture: no question "${id}" in the bundle`)
  return i
}
const Q = (b: Json, id: string) => b.quiz.questions[at(b, id)]

describe('the shipped question bank', () => {
  const e = shipped as Edition
  const questions = e.quiz?.questions ?? []

  it('passes every rule', () => {
    expect(validateEdition(shipped).problems.map(formatProblem)).toEqual([])
  })

  it('has at least 40 questions of all three types', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40)
    const types = new Set(questions.map((q) => q.type))
    expect([...types].sort()).toEqual(['multiple', 'single', 'truefalse'])
  })

  const anchors = (prefix: string) => new Set(questions.flatMap((q) => (q.source.kind === 'notice' && q.source.anchor.startsWith(prefix) ? [q.source.anchor] : [])))

  it('covers the whole notice: theme, the five lines of work, the three requirements, every organiser, the slogans', () => {
    expect(anchors('notice-theme').size).toBe(1)
    expect([...anchors('notice-work-')].sort()).toEqual(['notice-work-1', 'notice-work-2', 'notice-work-3', 'notice-work-4', 'notice-work-5'])
    expect([...anchors('notice-requirements-')].sort()).toEqual(['notice-requirements-1', 'notice-requirements-2', 'notice-requirements-3'])
    expect([...anchors('notice-organiser-')].sort()).toEqual(e.organisers.map((o) => `notice-organiser-${o.id}`).sort())
    expect(anchors('notice-slogan-s').size).toBeGreaterThanOrEqual(5)
  })

  it('asks the dates: the month, the date of the notice, the date reports are due', () => {
    const quotes = questions.map((q) => q.quote).join('\n')
    expect(quotes).toContain('决定于9月组织开展')
    expect(quotes).toContain('2021年9月6日')
    expect(quotes).toContain('10月15日前报送')
  })

  it('asks what 12315 and 12345 are for, from the bundle’s channel facts', () => {
    const channels = new Set(questions.flatMap((q) => (q.source.kind === 'channel' ? [q.source.channelId] : [])))
    expect([...channels].sort()).toEqual(['12315', '12345'])
  })

  it('asks public-source facts only from entries with a publisher, a title and a confidence', () => {
    const used = questions.flatMap((q) => (q.source.kind === 'public' ? [q.source.sourceId] : []))
    expect(used).toEqual(expect.arrayContaining(['samr-2021-quality-month', 'xinhua-2021-hangzhou']))
    for (const id of used) {
      const s = e.sources.find((x) => x.id === id)!
      expect([s.publisher.length > 0, s.title.length > 0, s.confidence]).toEqual([true, true, expect.any(String)])
    }
  })

  it('never asks what is unknown: no question on the dates of 电梯安全宣传周, 计量服务中小企业行 or 食品安全科普宣传', () => {
    for (const q of questions) {
      const text = `${q.stem}${q.options.join('')}`
      if (/电梯安全宣传周|计量服务中小企业行|食品安全科普宣传/.test(text)) expect(text).not.toMatch(/\d+日|几日|哪天/)
    }
  })

  it('names every anchor it links to among the notice’s paragraphs', () => {
    const paragraphs = noticeParagraphTexts(e)
    for (const q of questions) if (q.source.kind === 'notice') expect(paragraphs.has(q.source.anchor)).toBe(true)
  })
})

/** Each case breaks one thing; the validator must point at `path` (and say `reason`). */
const cases: Array<[string, (b: Json) => string, RegExp?]> = [
  ['a notice quote that is not in the notice', (b) => {
    Q(b, 'theme').quote = '推动海南高质量发展'
    return `quiz.questions[${at(b, 'theme')}].quote`
  }, /not found word for word in the notice/],
  ['a notice quote from another paragraph than its anchor', (b) => {
    Q(b, 'month').source.anchor = 'notice-work-1'
    return `quiz.questions[${at(b, 'month')}].quote`
  }, /not in paragraph "notice-work-1"/],
  ['an anchor that is not a paragraph of the notice', (b) => {
    Q(b, 'month').source.anchor = 'notice-work-9'
    return `quiz.questions[${at(b, 'month')}].source.anchor`
  }, /no notice paragraph "notice-work-9"/],
  ['an anchor that is not an anchor', (b) => {
    Q(b, 'month').source.anchor = '二、活动内容'
    return `quiz.questions[${at(b, 'month')}].source.anchor`
  }, /expected a notice anchor/],
  ['a public quote that is not in its source’s excerpts', (b) => {
    Q(b, 'hangzhou-theme').quote = '与会中外嘉宾将围绕“质量 创新 发展”主题'
    return `quiz.questions[${at(b, 'hangzhou-theme')}].quote`
  }, /not found in the excerpts of sources\[0\]/],
  ['a public source that does not exist', (b) => {
    Q(b, 'since-1978').source.sourceId = 'people-daily-1978'
    return `quiz.questions[${at(b, 'since-1978')}].source.sourceId`
  }, /no entry with id "people-daily-1978"/],
  ['a channel that does not exist', (b) => {
    Q(b, 'channel-goods').source.channelId = '12358'
    return `quiz.questions[${at(b, 'channel-goods')}].source.channelId`
  }, /no channel with id "12358"/],
  ['a channel quote that is not among the channel’s facts', (b) => {
    Q(b, 'channel-unsure').quote = '不确定该找哪个部门时，可以拨打12315'
    return `quiz.questions[${at(b, 'channel-unsure')}].quote`
  }, /not found in the bundle's facts about channel "12345"/],
  ['a correct option that is not in the quote', (b) => {
    Q(b, 'report-due').correct = ['9月30日前']
    return `quiz.questions[${at(b, 'report-due')}].correct[0]`
  }, /correct option "9月30日前" is not in the quote/],
  ['one of several correct options not in the quote', (b) => {
    const q = Q(b, 'work-4-campus')
    q.correct = ['校园食品', '危险化学品']
    return `quiz.questions[${at(b, 'work-4-campus')}].correct[1]`
  }, /"危险化学品" is not in the quote/],
  ['a duplicate id', (b) => {
    b.quiz.questions[5].id = b.quiz.questions[2].id
    return 'quiz.questions[5].id'
  }, /duplicate id ".*" \(also quiz.questions\[2\]\)/],
  ['a duplicate stem', (b) => {
    b.quiz.questions[7].stem = b.quiz.questions[3].stem
    return 'quiz.questions[7].stem'
  }, /duplicate stem \(also quiz.questions\[3\]\)/],
  ['an option given twice', (b) => {
    const q = Q(b, 'month')
    q.options[3] = q.options[1]
    return `quiz.questions[${at(b, 'month')}].options[3]`
  }, /repeats option 1 "10月"/],
  ['a correct option missing from the options', (b) => {
    Q(b, 'month').correct = ['九月']
    return `quiz.questions[${at(b, 'month')}].correct[0]`
  }, /"九月" is not one of the options/],
  ['a true/false question with other options', (b) => {
    Q(b, 'work-1-recall').options = ['是', '否']
    Q(b, 'work-1-recall').correct = ['是']
    return `quiz.questions[${at(b, 'work-1-recall')}].options`
  }, /exactly the options \["对", "错"\]/],
  ['a true/false question with a third option', (b) => {
    Q(b, 'work-1-recall').options = ['对', '错', '不确定']
    return `quiz.questions[${at(b, 'work-1-recall')}].options`
  }, /exactly the options/],
  ['a true/false question whose answer is not 对 or 错', (b) => {
    Q(b, 'work-1-recall').correct = ['正确']
    return `quiz.questions[${at(b, 'work-1-recall')}].correct[0]`
  }, /not one of the options/],
  ['a single-choice question with two correct options', (b) => {
    Q(b, 'month').correct = ['9月', '10月']
    return `quiz.questions[${at(b, 'month')}].correct`
  }, /exactly one correct option/],
  ['a multiple-choice question with one correct option', (b) => {
    Q(b, 'report-items').correct = ['统计表']
    return `quiz.questions[${at(b, 'report-items')}].correct`
  }, /at least two correct options/],
  ['a multiple-choice question where every option is correct', (b) => {
    const q = Q(b, 'report-items')
    q.options = ['活动总结', '统计表', '有关图片及视频']
    q.correct = ['活动总结', '统计表', '有关图片及视频']
    return `quiz.questions[${at(b, 'report-items')}].correct`
  }, /at least one wrong option/],
  ['an unknown question type', (b) => {
    Q(b, 'month').type = 'essay'
    return `quiz.questions[${at(b, 'month')}].type`
  }, /expected type "single", "multiple" or "truefalse"/],
  ['a question without a quote', (b) => {
    delete Q(b, 'month').quote
    return `quiz.questions[${at(b, 'month')}].quote`
  }, /missing required field/],
  ['a question with one option', (b) => {
    Q(b, 'channel-report').options = ['我要举报']
    return `quiz.questions[${at(b, 'channel-report')}].options`
  }, /at least two options/],
  ['a bank of fewer than 40 questions', (b) => {
    b.quiz.questions = b.quiz.questions.slice(0, 39)
    return 'quiz.questions'
  }, /at least 40 questions/],
  ['a page-break space left in a stem', (b) => {
    Q(b, 'month').stem = '2021年海南省“质量月”活动在哪个 月组织开展？'
    return `quiz.questions[${at(b, 'month')}].stem`
  }, /space inside Chinese/],
  ['half-width punctuation in an explanation', (b) => {
    Q(b, 'month').explanation = '通知导语写明,决定于9月组织开展。'
    return `quiz.questions[${at(b, 'month')}].explanation`
  }, /half-width/],
  ['a duplicate public source id', (b) => {
    b.sources[1].id = b.sources[0].id
    return 'sources[1].id'
  }, /duplicate id/],
  ['a public source without excerpts', (b) => {
    b.sources[0].excerpts = []
    return 'sources[0].excerpts'
  }, /at least one excerpt/],
  ['a public source without a confidence', (b) => {
    delete b.sources[0].confidence
    return 'sources[0].confidence'
  }, /missing required field/]
]

describe('malformed question banks are rejected with the exact path', () => {
  const rows = cases.map(([name, mutate, reason]) => ({ name, mutate, reason: reason ?? null }))
  it.each(rows)('$name', ({ mutate, reason }) => {
    const bundle = clone()
    const path = mutate(bundle)
    const result = validateEdition(bundle)
    expect(result.ok).toBe(false)
    const hit = result.problems.find((p) => p.path === path && (!reason || reason.test(p.reason)))
    if (!hit) throw new Error(`expected a problem at ${path} (${reason}), got:\n${result.problems.map(formatProblem).join('\n')}`)
  })

  it('says so when there is no notice text to check the quotes against', () => {
    const problems = quizProblems(shipped as Edition, null)
    expect(problems.map(formatProblem)).toContain('quiz: no notice text src/content/source/notice-2021-*.txt to check the quotes against')
  })

  it('checks against the notice as published, not the bundle’s copy of it', () => {
    // The bundle's own text changed to match a made-up quote: the published notice still refuses it.
    const b = clone()
    b.theme = '开展质量提升行动 推动海南高质量发展'
    Q(b, 'theme').quote = b.theme
    const problems = quizProblems(b as Edition)
    expect(problems.map(formatProblem)).toContain(`quiz.questions[${at(b, 'theme')}].quote: not found word for word in the notice (source/notice-2021-*.txt)`)
  })
})
