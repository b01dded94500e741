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
 * throws a NoticeError naming the part and the line.
 */
import type { CampaignEvent, Edition, Source } from '../../src/content/schema'
import { todo, todoProblems } from './todo'
import type { Problem } from './problem'

/** A part of the layout the notice lacks or that cannot be read, with the line to look at (1-based). */
export class NoticeError extends Error {
  constructor(readonly part: string, readonly line: number, readonly detail: string) {
    super(`line ${line}: ${part}: ${detail}`)
    this.name = 'NoticeError'
  }
}

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

// ---------------------------------------------------------------------------------------------
// Text

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff'
const MARKS = '\\u3000-\\u303f\\uff00-\\uffef“”‘’…—'
const CJK = `${HAN}${MARKS}`
const SP = '[ \\t\\u00a0\\u3000]+'
/** A space between Chinese and a digit or latin letter: the PDF's, never the notice's. */
const SPACE_BY_DIGIT = new RegExp(`(?<=[${CJK}])${SP}(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])${SP}(?=[${CJK}])`, 'g')
/** Any space touching Chinese (prose outside quotes: line wraps and page breaks). */
const SPACE_BY_CHINESE = new RegExp(`(?<=[${CJK}])${SP}|${SP}(?=[${CJK}])`, 'g')

/** A sentence of the notice: no spaces touching Chinese, except inside “…” (kept as printed, but for the digits rule). */
export function normaliseProse(s: string): string {
  return s
    .split(/(“[^”]*”)/)
    .map((part) => (part.startsWith('“') ? part.replace(SPACE_BY_DIGIT, '') : part.replace(SPACE_BY_CHINESE, '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A theme or slogan: halves separated by one plain space, no PDF spaces by digits. */
export function normalisePhrase(s: string): string {
  return s.replace(SPACE_BY_DIGIT, '').replace(/[\s\u3000]+/g, ' ').trim()
}

const squash = (s: string) => s.replace(/\s+/g, '')

/** Where a paragraph may end: anything else before a new line is a page break inside a sentence. */
const ENDS_PARAGRAPH = /[。！？；：:）)]$/

/** Sentences of a paragraph, each ending with 。！？ outside quotes and book-title marks. */
export function sentences(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '“' || ch === '《' || ch === '（') depth++
    else if ((ch === '”' || ch === '》' || ch === '）') && depth > 0) depth--
    else if (depth === 0 && (ch === '。' || ch === '！' || ch === '？')) {
      out.push(s.slice(start, i + 1).trim())
      start = i + 1
    }
  }
  const rest = s.slice(start).trim()
  if (rest) out.push(rest)
  return out.filter(Boolean)
}

/** The first sentence and the rest. */
function firstSentence(s: string): [string, string] {
  const [first, ...rest] = sentences(s)
  return [first ?? '', rest.join('')]
}

const NUMERALS = '零一二三四五六七八九'
/** 一 → 1, 十 → 10, 十九 → 19, 二十一 → 21 (up to 99); NaN otherwise. */
export function chineseNumber(s: string): number {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s)
  if (!m || s === '') return NaN
  if (!m[2]) return m[1] && !m[3] ? NUMERALS.indexOf(m[1]) : NaN
  return (m[1] ? NUMERALS.indexOf(m[1]) : 1) * 10 + (m[3] ? NUMERALS.indexOf(m[3]) : 0)
}

// ---------------------------------------------------------------------------------------------
// Lines and paragraphs

type Line = { n: number; text: string }
type Para = { n: number; last: number; text: string }

const PAGE_NUMBER = /^[-－—–]\s*\d+\s*[-－—–]$/

function readLines(text: string): { lines: Line[]; end: number; pageNumbers: number[] } {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const lines: Line[] = []
  const pageNumbers: number[] = []
  raw.forEach((l, i) => {
    const t = l.trim()
    if (!t) return
    if (PAGE_NUMBER.test(t)) pageNumbers.push(i + 1)
    else lines.push({ n: i + 1, text: t })
  })
  return { lines, end: raw.length, pageNumbers }
}

