/**
 * The parts of a 质量月 notice (the layout draft-edition.ts describes), each read by its own
 * function in the notice's order; a part that is missing or unreadable stops the draft with a
 * NoticeError naming the part and the line.
 */
import type { Edition } from '../../src/content/schema'
import { todo } from './todo'
import { chineseNumber, firstSentence, normalisePhrase, normaliseProse, paragraphs, sentences, type Line, type Para } from './notice-text'

/** A part of the layout the notice lacks or that cannot be read, with the line to look at (1-based). */
export class NoticeError extends Error {
  constructor(readonly part: string, readonly line: number, readonly detail: string) {
    super(`line ${line}: ${part}: ${detail}`)
    this.name = 'NoticeError'
  }
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

/** The notice's lines, and what reading its parts collects: joined lines and notes for the editor. */
export class Notice {
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
export type Landmarks = {
  theme: number; work: number; requirements: number; contact: number
  attachmentList: number; date: number; attachment1: number; attachment2: number
}

export function findLandmarks(doc: Notice): Landmarks {
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
export function readHeader(doc: Notice, at: Landmarks) {
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
export function readTheme(doc: Notice, at: Landmarks): string {
  const themeLines = doc.lines.slice(at.theme + 1, at.work)
  if (!themeLines.length) doc.fail('一、活动主题', at.theme, 'no theme between this heading and “二、”')
  return normalisePhrase(themeLines.map((l) => l.text).join(' '))
}

/** 二、活动内容 and 三、活动要求: numbered points （一）…, then the closing paragraphs. */
export function readSections(doc: Notice, at: Landmarks) {
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
export function readContact(doc: Notice, at: Landmarks) {
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
export function readSignature(doc: Notice, at: Landmarks, issuer: string) {
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
export function readOrganisers(doc: Notice, at: Landmarks, base: Edition | undefined) {
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
export function readSlogans(doc: Notice, at: Landmarks, theme: string) {
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
export function readCampaign(title: string, preamble: string, year: number) {
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

export type Point = { number: string; title: string; text: string }
