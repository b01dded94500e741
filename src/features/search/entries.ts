/**
 * What is searchable in an edition, as search entries. Pure (the notice's outline comes
 * from content/outline.ts), so the benchmark can build them in Node.
 *
 * - events: title, then summary;
 * - organisers: name; activities: each sentence of 附件1, with its organiser;
 * - slogans: each slogan of 附件2 (they open the notice at the slogan);
 * - notice: the header, section headings and paragraphs of the body (附件1 and 附件2 are
 *   searched as organisers, activities and slogans, not twice).
 */
import type { Edition } from '@/content'
import type { NoticeSection } from '@/content/outline'
import type { SearchEntry } from './model'

export function editionEntries(
  edition: Edition,
  outline: readonly NoticeSection[],
  anchors: { top: string; slogan: (id: string) => string }
): SearchEntry[] {
  const entries: SearchEntry[] = []
  const organiserName = new Map(edition.organisers.map((o) => [o.id, o.name]))

  for (const e of edition.events) {
    entries.push({
      kind: 'event',
      key: e.id,
      target: { to: 'event', id: e.id },
      fields: [{ text: e.title, rank: 0 }, { text: e.summary, rank: 1 }],
      context: organiserName.get(e.organiserId)
    })
  }

  for (const o of edition.organisers) {
    entries.push({
      kind: 'organiser',
      key: o.id,
      target: { to: 'organiser', id: o.id },
      fields: [{ text: o.name, rank: 0 }],
      context: `附件1 第${o.number}项 · ${o.activities.length}项主要活动`
    })
    o.activities.forEach((a, i) => {
      entries.push({
        kind: 'activity',
        key: `${o.id}-${i + 1}`,
        target: { to: 'organiser', id: o.id },
        fields: [{ text: a, rank: 0 }],
        context: o.name
      })
    })
  }

  for (const s of edition.slogans.items) {
    entries.push({
      kind: 'slogan',
      key: s.id,
      target: { to: 'notice', anchor: anchors.slogan(s.id) },
      fields: [{ text: s.text, rank: 0 }],
      context: `口号${s.number}`
    })
  }

  const doc = edition.document
  entries.push({
    kind: 'notice',
    key: 'header',
    target: { to: 'notice', anchor: anchors.top },
    fields: [
      { text: doc.title, rank: 0 },
      { text: doc.number, rank: 0 },
      { text: doc.heading, rank: 1 },
      { text: doc.dateText, rank: 1 },
      { text: doc.disclosure, rank: 1 }
    ],
    context: '文头'
  })
  for (const section of outline) {
    if (section.id === 'attachment-1' || section.id === 'attachment-2') continue
    if (section.title) {
      entries.push({
        kind: 'notice',
        key: section.anchor,
        target: { to: 'notice', anchor: section.anchor },
        fields: [{ text: section.title, rank: 0 }],
        context: '标题'
      })
    }
    for (const p of section.paragraphs) {
      const fields: SearchEntry['fields'] = []
      if (p.lead) fields.push({ text: p.lead, rank: 0 })
      if (p.text) fields.push({ text: p.text, rank: 1 })
      entries.push({ kind: 'notice', key: p.id, target: { to: 'notice', anchor: p.id }, fields, context: p.label })
    }
  }
  return entries
}