/**
 * Paragraphs of `lines`: a line is joined to the paragraph before it when that paragraph does not
 * end a sentence and the line does not start a new numbered part (`starts`). Joined lines are
 * recorded in `joins`.
 */
function paragraphs(lines: Line[], starts: (t: string) => boolean, joins: number[]): Para[] {
  const out: Para[] = []
  for (const l of lines) {
    const prev = out[out.length - 1]
    if (prev && !ENDS_PARAGRAPH.test(prev.text) && !starts(l.text)) {
      joins.push(prev.last)
      prev.text += l.text
      prev.last = l.n
    } else {
      out.push({ n: l.n, last: l.n, text: l.text })
    }
  }
  return out
}

const POINT = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*/
const ORGANISER = /^([一二三四五六七八九十]+)、\s*/
const NUMBERED = /^(\d+)\s*[.．、]\s*/
const CONTACT = /^联\s*系\s*人\s*[：:]/
const ATTACHMENT_LIST = /^附\s*件\s*[：:]\s*/
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/
const DISCLOSURE = /^[（(]\s*(此件.+?)\s*[)）]$/
const SLOGAN_THEME = /^主\s*题\s*[：:]\s*/
const SLOGAN_LIST = /^口\s*号\s*[：:]\s*/

const pad = (n: number) => String(n).padStart(2, '0')

function monthBounds(year: number, month: number): [string, string] {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return [`${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(days)}`]
}

// ---------------------------------------------------------------------------------------------
// The notice's parts, each read by its own function, in the order of the notice

/** The notice's lines, and what reading its parts collects: joined lines and notes for the editor. */
class Notice {
  readonly joins: number[] = []
  readonly notes: string[] = []
  private readonly lastLine: number

  constructor(readonly lines: Line[], end: number) {
    this.lastLine = lines.length ? lines[lines.length - 1].n : end
  }

  /** Index of the first line in [from, to) that matches `re`, or -1. */
  find(from: number, to: number, re: RegExp): number {
    for (let i = from; i < to; i++) if (re.test(this.lines[i].text)) return i
    return -1
  }

  /** Stops the draft: `part` of the layout is missing or unreadable at line index `i`. */
  fail(part: string, i: number, detail: string): never {
    throw new NoticeError(part, i < this.lines.length ? this.lines[i].n : this.lastLine, detail)
  }

  /** Stops the draft at the first line of paragraph `p`. */
  failAt(part: string, p: Para, detail: string): never {
    return this.fail(part, this.lines.findIndex((l) => l.n === p.n), detail)
  }

  paragraphs(lines: Line[], starts: (t: string) => boolean): Para[] {
    return paragraphs(lines, starts, this.joins)
  }
}

/** Line indexes of the headings and lines the layout is found by. */
type Landmarks = {
  theme: number; work: number; requirements: number; contact: number
  attachmentList: number; date: number; attachment1: number; attachment2: number
}

