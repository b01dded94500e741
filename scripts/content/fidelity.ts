/**
 * Fidelity: every edition is held to its own notice (content:check, for every year).
 *
 * The edition of a year names its source text by where content:new puts it: the one file
 * src/content/source/notice-<year>-….txt. The check reads that text as content:new does
 * (draft-edition.ts) and compares, exactly, every field the notice is the source of: the
 * document header, the campaign's partners, the theme, the sections, the contact, the
 * attachments, the organisers (number, name, activities) and the slogans. A difference is
 * reported with its path and the first differing characters.
 *
 * Quotes (`{"kind": "notice", "quote"}`, anywhere but the quiz, which validate-quiz.ts checks
 * against its paragraph) and event description sentences must each be one passage of ONE
 * paragraph of the notice (page breaks and PDF spaces ignored): words glued together from
 * two paragraphs (two organisers, say) are not something the notice says.
 *
 * A field the drafter leaves as a TODO (a part it cannot find in the notice), and every field
 * when the notice cannot be read in the usual layout, must still be a passage of one paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Edition } from '../../src/content/schema'
import { formatKeys } from '../../src/content/printable'
import { draftEdition, NoticeError } from './draft-edition'
import { paragraphs, readLines, squash } from './notice-text'
import { SOURCE_DIR } from './notice-source'
import { isTodo } from './todo'
import type { Problem } from './problem'

/** The notice an edition is checked against: its file name (for the reasons) and its text. */
export type NoticeSource = { name: string; text: string }

/** The year's source text: the one file notice-<year>-….txt in `dir`, or the problem with it. */
export function findNoticeSource(year: string, dir: string = SOURCE_DIR): { ok: true; source: NoticeSource } | { ok: false; problem: Problem } {
  const where = relative(process.cwd(), dir) || dir
  let names: string[] = []
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(`notice-${year}-`) && n.endsWith('.txt')).sort()
  } catch {
    names = []
  }
  if (names.length === 1) return { ok: true, source: { name: names[0], text: readFileSync(join(dir, names[0]), 'utf8') } }
  const reason = names.length
    ? `${names.length} source texts for ${year} in ${where} (${names.join(', ')}): keep exactly one, the notice this edition is checked against`
    : `no source text ${where}/notice-${year}-….txt: every edition is checked against its notice (npm run content:new copies it there)`
  return { ok: false, problem: { path: '(notice)', reason } }
}

/** Starts a new paragraph of the notice: a numbered point （一）, an organiser 一、 or a list item 1. */
const STARTS_PART = /^(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|[一二三四五六七八九十]+、|\d+\s*[.．、])/

/** The notice's paragraphs (page breaks inside a sentence joined), whitespace removed. */
export function noticeParagraphs(text: string): string[] {
  return paragraphs(readLines(text).lines, (t) => STARTS_PART.test(t), []).map((p) => squash(p.text))
}

const SHOWN = 16
/** `“text”`, or `(its end)` when nothing is left. */
const quoted = (s: string) => (s ? `“${s}”` : '(its end)')

/** Why `actual` is not `expected`: where they part and what each has from there. */
export function firstDifference(actual: string, expected: string, noticeName: string): string {
  let i = 0
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++
  const before = i > 0 ? `, after “${i > 8 ? '…' : ''}${actual.slice(Math.max(0, i - 8), i)}”` : ''
  return `differs from the notice (${noticeName}) at character ${i + 1}${before}: the notice has ${quoted(expected.slice(i, i + SHOWN))}, the edition has ${quoted(actual.slice(i, i + SHOWN))}`
}

type Key = string | number

class Checker {
  readonly problems: Problem[] = []
  /** The notice's paragraphs joined, and where each one ends in it. */
  private readonly whole: string
  private readonly ends: number[] = []
  /** Passages already judged: a large file repeats them (and is judged in bounded time). */
  private readonly judged = new Map<string, string | null>()

  constructor(private readonly notice: NoticeSource, private readonly skip: ReadonlySet<string>) {
    const paras = noticeParagraphs(notice.text)
    let at = 0
    for (const p of paras) this.ends.push((at += p.length))
    this.whole = paras.join('')
  }

  /** Whether whole[from, from + length) lies within one paragraph. */
  private withinOne(from: number, length: number): boolean {
    let lo = 0
    let hi = this.ends.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.ends[mid] <= from) lo = mid + 1
      else hi = mid
    }
    return from + length <= this.ends[lo]
  }

  /** Why `s` (whitespace removed) is not one passage of one paragraph, or null when it is. */
  private passageProblem(s: string): string | null {
    let at = this.whole.indexOf(s)
    if (at < 0) return `not found in the notice (${this.notice.name}), page breaks and spaces ignored`
    for (; at >= 0; at = this.whole.indexOf(s, at + 1)) if (this.withinOne(at, s.length)) return null
    return `runs across two paragraphs of the notice (${this.notice.name}): a passage of the notice lies within one paragraph`
  }

  private add(keys: Key[], reason: string) {
    const path = formatKeys(keys)
    if (!this.skip.has(path)) this.problems.push({ path, reason })
  }

  /** `text` is one passage of one paragraph of the notice. */
  passage(keys: Key[], text: string) {
    const s = squash(text)
    let reason = this.judged.get(s)
    if (reason === undefined) this.judged.set(s, (reason = this.passageProblem(s)))
    if (reason) this.add(keys, reason)
  }

  /** The edition's text is what the notice prints; the notice's text is unknown (a TODO) or unread: a passage then. */
  same(keys: Key[], actual: string, expected: unknown) {
    if (typeof expected !== 'string' || isTodo(expected)) this.passage(keys, actual)
    else if (actual !== expected) this.add(keys, firstDifference(actual, expected, this.notice.name))
  }

  /** Lists compared item by item; a different count is said once. */
  list<T>(keys: Key[], actual: readonly T[], expected: readonly T[] | undefined, each: (keys: Key[], a: T, e: T | undefined) => void) {
    if (expected && actual.length !== expected.length) {
      this.add(keys, `${actual.length} here, ${expected.length} in the notice (${this.notice.name})`)
    }
    actual.forEach((a, i) => each([...keys, i], a, expected?.[i]))
  }
}

