/**
 * The notice as a document outline, organisers with their events, and the public sources
 * of the facts the bundle adds to the notice. Pure: no Taro, no React.
 *
 * Every paragraph has a stable anchor id, used by the table of contents, by search results
 * (which open the notice at a paragraph) and by the rendered document (element ids).
 */
import type { CampaignEvent, Edition, Organiser, Source } from '@/content'

export type NoticeSectionId = 'intro' | 'theme' | 'work' | 'requirements' | 'closing' | 'attachment-1' | 'attachment-2'

export type NoticeParagraph = {
  /** Anchor id, unique in the document, e.g. notice-work-1. */
  id: string
  section: NoticeSectionId
  /** Where it is in the notice, for search results, e.g. 二、活动内容（一）. */
  label: string
  /** A bold opening, e.g. （一）持续开展质量提升行动，促进产品和服务质量提升。 */
  lead?: string
  /** The rest of the paragraph ('' when the lead is all of it). */
  text: string
  /** 附件1 paragraphs: the organiser they list. */
  organiserId?: string
  /** Short lines that are not worth a copy action of their own (the attachment list, 主题：). */
  plain?: boolean
}

export type NoticeSection = {
  id: NoticeSectionId
  /** Anchor id of the section (its heading, or its first line). */
  anchor: string
  /** Heading as printed; none for the opening and the closing. */
  title?: string
  /** Label in the table of contents. */
  toc: string
  paragraphs: NoticeParagraph[]
}

/** Anchor of the document's header (文头). */
export const NOTICE_TOP = 'notice-top'

export const sectionAnchor = (id: NoticeSectionId) => `notice-section-${id}`

/** The notice, section by section, in printed order. */
export function noticeOutline(edition: Edition): NoticeSection[] {
  const { document: doc, sections } = edition
  const [att1, att2] = edition.attachments
  const points = (id: 'work' | 'requirements', heading: string, list: Edition['sections']['work']['points']): NoticeParagraph[] =>
    list.map((p, i) => ({ id: `notice-${id}-${i + 1}`, section: id, label: `${heading}${p.number}`, lead: `${p.number}${p.title}`, text: p.text }))
  return [
    {
      id: 'intro',
      anchor: sectionAnchor('intro'),
      toc: '主送单位与导语',
      paragraphs: [
        { id: 'notice-addressees', section: 'intro', label: '主送单位', text: doc.addressees },
        { id: 'notice-preamble', section: 'intro', label: '导语', text: doc.preamble }
      ]
    },
    {
      id: 'theme',
      anchor: sectionAnchor('theme'),
      title: sections.theme.heading,
      toc: sections.theme.heading,
      paragraphs: [{ id: 'notice-theme', section: 'theme', label: sections.theme.heading, text: edition.theme }]
    },
    {
      id: 'work',
      anchor: sectionAnchor('work'),
      title: sections.work.heading,
      toc: sections.work.heading,
      paragraphs: points('work', sections.work.heading, sections.work.points)
    },
    {
      id: 'requirements',
      anchor: sectionAnchor('requirements'),
      title: sections.requirements.heading,
      toc: sections.requirements.heading,
      paragraphs: points('requirements', sections.requirements.heading, sections.requirements.points)
    },
    {
      id: 'closing',
      anchor: sectionAnchor('closing'),
      toc: '结语、联系人与附件',
      paragraphs: [
        ...sections.closing.map((text, i): NoticeParagraph => ({ id: `notice-closing-${i + 1}`, section: 'closing', label: '结语', text })),
        ...edition.contact.printed.map((text, i): NoticeParagraph => ({ id: `notice-contact-${i + 1}`, section: 'closing', label: '联系人', text })),
        ...edition.attachments.map((a, i): NoticeParagraph => ({
          id: `notice-attachment-list-${a.number}`,
          section: 'closing',
          label: '附件',
          text: `${i === 0 ? '附件：' : ''}${a.number}.${a.title}`,
          plain: true
        }))
      ]
    },
    {
      id: 'attachment-1',
      anchor: sectionAnchor('attachment-1'),
      title: `附件${att1.number}　${att1.title}`,
      toc: `附件${att1.number}　主办单位开展的主要活动`,
      paragraphs: edition.organisers.map((o) => ({
        id: organiserAnchor(o.id),
        section: 'attachment-1',
        label: `附件${att1.number} · ${o.name}`,
        lead: `${o.number}、${o.name}。`,
        text: o.activities.join(''),
        organiserId: o.id
      }))
    },
    {
      id: 'attachment-2',
      anchor: sectionAnchor('attachment-2'),
      title: `附件${att2.number}　${att2.title}`,
      toc: `附件${att2.number}　活动口号`,
      paragraphs: [
        { id: 'notice-slogan-theme', section: 'attachment-2', label: `附件${att2.number} · 主题`, lead: '主题：', text: edition.slogans.theme },
        { id: 'notice-slogan-heading', section: 'attachment-2', label: `附件${att2.number}`, text: '口号：', plain: true },
        ...edition.slogans.items.map((s): NoticeParagraph => ({
          id: sloganAnchor(s.id),
          section: 'attachment-2',
          label: `附件${att2.number} · 口号${s.number}`,
          text: `${s.number}. ${s.text}`
        }))
      ]
    }
  ]
}

export const organiserAnchor = (id: string) => `notice-organiser-${id}`
export const sloganAnchor = (id: string) => `notice-slogan-${id}`

/** What 复制 puts on the clipboard: the paragraph as printed. */
export function paragraphText(p: NoticeParagraph): string {
  return `${p.lead ?? ''}${p.text}`
}

/** True when `anchor` is the header, a section or a paragraph of the outline. */
export function hasAnchor(outline: readonly NoticeSection[], anchor: string): boolean {
  return anchor === NOTICE_TOP || outline.some((s) => s.anchor === anchor || s.paragraphs.some((p) => p.id === anchor))
}

/** The header lines as printed (文头, 文号, 标题) and the signature (落款). */
export function noticeHeader(edition: Edition) {
  const doc = edition.document
  return {
    heading: doc.heading,
    number: doc.number,
    title: doc.title,
    signature: [doc.issuer, doc.dateText, `（${doc.disclosure}）`]
  }
}

// ------------------------------------------------------------------------------------------
// Organisers

/** Organiser ids are lowercase words with dashes (schema Id). */
const ORGANISER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type OrganiserLookup =
  | { found: true; organiser: Organiser; events: CampaignEvent[] }
  | { found: false; reason: 'missing' | 'malformed' | 'unknown'; id: string }

/** The organiser with `id` and its events, or why there is none (for a helpful message). */
export function lookupOrganiser(edition: Edition, id: string | undefined): OrganiserLookup {
  const raw = (id ?? '').trim()
  if (!raw) return { found: false, reason: 'missing', id: '' }
  if (!ORGANISER_ID.test(raw)) return { found: false, reason: 'malformed', id: raw }
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

type PublicSource = Extract<Source, { kind: 'public' }>

export const CONFIDENCE_LABEL: Record<PublicSource['confidence'], string> = {
  certain: '确定',
  high: '高',
  'medium-high': '较高',
  medium: '中等'
}

export type SourceUse = { fact: string; confidence: PublicSource['confidence'] }

export type SourceRow = {
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
  return rows
}
