/**
 * The quiz's rules (质量知识问答), run by validate.ts on a bundle whose shape is valid.
 * Every problem has its exact path, e.g. `quiz.questions[3].quote: …`.
 *
 * - ids and stems are unique; options do not repeat; the correct options are among them;
 *   a true/false question has exactly the options 对 and 错;
 * - a quote from the notice is found word for word in the notice as published
 *   (source/notice-YEAR-*.txt, page breaks and PDF spaces ignored) and in the paragraph
 *   its anchor names (the one the app opens);
 * - a quote from a public source is found in one of that source's recorded excerpts;
 *   a quote from a channel is found in the bundle's facts about that channel;
 * - for a choice question, the text of every correct option is in its quote;
 * - the texts are clean (no line breaks, no stray spaces in Chinese, full-width punctuation;
 *   an option may be a two-part phrase with one space, like the slogans).
 */
import type { Edition } from '../../src/content/schema'
import { noticeSourceText } from './notice-source'
import { NOTICE_TOP, noticeOutline, paragraphText } from '../../src/content/outline'
import type { Problem } from './problem'
import { textProblem } from './typography'

export const TRUE_FALSE_OPTIONS = ['对', '错'] as const

const squash = (s: string) => s.replace(/\s+/g, '')

/** The notice's paragraphs by anchor, as the 关于 tab renders them (content/outline.ts), and its header. */
export function noticeParagraphTexts(e: Edition): Map<string, string> {
  const d = e.document
  const m = new Map<string, string>([[NOTICE_TOP, [d.heading, d.number, d.title, d.issuer, d.dateText, d.disclosure].join('\n')]])
  for (const section of noticeOutline(e)) for (const p of section.paragraphs) m.set(p.id, paragraphText(p))
  return m
}

/** What the bundle says about a channel: its name, what it handles, the guide's outcomes that lead to it. */
export function channelFacts(e: Edition, channelId: string): string[] | null {
  const c = e.channels.find((x) => x.id === channelId)
  if (!c) return null
  return [
    c.name, `${c.short}${c.name}`, ...c.handles,
    ...e.complaintGuide.outcomes.filter((o) => o.channelId === channelId).flatMap((o) => [o.title, o.reason])
  ]
}

/**
 * Two-part phrases printed with a space between their halves (the theme, the slogans, and
 * phrases quoted in the public sources): inside quiz text they keep their space.
 */
function phrases(e: Edition): string[] {
  const quoted = e.sources.flatMap((s) => s.excerpts.flatMap((x) => Array.from(x.matchAll(/“([^”]*\s[^”]*)”/g), (m) => m[1])))
  return [e.theme, e.slogans.theme, ...e.slogans.items.map((s) => s.text), ...quoted]
    .filter((p) => /\s/.test(p))
    .sort((a, b) => b.length - a.length)
}

