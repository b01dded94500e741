/**
 * Drafts a new edition from the text of a provincial 质量月 notice (npm run content:new).
 *
 * The notice's usual layout, in order:
 *   文头 (…文件), 文号 (…〔2021〕5号), 标题 (…关于开展…的通知), 主送单位 (…：), 导语;
 *   一、活动主题 and the theme; 二、活动内容 with its points （一）…; 三、活动要求 with its points,
 *   then the closing paragraphs; 联系人 lines; 附件：1.… 2.…; 落款 (issuer, date, (此件主动公开));
 *   附件1: its title and the organisers 一、省市场监管局。activities…;
 *   附件2: its title, 主题：…, 口号： 1. … 2. ….
 * The text is the notice as copied from its PDF: a blank line between paragraphs, page breaks
 * inside sentences, spaces the PDF puts between 汉字 and digits. The draft joins a paragraph
 * that does not end a sentence with the next line (a page break), removes spaces touching Chinese
 * in prose (keeping those inside “…” quotes, as printed), and keeps the single spaces between
 * the halves of the theme and slogans — exactly as the 2021 transcription (editions/2021.json).
 *
 * What the notice does not say is written as a TODO value (todo.ts), which content:check rejects
 * until an editor fills it in: event dates, scopes and sources, the bundle version, organiser ids
 * not known from an earlier edition, and, with no earlier edition to start from, the channels,
 * the complaint guide, categories and events. Given an earlier edition (`base`), the parts that
 * are not in the notice are carried over from it (organiser ids by name; channels, complaint guide
 * and preparation; categories; events whose sentences are in the new notice, with TODO dates).
 *
 * Pure (no file system): the CLI is scripts/content-new.ts. A notice missing a part of the layout
 * throws a NoticeError naming the part and the line. The text is cleaned by notice-text.ts, each
 * part read by notice-parts.ts, and what the notice does not say comes from carry-over.ts.
 */
import type { Edition } from '../../src/content/schema'
import { todo, todoProblems } from './todo'
import type { Problem } from './problem'
import { readLines, squash } from './notice-text'
import {
  findLandmarks, Notice, readCampaign, readContact, readHeader, readOrganisers, readSections, readSignature, readSlogans, readTheme
} from './notice-parts'
import { carryOver, noticeWords } from './carry-over'

/** Thrown when a part of the layout is missing or unreadable, naming the part and the line. */
export { NoticeError } from './notice-parts'

export type DraftOptions = {
  /** An earlier edition to carry over what the notice does not say. */
  base?: Edition
  /** How the report names the base, e.g. editions/2021.json. */
  baseName?: string
}

export type Draft = {
  year: number
  /** The drafted bundle, as JSON data (not a valid Edition while it holds TODOs). */
  edition: Record<string, unknown>
  /** What was read from the notice, one line each, for the report. */
  derived: string[]
  /** Lines (1-based) where a paragraph split by a page break was joined with the next line. */
  joins: number[]
  /** What was carried over from the base, and anything the editor should look at. */
  notes: string[]
  /** Every TODO left in the draft, as content:check will report it. */
  todos: Problem[]
}

/** Drafts an edition from the notice's text; throws NoticeError when a part of the layout is missing. */
export function draftEdition(noticeText: string, options: DraftOptions = {}): Draft {
  const { lines, end, pageNumbers } = readLines(noticeText)
  const doc = new Notice(lines, end)
  const { notes } = doc
  if (pageNumbers.length) notes.push(`page numbers left out (lines ${pageNumbers.join(', ')})`)

  const at = findLandmarks(doc)
  const header = readHeader(doc, at)
  const { title, preamble, year } = header
  const theme = readTheme(doc, at)
  const sections = readSections(doc, at)
  const contact = readContact(doc, at)
  const signature = readSignature(doc, at, header.issuer)
  const { attachments } = signature
  const attachment1 = readOrganisers(doc, at, options.base)
  const { organisers } = attachment1
  const slogans = readSlogans(doc, at, theme)
  const campaign = readCampaign(title, preamble, year)

  const work = sections.work.points
  const requirements = sections.requirements.points
  const inNotice = noticeWords({
    title, preamble, theme, work, requirements, closing: sections.closing,
    organisers: organisers.map((o) => ({ name: o.name, activities: o.activities })),
    slogans: slogans.items.map((s) => s.text)
  })
  const carried = carryOver(options, inNotice, organisers, slogans.items, notes)

  const edition: Record<string, unknown> = {
    schemaVersion: 1,
    bundleVersion: todo(`${year}.1.0 when the edition is complete; raise it on every later change`),
    document: {
      heading: header.heading,
      issuer: header.issuer,
      number: header.number,
      title,
      date: signature.date,
      dateText: signature.dateText,
      disclosure: signature.disclosure,
      addressees: header.addressees,
      preamble
    },
    campaign: campaign.campaign,
    theme,
    sections: {
      theme: { heading: sections.themeHeading },
      work: sections.work,
      requirements: sections.requirements,
      closing: sections.closing
    },
    contact,
    attachments,
    organisers,
    slogans,
    ...carried
  }

  // What the notice says twice, and disagrees on.
  if (attachment1.title && squash(attachment1.title) !== squash(attachments[0]?.title ?? '')) {
    notes.push(`附件1's own title “${attachment1.title}” differs from the list of attachments: “${attachments[0]?.title}”`)
  }
  if (squash(slogans.heading) !== squash(attachments[1]?.title ?? '')) {
    notes.push(`附件2's own title “${slogans.heading}” differs from the list of attachments: “${attachments[1]?.title}”`)
  }
  if (signature.dateYear !== year) notes.push(`the notice is dated ${signature.dateYear} but its title names ${year}`)
  if (slogans.theme !== theme) notes.push(`附件2's theme “${slogans.theme}” differs from 一、活动主题 “${theme}”`)

  const derived = [
    `year ${year}; document ${header.number}, dated ${signature.date}, issued by ${header.issuer}`,
    campaign.report,
    `theme: ${theme}`,
    `${work.length} points of ${sections.work.heading}, ${requirements.length} of ${sections.requirements.heading}, ${sections.closing.length} closing paragraph(s)`,
    `contact: ${contact.printed.join(' / ')}`,
    `attachments: ${attachments.map((a) => `${a.number}. ${a.title}`).join('; ')}`,
    `${organisers.length} organisers with ${organisers.reduce((n, o) => n + o.activities.length, 0)} activities (附件1)`,
    `${slogans.items.length} slogans (附件2)`
  ]
  const uniqueJoins = [...new Set(doc.joins)].sort((a, b) => a - b)
  return { year, edition, derived, joins: uniqueJoins, notes, todos: todoProblems(edition) }
}