function findLandmarks(doc: Notice): Landmarks {
  const { lines } = doc
  const theme = doc.find(0, lines.length, /^一、/)
  if (theme < 0) doc.fail('一、活动主题', lines.length, 'no heading starting with “一、” (the theme section); is this a 质量月 notice in the usual layout?')
  const work = doc.find(theme + 1, lines.length, /^二、/)
  if (work < 0) doc.fail('二、活动内容', theme, `no heading starting with “二、” after this line (“${lines[theme].text}”)`)
  const requirements = doc.find(work + 1, lines.length, /^三、/)
  if (requirements < 0) doc.fail('三、活动要求', work, `no heading starting with “三、” after this line (“${lines[work].text}”)`)
  const contact = doc.find(requirements + 1, lines.length, CONTACT)
  if (contact < 0) doc.fail('联系人', requirements, 'no contact line starting with “联系人：” after this line (三、) and its points')
  const extra = doc.find(requirements + 1, contact, /^四、/)
  if (extra >= 0) doc.fail('三、活动要求', extra, `a fourth section “${lines[extra].text}”: the edition has 一、二、三 only (move it by hand)`)
  const attachmentList = doc.find(contact + 1, lines.length, ATTACHMENT_LIST)
  if (attachmentList < 0) doc.fail('附件目录', contact, 'no line starting with “附件：” (the list of attachments) after this line (the contact)')
  const date = doc.find(attachmentList + 1, lines.length, DATE_LINE)
  if (date < 0) doc.fail('落款日期', attachmentList, 'no date line like “2021年9月6日” after this line (the list of attachments)')
  const attachment1 = doc.find(date + 1, lines.length, /^附\s*件\s*1$/)
  if (attachment1 < 0) doc.fail('附件1', date, 'no line “附件1” (the organisers and their activities) after this line (the date)')
  const attachment2 = doc.find(attachment1 + 1, lines.length, /^附\s*件\s*2$/)
  if (attachment2 < 0) doc.fail('附件2', attachment1, 'no line “附件2” (the slogans) after this line (附件1)')
  return { theme, work, requirements, contact, attachmentList, date, attachment1, attachment2 }
}

/** 文头, 文号, 标题, 主送单位 and 导语: the lines before 一、; the year is the title's. */
function readHeader(doc: Notice, at: Landmarks) {
  const header = doc.lines.slice(0, at.theme)
  const iHeading = header.findIndex((l) => /文件$/.test(l.text))
  if (iHeading < 0) doc.fail('文头', 0, 'no heading line ending with “文件” (e.g. 海南省质量强省工作领导小组办公室文件) before “一、”')
  const heading = normaliseProse(header[iHeading].text)
  const issuer = heading.replace(/文件$/, '')
  const iNumber = header.findIndex((l, i) => i > iHeading && /〔\s*\d{4}\s*〕\s*\d+\s*号$/.test(l.text))
  if (iNumber < 0) doc.fail('文号', iHeading, 'no document number like “琼质强省办〔2021〕5号” after this line (the heading)')
  const number = normaliseProse(header[iNumber].text).replace(/\s+/g, '')
  const iTitleEnd = header.findIndex((l, i) => i > iNumber && /通知$/.test(l.text))
  if (iTitleEnd < 0 || iTitleEnd > iNumber + 3) doc.fail('标题', iNumber, 'no title ending with “通知” after this line (the document number)')
  const title = normaliseProse(header.slice(iNumber + 1, iTitleEnd + 1).map((l) => l.text).join(''))
  const iAddrEnd = header.findIndex((l, i) => i > iTitleEnd && /[：:]$/.test(l.text))
  if (iAddrEnd < 0) doc.fail('主送单位', iTitleEnd, 'no addressees ending with “：” after this line (the title)')
  const addressees = normaliseProse(header.slice(iTitleEnd + 1, iAddrEnd + 1).map((l) => l.text).join(''))
  const preambleParas = doc.paragraphs(header.slice(iAddrEnd + 1), () => false)
  if (!preambleParas.length) doc.fail('导语', iAddrEnd, 'no opening paragraph between this line (the addressees) and “一、”')
  if (preambleParas.length > 1) doc.notes.push(`the opening has ${preambleParas.length} paragraphs (lines ${preambleParas.map((p) => p.n).join(', ')}); they are joined into document.preamble`)
  const preamble = normaliseProse(preambleParas.map((p) => p.text).join(''))

  const yearMatch = /(\d{4})\s*年/.exec(title)
  if (!yearMatch) doc.fail('标题', iTitleEnd, `no year like “2021年” in the title “${title}”`)
  const year = Number((yearMatch as RegExpExecArray)[1])
  return { heading, issuer, number, title, addressees, preamble, year }
}

