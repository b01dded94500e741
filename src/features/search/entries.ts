/**
 * What is searchable in an edition, as search entries. Pure (the notice's outline comes
 * from content/outline.ts), so the benchmark can build them in Node.
 *
 * - events: title, then summary;
 * - organisers: name; activities: each sentence of 附件1, with its organiser;
 * - slogans: the 口号 page itself, and each slogan of 附件2; both open the 口号 page (a slogan
 *   at that slogan). Each is also found by the word 口号 (its label, searched but not marked);
 * - notice: the header, section headings and paragraphs of the body (附件1 and 附件2 are
 *   searched as organisers, activities and slogans, not twice).
 */
import type { Edition } from '@/content'
import type { NoticeSection } from '@/content/outline'
import type { SearchEntry } from './model'

export function editionEntries(
  edition: Edition,
  outline: readonly NoticeSection[],
  anchors: { top: string }
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

  // The 口号 page first: its heading (2021年“质量月”活动口号) is a title match for 口号.
  entries.push({
    kind: 'slogan',
    key: 'slogans-page',
    target: { to: 'slogans' },
    fields: [{ text: edition.slogans.heading, rank: 0 }, { text: edition.slogans.theme, rank: 1 }],
    context: `口号页 · 主题与全部${edition.slogans.items.length}条口号`
  })
  for (const s of edition.slogans.items) {
    entries.push({
      kind: 'slogan',
      key: s.id,
      target: { to: 'slogans', id: s.id },
      fields: [{ text: s.text, rank: 0 }],
      // 口号 finds every slogan, though no slogan contains the word.
      labels: ['口号', '活动口号'],
      context: `附件2 · 第${s.number}条口号`
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
