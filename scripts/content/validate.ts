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
import { confidenceProblems } from './source-confidence'
import { fidelityProblems } from './fidelity'
import { insideTodo, todoProblems } from './todo'
import { quizProblems } from './validate-quiz'
import { formatProblem, type Problem } from './problem'
import { complaintProblems, type CheckSource } from './validate-complaints'
import { textProblem, type TextKind } from './typography'
import { textRuleProblems } from './text-rules'
import { firstProblems, sizeProblems } from './bounds'

export type ValidationResult =
  | { ok: true; edition: Edition; problems: [] }
  /** At most MAX_PROBLEMS (bounds.ts) problems are listed; `more` counts the rest. */
  | { ok: false; problems: Problem[]; more: number }

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
  const noticeText = noticeWords(e)
  const checkSource = sourceChecker(noticeText)
  // Held to its own notice (the year's source text): fidelity.ts. Its line for a quote or an
  // event sentence says more than the bundle-only check below, which then says nothing there.
  const fidelity = fidelityProblems(e, undefined, skipTexts)
  const judged = new Set(fidelity.map((p) => p.path))
  const unlessJudged = (problems: Problem[]) => problems.filter((p) => !(judged.has(p.path) && IN_BUNDLE_NOTICE.test(p.reason)))
  return [
    ...textProblems(e, skipTexts),
    ...fidelity,
    ...idProblems(e),
    ...campaignProblems(e),
    ...unlessJudged([
      ...checkSource('campaign.source', e.campaign.source),
      ...channelProblems(e, checkSource),
      ...complaintProblems(e, checkSource)
    ]),
    ...quizProblems(e),
    ...unlessJudged(eventProblems(e, noticeText, checkSource)),
    ...confidenceProblems(e)
  ]
}

/** The bundle-only notice checks' reasons (sourceChecker, eventProblems). */
const IN_BUNDLE_NOTICE = /not found in the notice text of this bundle$/

/** Text hygiene (typography.ts) on every human-readable string; the quiz's are validate-quiz.ts's. */
function textProblems(e: Edition, skipTexts: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = []
  eachText(e, [], (s, path) => {
    const last = path[path.length - 1]?.key
    if (typeof last === 'string' && MACHINE_FIELDS.has(last)) return
    const parent = path[path.length - 2]?.key
    if (parent === 'sloganIds' || path[0]?.key === 'quiz') return // quiz texts: validate-quiz.ts
    if (skipTexts.size && skipTexts.has(formatPath(path))) return
    const reason = textProblem(s, textKind(path))
    if (reason) problems.push({ path: formatPath(path), reason })
  })
  return problems
}

/** Unique ids within each collection; slogans and attachments numbered in order. */
function idProblems(e: Edition): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, reason: string) => problems.push({ path, reason })
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
  return problems
}

/** The campaign's dates agree with its month. */
function campaignProblems(e: Edition): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, reason: string) => problems.push({ path, reason })
  const [mStart, mEnd] = monthBounds(e.campaign.month)
  if (e.campaign.start > e.campaign.end) add('campaign.end', `ends (${e.campaign.end}) before it starts (${e.campaign.start})`)
  if (e.campaign.start < mStart || e.campaign.start > mEnd) add('campaign.start', `${e.campaign.start} is outside campaign.month ${e.campaign.month}`)
  if (e.campaign.end < mStart || e.campaign.end > mEnd) add('campaign.end', `${e.campaign.end} is outside campaign.month ${e.campaign.month}`)
  return problems
}

/** The notice's own words in this bundle, whitespace removed: what quotes and event sentences are found in. */
function noticeWords(e: Edition): string {
  return strip([
    e.document.title, e.document.preamble, e.theme,
    ...e.sections.work.points.flatMap((p) => [p.title + p.text]),
    ...e.sections.requirements.points.flatMap((p) => [p.title + p.text]),
    ...e.sections.closing,
    ...e.organisers.flatMap((o) => [o.name + '。' + o.activities.join('')]),
    ...e.slogans.items.map((s) => s.text)
  ].join('\n'))
}