/** 一、活动主题: the lines between its heading and 二、. */
function readTheme(doc: Notice, at: Landmarks): string {
  const themeLines = doc.lines.slice(at.theme + 1, at.work)
  if (!themeLines.length) doc.fail('一、活动主题', at.theme, 'no theme between this heading and “二、”')
  return normalisePhrase(themeLines.map((l) => l.text).join(' '))
}

/** 二、活动内容 and 三、活动要求: numbered points （一）…, then the closing paragraphs. */
function readSections(doc: Notice, at: Landmarks) {
  const { lines } = doc
  const isPoint = (t: string) => POINT.test(t)
  const toPoint = (p: Para, part: string): Point => {
    const m = POINT.exec(p.text) as RegExpExecArray
    const [first, rest] = firstSentence(normaliseProse(p.text.slice(m[0].length)))
    return {
      number: `（${m[1]}）`,
      title: first,
      text: rest || todo(`${part} ${m[1]}: only one sentence was found (line ${p.n}); split it into title and text by hand`)
    }
  }
  const workParas = doc.paragraphs(lines.slice(at.work + 1, at.requirements), isPoint)
  const stray = workParas.find((p) => !isPoint(p.text))
  if (stray) doc.failAt('二、活动内容', stray, `a paragraph that is not a numbered point （一）…: “${stray.text.slice(0, 20)}…”`)
  if (!workParas.length) doc.fail('二、活动内容', at.work, 'no points （一）… under this heading')
  const work = workParas.map((p) => toPoint(p, '二、活动内容'))

  const reqParas = doc.paragraphs(lines.slice(at.requirements + 1, at.contact), isPoint)
  if (!reqParas.length || !isPoint(reqParas[0].text)) doc.fail('三、活动要求', at.requirements, 'no points （一）… under this heading')
  const lastPoint = reqParas.reduce((k, p, i) => (isPoint(p.text) ? i : k), 0)
  const stray2 = reqParas.slice(0, lastPoint).find((p) => !isPoint(p.text))
  if (stray2) doc.failAt('三、活动要求', stray2, `a paragraph between the numbered points: “${stray2.text.slice(0, 20)}…”`)
  const requirements = reqParas.slice(0, lastPoint + 1).map((p) => toPoint(p, '三、活动要求'))
  const closing = reqParas.slice(lastPoint + 1).map((p) => normaliseProse(p.text))
  if (!closing.length) doc.fail('结尾段落', at.contact, 'no closing paragraph between the last requirement and this line (联系人)')
  return {
    themeHeading: normaliseProse(lines[at.theme].text),
    work: { heading: normaliseProse(lines[at.work].text), points: work },
    requirements: { heading: normaliseProse(lines[at.requirements].text), points: requirements },
    closing
  }
}

/** 联系人: the lines as printed, and the person, phone and e-mail found in them. */
function readContact(doc: Notice, at: Landmarks) {
  const printed = doc.paragraphs(doc.lines.slice(at.contact, at.attachmentList), () => true).map((p) => normaliseProse(p.text))
  const contactText = printed.join('；')
  const person = /联系人[：:]\s*([^；;，,\s]+)/.exec(contactText)?.[1]
  const phone = /(0\d{2,3}-\d{7,8}|1\d{10})/.exec(contactText)?.[1]
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(contactText)?.[0]
  return {
    person: person ?? todo('联系人 (not found after “联系人：”)'),
    phone: phone ?? todo('电话, e.g. 0898-65396470 (not found in the contact lines)'),
    email: email ?? todo('电子邮箱 (not found in the contact lines)'),
    printed
  }
}