type Point = { number: string; title: string; text: string }
type Drafted = {
  document: Record<string, unknown>
  campaign: Record<string, unknown>
  theme: string
  sections: { theme: { heading: string }; work: { heading: string; points: Point[] }; requirements: { heading: string; points: Point[] }; closing: string[] }
  contact: Record<string, unknown> & { printed: string[] }
  attachments: { number: number; title: string }[]
  organisers: { number: string; name: string; activities: string[] }[]
  slogans: { heading: string; theme: string; items: { number: number; text: string }[] }
}

/** Every notice quote outside the quiz, with its path. */
function noticeQuotes(value: unknown, keys: Key[], out: { keys: Key[]; quote: string }[]) {
  if (Array.isArray(value)) value.forEach((x, i) => noticeQuotes(x, [...keys, i], out))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (o.kind === 'notice' && typeof o.quote === 'string') out.push({ keys: [...keys, 'quote'], quote: o.quote })
    for (const [k, x] of Object.entries(o)) if (!(keys.length === 0 && k === 'quiz')) noticeQuotes(x, [...keys, k], out)
  }
  return out
}

/**
 * Every difference between the edition and its notice. `notice`: the year's source text
 * (default: found in src/content/source by the year of campaign.month); `skip`: paths already
 * reported for their characters, not reported again.
 */
export function fidelityProblems(e: Edition, notice?: NoticeSource | null, skip: ReadonlySet<string> = new Set()): Problem[] {
  let source = notice
  if (source === undefined) {
    const found = findNoticeSource(e.campaign.month.slice(0, 4))
    if (!found.ok) return [found.problem]
    source = found.source
  }
  if (source === null) return []
  const c = new Checker(source, skip)

  let d: Drafted | undefined
  try {
    d = draftEdition(source.text).edition as unknown as Drafted
  } catch (err) {
    if (!(err instanceof NoticeError)) throw err
    c.problems.push({ path: '(notice)', reason: `${source.name}, ${err.message}: not read as content:new reads a notice, so each field is only checked to be a passage of it` })
  }

  for (const k of Object.keys(e.document) as (keyof Edition['document'])[]) {
    // The date as YYYY-MM-DD is not printed: with the notice unread, its dateText is checked.
    if (k !== 'date' || d) c.same(['document', k], e.document[k], d?.document[k])
  }
  c.same(['campaign', 'partners'], e.campaign.partners, d?.campaign.partners)
  c.same(['theme'], e.theme, d?.theme)

  const s = e.sections
  c.same(['sections', 'theme', 'heading'], s.theme.heading, d?.sections.theme.heading)
  for (const part of ['work', 'requirements'] as const) {
    c.same(['sections', part, 'heading'], s[part].heading, d?.sections[part].heading)
    c.list(['sections', part, 'points'], s[part].points, d?.sections[part].points, (keys, p, x) => {
      c.same([...keys, 'number'], p.number, x?.number)
      c.same([...keys, 'title'], p.title, x?.title)
      c.same([...keys, 'text'], p.text, x?.text)
    })
  }
  c.list(['sections', 'closing'], s.closing, d?.sections.closing, (keys, p, x) => c.same(keys, p, x))

  for (const k of ['person', 'phone', 'email'] as const) c.same(['contact', k], e.contact[k], d?.contact[k])
  c.list(['contact', 'printed'], e.contact.printed, d?.contact.printed, (keys, p, x) => c.same(keys, p, x))

  c.list(['attachments'], e.attachments, d?.attachments, (keys, a, x) => c.same([...keys, 'title'], a.title, x?.title))

  c.list(['organisers'], e.organisers, d?.organisers, (keys, o, x) => {
    c.same([...keys, 'number'], o.number, x?.number)
    c.same([...keys, 'name'], o.name, x?.name)
    c.list([...keys, 'activities'], o.activities, x?.activities, (k, a, y) => c.same(k, a, y))
  })

  c.same(['slogans', 'heading'], e.slogans.heading, d?.slogans.heading)
  c.same(['slogans', 'theme'], e.slogans.theme, d?.slogans.theme)
  c.list(['slogans', 'items'], e.slogans.items, d?.slogans.items, (keys, it, x) => c.same([...keys, 'text'], it.text, x?.text))

  e.events.forEach((ev, i) => ev.description.forEach((sentence, j) => c.passage(['events', i, 'description', j], sentence)))
  for (const q of noticeQuotes(e, [], [])) c.passage(q.keys, q.quote)
  return c.problems
}

/** For the tests: the source text of `year` in the repository, read. */
export function repositoryNotice(year: string): NoticeSource {
  const found = findNoticeSource(year, resolve(SOURCE_DIR))
  if (!found.ok) throw new Error(found.problem.reason)
  return found.source
}
