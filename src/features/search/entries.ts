/**
 * What is searchable in an edition, as search entries. Pure (the notice's outline comes
 * from content/outline.ts), so the benchmark can build them in Node.
 *
 * - events: title, then summary;
 * - organisers: name; activities: each sentence of 附件1, with its organiser;
 * - slogans: the 口号 page itself, and each slogan of 附件2; both open the 口号 page (a slogan
 *   at that slogan). Each is also found by the word 口号 (its label, searched but not marked);
 * - notice: the header, section headings and paragraphs of the body (附件1 and 附件2 are
 *   searched as organisers, activities and slogans, not twice);
 * - channels: each complaint channel (its name and 受理范围, found also by the words of
 *   ./channel-words), opening the 投诉 tab at its card; then 我该找谁？, found whenever a channel
 *   is (its labels are the channels' texts and words) and by its own questions;
 * - contact: the campaign's contact person as the notice prints them, said to be that (the
 *   year's 质量月活动联系人), opening the notice at the paragraph that prints them.
 */
import type { Edition } from '@/content'
import type { NoticeSection } from '@/content/outline'
import type { SearchEntry } from './model'
import { channelKeywords } from './channel-words'

export function editionEntries(
  edition: Edition,
  outline: readonly NoticeSection[],
  anchors: { top: string }
): SearchEntry[] {
  const entries: SearchEntry[] = [...channelEntries(edition), contactEntry(edition, outline, anchors)]
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

function channelEntries(edition: Edition): SearchEntry[] {
  const channels = edition.channels.map((c): SearchEntry => {
    const ways = [`电话 ${c.hotline}`]
    if (c.web) ways.push(`网址 ${c.web}`)
    if (c.miniProgram) ways.push(`微信小程序“${c.miniProgram.name}”`)
    return {
      kind: 'channel',
      key: c.id,
      target: { to: 'complaints', at: c.id },
      fields: [{ text: `${c.short} · ${c.name}`, rank: 0 }, { text: `受理：${c.handles.join('；')}`, rank: 1 }],
      keywords: channelKeywords(c.id),
      context: ways.join(' · ')
    }
  })
  const guide = edition.complaintGuide
  const guideEntry: SearchEntry = {
    kind: 'channel',
    key: 'guide',
    target: { to: 'complaints', at: 'guide' },
    fields: [
      { text: '我该找谁？', rank: 0 },
      ...guide.questions.flatMap((q) => [q.text, ...q.answers.map((a) => a.label)]).map((text) => ({ text, rank: 1 as const }))
    ],
    // Wherever a channel is found, so is the guide that helps choose between them.
    labels: [...new Set(channels.flatMap((c) => c.fields.map((f) => f.text)))],
    keywords: [...new Map(channels.flatMap((c) => c.keywords ?? []).map((k) => [k.word, { word: k.word, rank: 1 as const }])).values()],
    last: true,
    context: `回答几个问题，看看该找${edition.channels.map((c) => c.short).join('还是')}`
  }
  return channels.length ? [...channels, guideEntry] : []
}

function contactEntry(edition: Edition, outline: readonly NoticeSection[], anchors: { top: string }): SearchEntry {
  const { contact } = edition
  // The paragraph of the notice that prints the contact (联系人：…；电话：…).
  const paragraph = outline.flatMap((s) => s.paragraphs).find((p) => p.text.includes(contact.phone))
  return {
    kind: 'contact',
    key: 'contact',
    target: { to: 'notice', anchor: paragraph?.id ?? anchors.top },
    fields: contact.printed.map((text, i) => ({ text, rank: i === 0 ? 0 : 1 })),
    context: `${edition.campaign.month.slice(0, 4)}年质量月活动联系人`
  }
}
