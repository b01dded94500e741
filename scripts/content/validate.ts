/**
 * Validates a content bundle: the valibot shape (schema.ts), then the rules that span
 * fields. Every problem is reported as `path: reason`, e.g.
 * `events[3].dates[0].date: expected YYYY-MM-DD, got "2021-9-15"`.
 * Pure: used by `npm run content:check` (so by the build) and the tests; never by the app.
 */
import * as v from 'valibot'
import { addMonths, lastDayOfMonth } from '../../src/lib/civil-date'
import { Edition } from '../../src/content/schema'
import { formatKeys, oneLine, show } from '../../src/content/printable'
import { rawProblems } from './raw-checks'
import { insideTodo, todoProblems } from './todo'
import { quizProblems } from './validate-quiz'
import { formatProblem, type Problem } from './problem'
import { textProblem, type TextKind } from './typography'

export type ValidationResult =
  | { ok: true; edition: Edition; problems: [] }
  | { ok: false; problems: Problem[] }

type PathItem = { key: unknown }

/** `events[3].dates[0].date`; a key that is not a plain name is quoted and escaped (printable.ts). */
export function formatPath(items: readonly PathItem[] | undefined): string {
  return formatKeys((items ?? []).map((i) => i.key))
}

/** A problem as it is kept and printed: path and reason escaped and shortened. */
function clean(p: Problem): Problem {
  return { path: oneLine(p.path, 200), reason: oneLine(p.reason, 300) }
}

/** Calls `fn` on every string of the edition with its path, skipping ids and machine fields. */
function eachText(value: unknown, path: PathItem[], fn: (s: string, path: PathItem[]) => void) {
  if (typeof value === 'string') fn(value, path)
  else if (Array.isArray(value)) value.forEach((x, i) => eachText(x, [...path, { key: i }], fn))
  else if (value && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) eachText(x, [...path, { key: k }], fn)
  }
}

const MACHINE_FIELDS = new Set([
  'id', 'bundleVersion', 'date', 'start', 'end', 'month', 'url', 'web', 'email', 'phone', 'hotline',
  'appId', 'shortLink', 'kind', 'scope', 'precision', 'confidence', 'organiserId', 'categoryId', 'sloganIds',
  'next', 'channelId', 'draftKind'
])
/** Fields whose text is a two-part phrase (theme, slogans) rather than prose. */
function textKind(path: PathItem[]): TextKind {
  const keys = path.map((p) => p.key)
  if (keys[0] === 'theme') return 'phrase'
  if (keys[0] === 'slogans' && (keys[1] === 'theme' || keys[1] === 'items')) return 'phrase'
  if (keys[0] === 'organisers' && keys[2] === 'name') return 'phrase'
  return 'prose'
}

function monthBounds(ym: string): [string, string] {
  return [`${ym}-01`, lastDayOfMonth(ym)]
}

function strip(s: string): string {
  return s.replace(/\s+/g, '')
}

/**
 * The rules no shape can express. Runs only on a bundle whose shape is valid. `skipTexts`: paths
 * whose text was already rejected for its characters or length (not scanned again).
 */
