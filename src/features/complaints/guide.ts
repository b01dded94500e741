/**
 * 我该找谁？: walking the guided choice of the content bundle. Pure: no Taro, no React.
 * The bundle's checks (scripts/content/validate-complaints.ts) guarantee every answer leads to a question or
 * an outcome and there are no cycles; these functions still never loop or throw on a bad
 * path (a stale or hand-made one): they stop where the path stops making sense.
 */
import type { ComplaintGuide, GuideOutcome, GuideQuestion } from '@/content'

export type GuideStep =
  | { kind: 'question'; question: GuideQuestion; /** Questions answered so far. */ depth: number }
  | { kind: 'outcome'; outcome: GuideOutcome; depth: number }

/**
 * Where the answers (indexes into each question's answers, in order) lead. An index that
 * does not exist ends the walk at the question it was meant for.
 */
export function walkGuide(guide: ComplaintGuide, answers: readonly number[]): GuideStep {
  const questions = new Map(guide.questions.map((q) => [q.id, q]))
  const outcomes = new Map(guide.outcomes.map((o) => [o.id, o]))
  let question = questions.get(guide.start) ?? guide.questions[0]
  const seen = new Set<string>([question.id])
  for (let depth = 0; depth < answers.length; depth++) {
    const answer = question.answers[answers[depth]]
    if (!answer) return { kind: 'question', question, depth }
    const outcome = outcomes.get(answer.next)
    if (outcome) return { kind: 'outcome', outcome, depth: depth + 1 }
    const next = questions.get(answer.next)
    if (!next || seen.has(next.id)) return { kind: 'question', question, depth }
    seen.add(next.id)
    question = next
  }
  return { kind: 'question', question, depth: answers.length }
}

/** Every complete path through the guide (answer indexes) with the outcome it reaches. */
export function allPaths(guide: ComplaintGuide): Array<{ answers: number[]; outcome: GuideOutcome }> {
  const out: Array<{ answers: number[]; outcome: GuideOutcome }> = []
  const questions = new Map(guide.questions.map((q) => [q.id, q]))
  const outcomes = new Map(guide.outcomes.map((o) => [o.id, o]))
  const visit = (id: string, path: number[], seen: Set<string>) => {
    const q = questions.get(id)
    if (!q || seen.has(id)) return
    q.answers.forEach((a, i) => {
      const o = outcomes.get(a.next)
      if (o) out.push({ answers: [...path, i], outcome: o })
      else visit(a.next, [...path, i], new Set([...seen, id]))
    })
  }
  visit(guide.start, [], new Set())
  return out
}
