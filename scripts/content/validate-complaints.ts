/**
 * The rules of 我该找谁？ (complaintGuide) and 投诉前准备 (complaintPrep), run by validate.ts on a
 * bundle whose shape is valid. Every problem has its exact path, e.g.
 * `complaintGuide.questions[1].answers[0].next: no question or outcome with id "x"`.
 */
import type { Edition } from '../../src/content/schema'
import type { Problem } from './problem'

export type SourceOf = Edition['campaign']['source']

/** The problems of one source at `path` (a notice quote the notice does not hold); none when it is fine. */
export type CheckSource = (path: string, src: SourceOf) => Problem[]

/**
 * 我该找谁？ and what to prepare: ids unique across questions and outcomes, the start is a
 * question, every answer leads to a question or an outcome that exists, no cycles, every
 * question and outcome can be reached, every outcome names an existing channel (and a draft
 * kind that exists), both kinds present once, notice quotes found.
 */
export function complaintProblems(e: Edition, checkSource: CheckSource): Problem[] {
  const problems: Problem[] = []
  // Quote problems are listed before the guide's own (the order content:check has always printed).
  const quotes: Problem[] = []
  const source = (path: string, src: SourceOf) => quotes.push(...checkSource(path, src))
  const add = (path: string, reason: string) => problems.push({ path, reason })
  const g = e.complaintGuide
  const P = 'complaintGuide'

  // One id space: an answer's `next` names either.
  const where = new Map<string, string>()
  const claim = (id: string, path: string) => {
    const first = where.get(id)
    if (first) add(`${path}.id`, `duplicate id "${id}" (also ${first}; questions and outcomes share one id space)`)
    else where.set(id, path)
  }
  g.questions.forEach((q, i) => claim(q.id, `${P}.questions[${i}]`))
  g.outcomes.forEach((o, i) => claim(o.id, `${P}.outcomes[${i}]`))

  const questions = new Map(g.questions.map((q) => [q.id, q]))
  const outcomes = new Map(g.outcomes.map((o) => [o.id, o]))
  if (!questions.has(g.start)) {
    add(`${P}.start`, outcomes.has(g.start) ? `"${g.start}" is an outcome: the guide must start with a question` : `no question with id "${g.start}"`)
  }

  g.questions.forEach((q, i) => {
    const labels = new Set<string>()
    q.answers.forEach((a, j) => {
      const ap = `${P}.questions[${i}].answers[${j}]`
      if (labels.has(a.label)) add(`${ap}.label`, `duplicate answer "${a.label}"`)
      labels.add(a.label)
      if (a.next === q.id) add(`${ap}.next`, `leads back to its own question "${q.id}" (a cycle)`)
      else if (!questions.has(a.next) && !outcomes.has(a.next)) add(`${ap}.next`, `no question or outcome with id "${a.next}"`)
    })
  })

  // Cycles: depth-first from every question; an answer leading to a question on the current path closes one.
  const reported = new Set<string>()
  const visit = (id: string, path: string[]) => {
    const q = questions.get(id)
    if (!q) return
    const qi = g.questions.indexOf(q)
    q.answers.forEach((a, j) => {
      if (a.next === q.id || !questions.has(a.next)) return
      const ap = `${P}.questions[${qi}].answers[${j}].next`
      if (path.includes(a.next)) {
        if (!reported.has(ap)) {
          reported.add(ap)
          add(ap, `leads back to "${a.next}" (a cycle: ${[...path.slice(path.indexOf(a.next)), a.next].join(' → ')})`)
        }
        return
      }
      visit(a.next, [...path, a.next])
    })
  }
  g.questions.forEach((q) => visit(q.id, [q.id]))

  // A question must decide something: answers that all lead to the same place make it pointless.
  g.questions.forEach((q, i) => {
    const nexts = new Set(q.answers.map((a) => a.next))
    if (q.answers.length >= 2 && nexts.size === 1) {
      add(`${P}.questions[${i}].answers`, `every answer leads to "${q.answers[0].next}": the question decides nothing (drop it, or let its answers lead to different places)`)
    }
  })

  // Reachability from the start.
  const reached = new Set<string>()
  const queue = questions.has(g.start) ? [g.start] : []
  while (queue.length) {
    const id = queue.shift() as string
    if (reached.has(id)) continue
    reached.add(id)
    questions.get(id)?.answers.forEach((a) => queue.push(a.next))
  }
  if (questions.has(g.start)) {
    g.questions.forEach((q, i) => { if (!reached.has(q.id)) add(`${P}.questions[${i}]`, `question "${q.id}" cannot be reached from the start`) })
    g.outcomes.forEach((o, i) => { if (!reached.has(o.id)) add(`${P}.outcomes[${i}]`, `outcome "${o.id}" cannot be reached from the start`) })
  }

  const channelIds = new Set(e.channels.map((c) => c.id))
  const kindIds = new Set(e.complaintPrep.kinds.map((k) => k.id))
  g.outcomes.forEach((o, i) => {
    const op = `${P}.outcomes[${i}]`
    if (!channelIds.has(o.channelId)) add(`${op}.channelId`, `no channel with id "${o.channelId}"`)
    if (o.draftKind && !kindIds.has(o.draftKind)) add(`${op}.draftKind`, `no complaint kind "${o.draftKind}" in complaintPrep.kinds`)
    source(`${op}.source`, o.source)
  })

  const prep = e.complaintPrep
  const itemIds = new Map<string, number>()
  prep.items.forEach((it, i) => {
    const first = itemIds.get(it.id)
    if (first !== undefined) add(`complaintPrep.items[${i}].id`, `duplicate id "${it.id}" (also complaintPrep.items[${first}])`)
    else itemIds.set(it.id, i)
  })
  const seenKinds = new Map<string, number>()
  prep.kinds.forEach((k, i) => {
    const first = seenKinds.get(k.id)
    if (first !== undefined) add(`complaintPrep.kinds[${i}].id`, `duplicate kind "${k.id}" (also complaintPrep.kinds[${first}])`)
    else seenKinds.set(k.id, i)
    source(`complaintPrep.kinds[${i}].source`, k.source)
  })
  source('complaintPrep.source', prep.source)
  source('complaintPrep.afterSubmit.source', prep.afterSubmit.source)
  return [...quotes, ...problems]
}