export function semanticProblems(e: Edition, skipTexts: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, reason: string) => problems.push({ path, reason })

  // Text hygiene on every human-readable string.
  eachText(e, [], (s, path) => {
    const last = path[path.length - 1]?.key
    if (typeof last === 'string' && MACHINE_FIELDS.has(last)) return
    const parent = path[path.length - 2]?.key
    if (parent === 'sloganIds' || path[0]?.key === 'quiz') return // quiz texts: validate-quiz.ts
    if (skipTexts.size && skipTexts.has(formatPath(path))) return
    const reason = textProblem(s, textKind(path))
    if (reason) add(formatPath(path), reason)
  })

  // Unique ids within each collection.
  const unique = (name: string, items: { id: string }[]) => {
    const seen = new Map<string, number>()
    items.forEach((it, i) => {
      const first = seen.get(it.id)
      if (first !== undefined) add(`${name}[${i}].id`, `duplicate id "${it.id}" (also ${name}[${first}])`)
      else seen.set(it.id, i)
    })
  }
  unique('organisers', e.organisers)
  unique('slogans.items', e.slogans.items)
  unique('channels', e.channels)
  unique('categories', e.categories)
  unique('events', e.events)

  e.slogans.items.forEach((s, i) => {
    if (s.number !== i + 1) add(`slogans.items[${i}].number`, `expected ${i + 1} (slogans are numbered in order), got ${s.number}`)
  })
  e.attachments.forEach((a, i) => {
    if (a.number !== i + 1) add(`attachments[${i}].number`, `expected ${i + 1} (attachments are numbered in order), got ${a.number}`)
  })

  // Campaign dates agree with its month.
  const [mStart, mEnd] = monthBounds(e.campaign.month)
  if (e.campaign.start > e.campaign.end) add('campaign.end', `ends (${e.campaign.end}) before it starts (${e.campaign.start})`)
  if (e.campaign.start < mStart || e.campaign.start > mEnd) add('campaign.start', `${e.campaign.start} is outside campaign.month ${e.campaign.month}`)
  if (e.campaign.end < mStart || e.campaign.end > mEnd) add('campaign.end', `${e.campaign.end} is outside campaign.month ${e.campaign.month}`)

  // Dates inside or adjoining the campaign: from the month before to the month after.
  const [lo] = monthBounds(addMonths(e.campaign.month, -1))
  const [, hi] = monthBounds(addMonths(e.campaign.month, 1))
  const inWindow = (d: string) => d >= lo && d <= hi
  const windowText = `${lo}…${hi} (the campaign month and the months either side)`

  // The notice's own words, for checking quotes.
  const noticeText = strip([
    e.document.title, e.document.preamble, e.theme,
    ...e.sections.work.points.flatMap((p) => [p.title + p.text]),
    ...e.sections.requirements.points.flatMap((p) => [p.title + p.text]),
    ...e.sections.closing,
    ...e.organisers.flatMap((o) => [o.name + '。' + o.activities.join('')]),
    ...e.slogans.items.map((s) => s.text)
  ].join('\n'))
  const checkSource = (path: string, src: Edition['campaign']['source']) => {
    if (src.kind === 'notice' && !noticeText.includes(strip(src.quote))) {
      add(`${path}.quote`, 'quote not found in the notice text of this bundle')
    }
  }
  checkSource('campaign.source', e.campaign.source)
  e.channels.forEach((c, i) => c.sources.forEach((s, j) => checkSource(`channels[${i}].sources[${j}]`, s)))
  e.channels.forEach((c, i) => {
    const mp = c.miniProgram
    if (!mp) return
    if ((mp.appId?.trim() || mp.shortLink?.trim()) && !mp.linkSource) {
      add(`channels[${i}].miniProgram.linkSource`, 'an appId or shortLink needs its source (where it was copied from, with confidence)')
    }
    if (mp.linkSource) checkSource(`channels[${i}].miniProgram.linkSource`, mp.linkSource)
  })

  problems.push(...complaintProblems(e, checkSource))
  problems.push(...quizProblems(e))

  const organiserIds = new Set(e.organisers.map((o) => o.id))
  const categoryIds = new Set(e.categories.map((c) => c.id))
  const sloganIds = new Set(e.slogans.items.map((s) => s.id))

  e.events.forEach((ev, i) => {
    const p = `events[${i}]`
    if (!organiserIds.has(ev.organiserId)) add(`${p}.organiserId`, `no organiser with id "${ev.organiserId}"`)
    if (!categoryIds.has(ev.categoryId)) add(`${p}.categoryId`, `no category with id "${ev.categoryId}"`)
    ev.sloganIds?.forEach((sid, j) => {
      const first = ev.sloganIds?.indexOf(sid) ?? j
      if (first < j) add(`${p}.sloganIds[${j}]`, `duplicate id "${sid}" (also ${p}.sloganIds[${first}])`)
      else if (!sloganIds.has(sid)) add(`${p}.sloganIds[${j}]`, `no slogan with id "${sid}"`)
    })
    ev.description.forEach((sentence, j) => {
      if (!noticeText.includes(strip(sentence))) add(`${p}.description[${j}]`, 'sentence not found in the notice text of this bundle')
    })
    ev.dates.forEach((d, j) => {
      const dp = `${p}.dates[${j}]`
      checkSource(`${dp}.source`, d.source)
      if (d.precision === 'day') {
        if (!inWindow(d.date)) add(`${dp}.date`, `${d.date} is outside ${windowText}`)
      } else if (d.precision === 'range') {
        if (d.start > d.end) add(`${dp}.end`, `ends (${d.end}) before it starts (${d.start})`)
        if (d.start === d.end) add(`${dp}.end`, 'a one-day range: use precision "day"')
        if (!inWindow(d.start)) add(`${dp}.start`, `${d.start} is outside ${windowText}`)
        if (!inWindow(d.end)) add(`${dp}.end`, `${d.end} is outside ${windowText}`)
      } else {
        const [ms, me] = monthBounds(d.month)
        if (!inWindow(ms) || !inWindow(me)) add(`${dp}.month`, `${d.month} is outside ${windowText}`)
      }
      if (d.scope === 'hainan' && d.precision !== 'month' && d.source.kind === 'public' && d.source.confidence !== 'certain' && d.source.confidence !== 'high') {
        add(`${dp}.source.confidence`, 'a Hainan day needs a certain or high-confidence source')
      }
    })
  })

  return problems
}