/** A source that quotes the notice must quote words the notice holds. */
function sourceChecker(noticeText: string): CheckSource {
  return (path, src) => (src.kind === 'notice' && !noticeText.includes(strip(src.quote))
    ? [{ path: `${path}.quote`, reason: 'quote not found in the notice text of this bundle' }]
    : [])
}

/** Each channel's sources; a mini program link comes with where it was copied from. */
function channelProblems(e: Edition, checkSource: CheckSource): Problem[] {
  const problems: Problem[] = []
  e.channels.forEach((c, i) => c.sources.forEach((s, j) => problems.push(...checkSource(`channels[${i}].sources[${j}]`, s))))
  e.channels.forEach((c, i) => {
    const mp = c.miniProgram
    if (!mp) return
    if ((mp.appId?.trim() || mp.shortLink?.trim()) && !mp.linkSource) {
      problems.push({ path: `channels[${i}].miniProgram.linkSource`, reason: 'an appId or shortLink needs its source (where it was copied from, with confidence)' })
    }
    if (mp.linkSource) problems.push(...checkSource(`channels[${i}].miniProgram.linkSource`, mp.linkSource))
  })
  return problems
}

/**
 * Each event: its organiser, category and slogans exist; its sentences are the notice's; its
 * dates lie from the month before the campaign to the month after, with their sources.
 */
function eventProblems(e: Edition, noticeText: string, checkSource: CheckSource): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, reason: string) => problems.push({ path, reason })
  const [lo] = monthBounds(addMonths(e.campaign.month, -1))
  const [, hi] = monthBounds(addMonths(e.campaign.month, 1))
  const inWindow = (d: string) => d >= lo && d <= hi
  const windowText = `${lo}…${hi} (the campaign month and the months either side)`

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
      problems.push(...checkSource(`${dp}.source`, d.source))
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
 * The size of every list and object (bounds.ts: an oversized one is all that is reported), TODO
 * values left by `npm run content:new` (todo.ts), characters, lengths and numbers of the raw
 * data (raw-checks.ts, text-rules.ts), the shape, then rules.
 * Never throws: every problem comes back as `path: reason`, escaped and shortened.
 * Rule problems (duplicates, references, dates, text) are listed once the shape is right.
 * A TODO is reported once, as a TODO: not also as a bad date, a long text or a missing list.
 */
export function validateEdition(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(root)', reason: `expected an object (the edition's fields), got ${Array.isArray(input) ? 'a list' : show(input)}` }], more: 0 }
  }
  // Lists and objects of a sane size first (bounds.ts): what follows is then bounded too.
  const sizes = sizeProblems(input)
  if (sizes.length) return { ok: false, ...firstProblems(sizes.map(clean)) }
  const todos = todoProblems(input)
  const todoPaths = new Set(todos.map((p) => p.path))
  const hygiene = rawProblems(input)
  const raw = [...hygiene, ...textRuleProblems(input, new Set(hygiene.map((p) => p.path)))]
  const parsed = v.safeParse(Edition, input, { abortEarly: false })
  const shape = parsed.success ? [] : parsed.issues.map((issue) => ({ path: formatPath(issue.path as PathItem[] | undefined), reason: issueReason(issue) }))
  // A text already reported for its characters (e.g. a line break) is not reported again by the rules.
  const flagged = new Set(raw.map((p) => p.path))
  const rules = parsed.success ? semanticProblems(parsed.output, flagged) : []
  const others = [...raw, ...shape, ...rules].filter((p) => !todoPaths.size || !insideTodo(p.path, todoPaths))
  const problems = dedupe([...todos, ...others].map(clean))
  return problems.length || !parsed.success ? { ok: false, ...firstProblems(problems) } : { ok: true, edition: parsed.output, problems: [] }
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