/** 附件：1.… 2.… and the signature: the issuer (where the list ends), the date, (此件主动公开). */
function readSignature(doc: Notice, at: Landmarks, issuer: string) {
  const { lines } = doc
  const listItems: { number: number; title: string; n: number }[] = []
  for (let i = at.attachmentList; i < at.date; i++) {
    const t = i === at.attachmentList ? lines[i].text.replace(ATTACHMENT_LIST, '') : lines[i].text
    const m = NUMBERED.exec(t)
    if (m) listItems.push({ number: Number(m[1]), title: t.slice(m[0].length), n: lines[i].n })
    else if (normaliseProse(t) === issuer) break
    else if (listItems.length) listItems[listItems.length - 1].title += t
  }
  if (listItems.length < 2) doc.fail('附件目录', at.attachmentList, 'expected the two attachments “附件：1.… 2.…”')
  const attachments = listItems.map((a) => ({ number: a.number, title: normaliseProse(a.title) }))
  const dm = DATE_LINE.exec(lines[at.date].text) as RegExpExecArray
  const [y, m, d] = [Number(dm[1]), Number(dm[2]), Number(dm[3])]
  const disclosureLine = lines.slice(at.date + 1, at.attachment1).map((l) => DISCLOSURE.exec(l.text)).find(Boolean)
  const disclosure = disclosureLine ? normaliseProse(disclosureLine[1]) : todo('公开方式, e.g. 此件主动公开 (no “(此件…)” line was found after the date)')
  return { attachments, date: `${y}-${pad(m)}-${pad(d)}`, dateText: `${y}年${m}月${d}日`, dateYear: y, disclosure }
}

/** 附件1: its title, then the organisers 一、名称。activities…; ids by name from the base edition. */
function readOrganisers(doc: Notice, at: Landmarks, base: Edition | undefined) {
  const isOrganiser = (t: string) => ORGANISER.test(t) && /。/.test(t)
  const att1 = doc.paragraphs(doc.lines.slice(at.attachment1 + 1, at.attachment2), isOrganiser)
  const firstOrg = att1.findIndex((p) => isOrganiser(p.text))
  if (firstOrg < 0) doc.fail('附件1', at.attachment1, 'no organiser like “一、省市场监管局。开展…。” after this line')
  const title = normaliseProse(att1.slice(0, firstOrg).map((p) => p.text).join(''))
  const strayOrg = att1.slice(firstOrg).find((p) => !isOrganiser(p.text))
  if (strayOrg) doc.failAt('附件1', strayOrg, `a paragraph that is not an organiser “一、名称。活动…”: “${strayOrg.text.slice(0, 20)}…”`)
  const baseIds = new Map((base?.organisers ?? []).map((o) => [o.name, o.id]))
  const organisers = att1.slice(firstOrg).map((p, i) => {
    const m = ORGANISER.exec(p.text) as RegExpExecArray
    const [nameWithStop, rest] = firstSentence(normaliseProse(p.text.slice(m[0].length)))
    const name = nameWithStop.replace(/。$/, '')
    if (chineseNumber(m[1]) !== i + 1) doc.notes.push(`附件1 line ${p.n}: organiser numbered ${m[1]}, expected ${'一二三四五六七八九十'[i] ?? i + 1}`)
    const activities = sentences(rest)
    if (!activities.length) doc.failAt('附件1', p, `organiser “${name}” has no activities after its name`)
    return {
      id: baseIds.get(name) ?? todo(`id for ${name}: a lowercase latin slug like "water" (not in an earlier edition)`),
      number: m[1],
      name,
      activities
    }
  })
  return { title, organisers }
}