/**
 * 我该找谁？ and what to prepare: ids unique across questions and outcomes, the start is a
 * question, every answer leads to a question or an outcome that exists, no cycles, every
 * question and outcome can be reached, every outcome names an existing channel (and a draft
 * kind that exists), both kinds present once, notice quotes found.
 */
function complaintProblems(e: Edition, checkSource: (path: string, src: Edition['campaign']['source']) => void): Problem[] {
  const problems: Problem[] = []
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
    checkSource(`${op}.source`, o.source)
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
    checkSource(`complaintPrep.kinds[${i}].source`, k.source)
  })
  checkSource('complaintPrep.source', prep.source)
  checkSource('complaintPrep.afterSubmit.source', prep.afterSubmit.source)
  return problems
}

/**
 * TODO values left by `npm run content:new` (todo.ts), characters, lengths and numbers of the
 * raw data (raw-checks.ts), the shape, then rules.
 * Never throws: every problem comes back as `path: reason`, escaped and shortened.
 * Rule problems (duplicates, references, dates, text) are listed once the shape is right.
 * A TODO is reported once, as a TODO: not also as a bad date, a long text or a missing list.
 */
export function validateEdition(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(root)', reason: `expected a JSON object, got ${Array.isArray(input) ? 'an array' : show(input)}` }] }
  }
  const todos = todoProblems(input)
  const todoPaths = new Set(todos.map((p) => p.path))
  const raw = rawProblems(input)
  const parsed = v.safeParse(Edition, input, { abortEarly: false })
  const shape = parsed.success ? [] : parsed.issues.map((issue) => ({ path: formatPath(issue.path as PathItem[] | undefined), reason: issueReason(issue) }))
  // A text already reported for its characters (e.g. a line break) is not reported again by the rules.
  const flagged = new Set(raw.map((p) => p.path))
  const rules = parsed.success ? semanticProblems(parsed.output, flagged) : []
  const others = [...raw, ...shape, ...rules].filter((p) => !todoPaths.size || !insideTodo(p.path, todoPaths))
  const problems = dedupe([...todos, ...others].map(clean))
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, edition: parsed.output, problems: [] }
}

/** valibot's own wording for missing and unknown keys, said plainly. */
function issueReason(issue: v.BaseIssue<unknown>): string {
  const objectTypes = ['object', 'strict_object']
  if (objectTypes.includes(issue.type) && issue.expected === 'never') return 'unknown field (not in the schema)'
  if (objectTypes.includes(issue.type) && issue.received === 'undefined') return 'missing required field'
  return issue.message
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const k = formatProblem(p)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
