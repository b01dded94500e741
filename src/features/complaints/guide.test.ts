import type { ComplaintGuide } from '@/content'
import { edition } from '@/content/newest'
import { allPaths, walkGuide } from './guide'

const guide = edition.complaintGuide
const q = (id: string) => guide.questions.find((x) => x.id === id)!
const answerIndex = (qid: string, label: RegExp) => q(qid).answers.findIndex((a) => label.test(a.label))

describe('the shipped guide (我该找谁？)', () => {
  it('starts with its first question', () => {
    const step = walkGuide(guide, [])
    expect(step).toMatchObject({ kind: 'question', depth: 0 })
    if (step.kind === 'question') expect(step.question.id).toBe(guide.start)
  })

  it('every path ends at an outcome, within 2–4 questions, and both channels are reached', () => {
    const paths = allPaths(guide)
    expect(paths.length).toBeGreaterThan(0)
    for (const p of paths) {
      expect(p.answers.length).toBeLessThanOrEqual(4)
      expect(walkGuide(guide, p.answers)).toMatchObject({ kind: 'outcome', outcome: p.outcome })
    }
    expect(new Set(paths.map((p) => p.outcome.channelId))).toEqual(new Set(['12315', '12345']))
    expect(Math.max(...paths.map((p) => p.answers.length))).toBeGreaterThanOrEqual(2)
    // Every outcome is reached by some path.
    expect(new Set(paths.map((p) => p.outcome.id))).toEqual(new Set(guide.outcomes.map((o) => o.id)))
  })

  it('every question decides something: its answers do not all lead to the same place', () => {
    for (const question of guide.questions) expect(new Set(question.answers.map((a) => a.next)).size).toBeGreaterThan(1)
  })

  it('a business, a dispute → 12315, 我要投诉', () => {
    const step = walkGuide(guide, [answerIndex('who', /商家/), answerIndex('want', /纠纷/)])
    expect(step.kind).toBe('outcome')
    if (step.kind === 'outcome') {
      expect(step.outcome.channelId).toBe('12315')
      expect(step.outcome.draftKind).toBe('complaint')
      expect(step.depth).toBe(2)
    }
  })

  it('a business\'s illegal conduct → 12315, 我要举报', () => {
    const step = walkGuide(guide, [answerIndex('who', /商家/), answerIndex('want', /违法/)])
    expect(step).toMatchObject({ kind: 'outcome', outcome: { channelId: '12315', draftKind: 'report' } })
  })

  it('government services → 12345 at once', () => {
    expect(walkGuide(guide, [answerIndex('who', /政府/)])).toMatchObject({ kind: 'outcome', outcome: { channelId: '12345' }, depth: 1 })
  })

  it('unsure → 12345', () => {
    expect(walkGuide(guide, [answerIndex('who', /说不清/)])).toMatchObject({ kind: 'outcome', outcome: { id: 'to-12345-unsure' } })
  })

  it('the 12345 outcomes have no draft (the draft helper is for 12315)', () => {
    for (const o of guide.outcomes.filter((x) => x.channelId === '12345')) expect(o.draftKind).toBeUndefined()
  })
})

describe('walkGuide never loops or throws on a bad path or guide', () => {
  it('an answer index that does not exist stays at that question', () => {
    expect(walkGuide(guide, [0, 99])).toMatchObject({ kind: 'question', question: { id: 'want' }, depth: 1 })
    expect(walkGuide(guide, [-1])).toMatchObject({ kind: 'question', question: { id: guide.start }, depth: 0 })
  })

  it('answers beyond an outcome are ignored', () => {
    expect(walkGuide(guide, [answerIndex('who', /政府/), 0, 0])).toMatchObject({ kind: 'outcome', depth: 1 })
  })

  const cyclic: ComplaintGuide = {
    start: 'a',
    questions: [
      { id: 'a', text: '甲？', answers: [{ label: '去乙', next: 'b' }, { label: '结束', next: 'end' }] },
      { id: 'b', text: '乙？', answers: [{ label: '回甲', next: 'a' }, { label: '无处', next: 'nowhere' }] }
    ],
    outcomes: [{ id: 'end', channelId: '12345', title: '结束', reason: '测试。', source: { kind: 'notice', quote: '测试' } }]
  }

  it('a cycle (which the bundle check forbids) stops at the repeated question', () => {
    expect(walkGuide(cyclic, [0, 0, 0, 0])).toMatchObject({ kind: 'question', question: { id: 'b' }, depth: 1 })
    expect(allPaths(cyclic).map((p) => p.answers)).toEqual([[1]])
  })

  it('a dangling answer stops at its question', () => {
    expect(walkGuide(cyclic, [0, 1])).toMatchObject({ kind: 'question', question: { id: 'b' }, depth: 1 })
  })
})