/** 附件2: its title, 主题：… (else the theme of 一、), then the slogans 1. … 2. …. */
function readSlogans(doc: Notice, at: Landmarks, theme: string) {
  const att2 = doc.lines.slice(at.attachment2 + 1)
  const iSloganTheme = att2.findIndex((l) => SLOGAN_THEME.test(l.text))
  const iSloganList = att2.findIndex((l) => SLOGAN_LIST.test(l.text))
  const iFirstSlogan = att2.findIndex((l) => NUMBERED.test(l.text))
  if (iFirstSlogan < 0) doc.fail('附件2', at.attachment2, 'no slogans like “1. 坚持质量第一 建设质量强省” after this line')
  const headingEnd = [iSloganTheme, iSloganList, iFirstSlogan].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b))
  if (headingEnd === 0) doc.fail('附件2', at.attachment2, 'no title line after this line')
  const heading = normaliseProse(att2.slice(0, headingEnd).map((l) => l.text).join(''))
  let sloganTheme = theme
  if (iSloganTheme >= 0) {
    const upTo = [iSloganList, iFirstSlogan].filter((i) => i > iSloganTheme).reduce((a, b) => Math.min(a, b), att2.length)
    const text = [att2[iSloganTheme].text.replace(SLOGAN_THEME, ''), ...att2.slice(iSloganTheme + 1, upTo).map((l) => l.text)].join(' ')
    sloganTheme = normalisePhrase(text)
  } else {
    doc.notes.push('附件2 has no “主题：” line: slogans.theme is the theme of 一、活动主题')
  }
  const slogans: { number: number; text: string; n: number }[] = []
  for (const l of att2.slice(iFirstSlogan)) {
    const m = NUMBERED.exec(l.text)
    if (m) slogans.push({ number: Number(m[1]), text: l.text.slice(m[0].length), n: l.n })
    else {
      doc.joins.push(slogans[slogans.length - 1].n)
      slogans[slogans.length - 1].text += l.text
    }
  }
  slogans.forEach((s, i) => { if (s.number !== i + 1) doc.notes.push(`附件2 line ${s.n}: slogan numbered ${s.number}, expected ${i + 1}`) })
  const items = slogans.map((s, i) => ({ id: `s${i + 1}`, number: i + 1, text: normalisePhrase(s.text) }))
  return { heading, theme: sloganTheme, items }
}

/** The campaign: its name from the title, its month and partners from the opening; and how it was read. */
function readCampaign(title: string, preamble: string, year: number) {
  const name = /关于开展(.+?)的通知$/.exec(title)?.[1]
  const monthMatch = /(?:决定)?于\s*(\d{1,2})\s*月[^，。；]*/.exec(preamble)
  const month = monthMatch ? Number(monthMatch[1]) : NaN
  const partners = /联合\s*(?:\d+|[一二三四五六七八九十]+)\s*个部门/.exec(preamble)?.[0]
  const [start, endDay] = month >= 1 && month <= 12 ? monthBounds(year, month) : [null, null]
  const campaign = {
    name: name ?? todo('活动名称, e.g. 2021年海南省“质量月”活动 (not found as “关于开展…的通知” in the title)'),
    month: start ? start.slice(0, 7) : todo('YYYY-MM, the campaign month (no “于9月” in the opening)'),
    start: start ?? todo('YYYY-MM-DD, first day of the campaign'),
    end: endDay ?? todo('YYYY-MM-DD, last day of the campaign'),
    partners: partners ? normaliseProse(partners) : todo('as printed, e.g. 联合20个部门 (not found in the opening)'),
    source: monthMatch
      ? { kind: 'notice', quote: normaliseProse(monthMatch[0]) }
      : todo('the notice\'s words that give the campaign month: {"kind": "notice", "quote": "…"}')
  }
  const report = `campaign: ${name ?? '(name TODO)'}, ${start ? `${start} to ${endDay} (the whole month of “${monthMatch?.[0]}”)` : '(month TODO)'}, ${partners ?? '(partners TODO)'}`
  return { campaign, report }
}

// ---------------------------------------------------------------------------------------------
// The draft

type Point = { number: string; title: string; text: string }

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

/** The words a notice quote or event sentence must be found in: the same texts content:check searches. */
function noticeWords(t: {
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
function carryOver(
  options: DraftOptions,
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
