/**
 * Organisers with their events, and the public sources of the facts the bundle adds to the
 * notice. Pure: no Taro, no React. (The notice as a document outline, with its anchors, is
 * content/outline.ts.)
 */
import type { CampaignEvent, Edition, Organiser, Source } from '@/content'
import { ID_PATTERN } from '@/content/ids'
import type { PublicSource } from '@/lib/sources'

// ------------------------------------------------------------------------------------------
// Organisers

export type OrganiserLookup =
  | { found: true; organiser: Organiser; events: CampaignEvent[] }
  | { found: false; reason: 'missing' | 'malformed' | 'unknown'; id: string }

/** The organiser with `id` and its events, or why there is none (for a helpful message). */
export function lookupOrganiser(edition: Edition, id: string | undefined): OrganiserLookup {
  const raw = (id ?? '').trim()
  if (!raw) return { found: false, reason: 'missing', id: '' }
  if (!ID_PATTERN.test(raw)) return { found: false, reason: 'malformed', id: raw }
  const organiser = edition.organisers.find((o) => o.id === raw)
  if (!organiser) return { found: false, reason: 'unknown', id: raw }
  return { found: true, organiser, events: edition.events.filter((e) => e.organiserId === raw) }
}

/** How many events each organiser has in the calendar. */
export function eventCounts(edition: Edition): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const o of edition.organisers) counts[o.id] = 0
  for (const e of edition.events) counts[e.organiserId] = (counts[e.organiserId] ?? 0) + 1
  return counts
}

// ------------------------------------------------------------------------------------------
// Sources of added facts

export type SourceUse = { fact: string; confidence: PublicSource['confidence'] }

export type SourceRow = {
  /** Entries of the bundle's `sources` (the quiz's): their id, the anchor's end (sourceRowAnchor). */
  id?: string
  /** Their recorded words. */
  excerpts?: string[]
  publisher: string
  title: string
  url?: string
  /** The facts it supports, in bundle order, each with its confidence. */
  uses: SourceUse[]
}

/**
 * Every public source in the bundle (campaign, event dates, channels), one row per distinct
 * publisher + title + url, with the facts it is used for.
 */
export function publicSources(edition: Edition): SourceRow[] {
  const rows: SourceRow[] = []
  const add = (source: Source, fact: string) => {
    if (source.kind !== 'public') return
    let row = rows.find((r) => r.publisher === source.publisher && r.title === source.title && r.url === source.url)
    if (!row) {
      row = { publisher: source.publisher, title: source.title, ...(source.url ? { url: source.url } : {}), uses: [] }
      rows.push(row)
    }
    if (!row.uses.some((u) => u.fact === fact && u.confidence === source.confidence)) row.uses.push({ fact, confidence: source.confidence })
  }
  add(edition.campaign.source, `活动时间：${edition.campaign.name}`)
  for (const e of edition.events) {
    for (const d of e.dates) add(d.source, `活动日期：${e.title}`)
  }
  for (const c of edition.channels) {
    for (const s of c.sources) add(s, `投诉渠道：${c.short} ${c.name}`)
    const mp = c.miniProgram
    if (mp?.linkSource && (mp.shortLink || mp.appId)) add(mp.linkSource, `“${mp.name}”小程序的链接：${mp.shortLink || mp.appId}`)
  }
  // The sources the quiz quotes, each its own row with its id and words.
  for (const s of edition.sources) {
    rows.push({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      ...(s.url ? { url: s.url } : {}),
      excerpts: s.excerpts,
      uses: [{ fact: '质量知识问答', confidence: s.confidence }]
    })
  }
  return rows
}

/** The element id of a source row in 关于本程序 (the quiz links there). */
export const sourceRowAnchor = (id: string) => `source-${id}`