export function quizProblems(e: Edition, noticeRaw: string | null = noticeSourceText(e.campaign.month.slice(0, 4))): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, reason: string) => problems.push({ path, reason })

  // Public source entries: unique ids.
  const sources = new Map<string, number>()
  e.sources.forEach((s, i) => {
    const first = sources.get(s.id)
    if (first !== undefined) add(`sources[${i}].id`, `duplicate id "${s.id}" (also sources[${first}])`)
    else sources.set(s.id, i)
  })

  const year = e.campaign.month.slice(0, 4)
  const notice = noticeRaw === null ? null : squash(noticeRaw)
  if (notice === null) add('quiz', `no notice text src/content/source/notice-${year}-*.txt to check the quotes against`)
  const paragraphs = noticeParagraphTexts(e)
  const known = phrases(e)
  // Prose, except the known phrases inside it; an option is a phrase itself (a slogan-like
  // wrong option keeps the space between its halves).
  const hygiene = (path: string, s: string, kind: 'prose' | 'phrase' = 'prose') => {
    let masked = s
    if (kind === 'prose') for (const p of known) masked = masked.split(p).join('“”')
    const reason = textProblem(masked, kind)
    if (reason) add(path, reason)
  }

  const ids = new Map<string, number>()
  const stems = new Map<string, number>()
  ;(e.quiz?.questions ?? []).forEach((q, i) => {
    const p = `quiz.questions[${i}]`
    const firstId = ids.get(q.id)
    if (firstId !== undefined) add(`${p}.id`, `duplicate id "${q.id}" (also quiz.questions[${firstId}])`)
    else ids.set(q.id, i)
    const stemKey = squash(q.stem)
    const firstStem = stems.get(stemKey)
    if (firstStem !== undefined) add(`${p}.stem`, `duplicate stem (also quiz.questions[${firstStem}])`)
    else stems.set(stemKey, i)

    hygiene(`${p}.stem`, q.stem)
    hygiene(`${p}.explanation`, q.explanation)
    hygiene(`${p}.quote`, q.quote)
    q.options.forEach((o, j) => hygiene(`${p}.options[${j}]`, o, 'phrase'))

    // Options and the correct ones.
    const seen = new Map<string, number>()
    q.options.forEach((o, j) => {
      const first = seen.get(squash(o))
      if (first !== undefined) add(`${p}.options[${j}]`, `repeats option ${first} "${q.options[first]}"`)
      else seen.set(squash(o), j)
    })
    if (q.type === 'truefalse' && (q.options.length !== 2 || q.options[0] !== TRUE_FALSE_OPTIONS[0] || q.options[1] !== TRUE_FALSE_OPTIONS[1])) {
      add(`${p}.options`, `a true/false question has exactly the options ["对", "错"], got ${JSON.stringify(q.options)}`)
    }
    const chosen = new Set<string>()
    q.correct.forEach((c, k) => {
      if (chosen.has(c)) add(`${p}.correct[${k}]`, `"${c}" is listed twice`)
      chosen.add(c)
      if (!q.options.includes(c)) add(`${p}.correct[${k}]`, `"${c}" is not one of the options`)
      else if (q.type !== 'truefalse' && !squash(q.quote).includes(squash(c))) add(`${p}.correct[${k}]`, `correct option "${c}" is not in the quote`)
    })
    if (q.type === 'multiple' && q.options.every((o) => q.correct.includes(o))) {
      add(`${p}.correct`, 'every option is correct: a multiple-choice question needs at least one wrong option')
    }

    // The quote, against its source.
    const quote = squash(q.quote)
    const src = q.source
    if (src.kind === 'notice') {
      const para = paragraphs.get(src.anchor)
      if (para === undefined) add(`${p}.source.anchor`, `no notice paragraph "${src.anchor}"`)
      if (notice !== null && !notice.includes(quote)) add(`${p}.quote`, `not found word for word in the notice (source/notice-${year}-*.txt)`)
      // (A paragraph still to be written, a TODO, is reported as such by todo.ts.)
      else if (para !== undefined && !para.includes('TODO') && !squash(para).includes(quote)) add(`${p}.quote`, `in the notice, but not in paragraph "${src.anchor}" (the link must open the paragraph that states it)`)
    } else if (src.kind === 'public') {
      const si = sources.get(src.sourceId)
      if (si === undefined) add(`${p}.source.sourceId`, `no entry with id "${src.sourceId}" in sources`)
      else if (!e.sources[si].excerpts.some((x) => squash(x).includes(quote))) add(`${p}.quote`, `not found in the excerpts of sources[${si}] ("${src.sourceId}")`)
    } else {
      const facts = channelFacts(e, src.channelId)
      if (!facts) add(`${p}.source.channelId`, `no channel with id "${src.channelId}"`)
      else if (!facts.some((f) => squash(f).includes(quote))) add(`${p}.quote`, `not found in the bundle's facts about channel "${src.channelId}"`)
    }
  })
  return problems
}
