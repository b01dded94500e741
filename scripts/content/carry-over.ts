/**
 * What a notice does not say, for the draft: carried over from an earlier edition (channels, the
 * complaint guide and preparation, categories, sources, and the events whose sentences are in the
 * new notice, with their dates to fill in), or TODOs when there is none.
 */
import type { CampaignEvent, Edition, Source } from '../../src/content/schema'
import { todo } from './todo'
import { squash } from './notice-text'
import type { Point } from './notice-parts'

/** The words a notice quote or event sentence must be found in: the same texts content:check searches. */
export function noticeWords(t: {
  title: string; preamble: string; theme: string; work: Point[]; requirements: Point[]; closing: string[]
  organisers: { name: string; activities: string[] }[]; slogans: string[]
}): (s: string) => boolean {
  const all = squash([
    t.title, t.preamble, t.theme,
    ...t.work.map((p) => p.title + p.text),
    ...t.requirements.map((p) => p.title + p.text),
    ...t.closing,
    ...t.organisers.map((o) => `${o.name}。${o.activities.join('')}`),
    ...t.slogans
  ].join('\n'))
  return (s) => all.includes(squash(s))
}

/** A date of an event, to be filled in. */
function todoDate(): Record<string, string> {
  return {
    scope: todo('hainan (the arrangement in Hainan) or national (a national date)'),
    precision: 'day',
    date: todo('YYYY-MM-DD (or "precision": "range" with start and end; or "month" with month when only the month is known)'),
    source: todo('where the date comes from: {"kind": "public", publisher, title, url, confidence} or {"kind": "notice", quote}')
  }
}

/** An event to be written by hand (when there is no earlier edition to carry events from). */
function templateEvent(): Record<string, unknown> {
  return {
    id: todo('event id, lowercase latin like "open-day"'),
    title: todo('活动名称'),
    summary: todo('一句话概要 (at most 60 characters)'),
    organiserId: todo('the id of its organiser in organisers'),
    categoryId: todo('the id of its category in categories'),
    description: [todo('sentences of the notice that describe it, each exactly as in the notice')],
    dates: [todoDate()]
  }
}

/** The parts the notice does not hold: from the base edition when there is one, else TODOs. */
export function carryOver(
  options: { base?: Edition; baseName?: string },
  inNotice: (s: string) => boolean,
  organisers: { id: string; name: string }[],
  slogans: { id: string; text: string }[],
  notes: string[]
): Record<string, unknown> {
  const base = options.base
  const from = options.baseName ?? 'the earlier edition'
  if (!base) {
    return {
      channels: todo('the complaint channels (12315, 12345): see an earlier edition; every fact with its source'),
      complaintGuide: todo('我该找谁？ questions and outcomes: see an earlier edition'),
      complaintPrep: todo('what to prepare before a complaint: see an earlier edition'),
      categories: todo('event categories [{"id", "name"}]'),
      events: [templateEvent()],
      // Public source entries the quiz bank (<year>.quiz.json) refers to; none without a bank.
      sources: []
    }
  }

  // A notice quote of the base that this notice does not hold becomes a TODO.
  const source = (s: Source, what: string): Source | string =>
    s.kind === 'notice' && !inNotice(s.quote)
      ? todo(`source of ${what}: the quote “${s.quote.slice(0, 40)}” is not in this notice`)
      : s
  const channels = base.channels.map((c) => ({ ...c, sources: c.sources.map((s) => source(s, `channel ${c.id}`)) }))
  const complaintGuide = { ...base.complaintGuide, outcomes: base.complaintGuide.outcomes.map((o) => ({ ...o, source: source(o.source, `outcome ${o.id}`) })) }
  const prep = base.complaintPrep
  const complaintPrep = {
    ...prep,
    source: source(prep.source, 'complaintPrep'),
    kinds: prep.kinds.map((k) => ({ ...k, source: source(k.source, `kind ${k.id}`) })),
    afterSubmit: { ...prep.afterSubmit, source: source(prep.afterSubmit.source, 'afterSubmit') }
  }
  notes.push(`carried over from ${from} (not in the notice; check they still hold): channels, complaintGuide, complaintPrep, categories, sources`)

  const organiserIds = new Set(organisers.map((o) => o.id))
  const baseSlogans = new Map(base.slogans.items.map((s) => [s.id, s.text]))
  const sloganByText = new Map(slogans.map((s) => [s.text, s.id]))
  const kept: string[] = []
  const dropped: string[] = []
  const events = base.events.flatMap((e: CampaignEvent) => {
    const description = e.description.filter(inNotice)
    if (!description.length) { dropped.push(e.id); return [] }
    kept.push(e.id)
    const sloganIds = (e.sloganIds ?? []).map((id) => sloganByText.get(baseSlogans.get(id) ?? '')).filter((id): id is string => !!id)
    return [{
      id: e.id,
      title: e.title,
      summary: e.summary,
      organiserId: organiserIds.has(e.organiserId) ? e.organiserId : todo(`the id of its organiser (was "${e.organiserId}" in ${from}, not an organiser of this notice)`),
      categoryId: e.categoryId,
      description,
      dates: [todoDate()],
      ...(sloganIds.length ? { sloganIds } : {})
    }]
  })
  if (kept.length) notes.push(`events carried over from ${from} (their sentences are in this notice; dates to fill in): ${kept.join(', ')}`)
  if (dropped.length) notes.push(`events of ${from} left out (none of their sentences is in this notice): ${dropped.join(', ')}`)
  return {
    channels,
    complaintGuide,
    complaintPrep,
    categories: base.categories,
    events: events.length ? events : [templateEvent()],
    sources: base.sources ?? []
  }
}
