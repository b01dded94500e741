import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { edition, type Edition, type Source } from '@/content'
import {
  eventCounts, hasAnchor, lookupOrganiser, NOTICE_TOP, noticeHeader, noticeOutline, organiserAnchor, paragraphText,
  publicSources, sectionAnchor, sloganAnchor
} from './model'

const noticeRaw = readFileSync(resolve(__dirname, '../../content/source/notice-2021-hainan-quality-month.txt'), 'utf8')
const squash = (s: string) => s.replace(/\s+/g, '')
const clone = (): Edition => JSON.parse(JSON.stringify(edition))

describe('noticeOutline', () => {
  const outline = noticeOutline(edition)
  const paragraphs = outline.flatMap((s) => s.paragraphs)

  it('has the sections in printed order, with the headings of 一 to 三 and both attachments', () => {
    expect(outline.map((s) => s.id)).toEqual(['intro', 'theme', 'work', 'requirements', 'closing', 'attachment-1', 'attachment-2'])
    expect(outline.map((s) => s.title)).toEqual([
      undefined, '一、活动主题', '二、活动内容', '三、活动要求', undefined,
      '附件1　2021年海南省“质量月”主办单位开展的主要活动', '附件2　2021年“质量月”活动口号'
    ])
    expect(outline.every((s) => s.toc.length > 0 && s.anchor === sectionAnchor(s.id))).toBe(true)
  })

  it('gives every section and paragraph a unique anchor id usable as a CSS #id', () => {
    const ids = [NOTICE_TOP, ...outline.map((s) => s.anchor), ...paragraphs.map((p) => p.id)]
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/)
  })

  it('every paragraph, as copied, is text of the notice', () => {
    const notice = squash(noticeRaw)
    for (const p of paragraphs) expect([p.id, notice.includes(squash(paragraphText(p)))]).toEqual([p.id, true])
  })

  it('lists the 5 lines of work and 3 requirements with their number and title as the lead', () => {
    const work = outline.find((s) => s.id === 'work')!.paragraphs
    expect(work).toHaveLength(5)
    expect(work[3].lead).toBe('（四）开展质量整治行动，保障安全放心消费环境。')
    expect(work[3].label).toBe('二、活动内容（四）')
    expect(outline.find((s) => s.id === 'requirements')!.paragraphs).toHaveLength(3)
  })

  it('lists the 19 organisers of 附件1 and the theme and 16 slogans of 附件2', () => {
    const att1 = outline.find((s) => s.id === 'attachment-1')!.paragraphs
    expect(att1).toHaveLength(19)
    expect(att1[0]).toMatchObject({ id: organiserAnchor('amr'), lead: '一、省市场监管局。', organiserId: 'amr' })
    const att2 = outline.find((s) => s.id === 'attachment-2')!.paragraphs
    expect(att2.filter((p) => p.id.startsWith('notice-slogan-s'))).toHaveLength(16)
    expect(att2.find((p) => p.id === sloganAnchor('s16'))!.text).toBe('16. 个个树立质量意识 人人创造中国质量')
  })

  it('prints the attachment list as the notice does: 附件：1.… then 2.…', () => {
    const list = outline.find((s) => s.id === 'closing')!.paragraphs.filter((p) => p.label === '附件').map((p) => p.text)
    expect(list).toEqual(['附件：1.2021年海南省“质量月”主办单位开展的主要活动', '2.2021年“质量月”活动口号'])
    const lines = noticeRaw.split('\n').map((l) => l.trim())
    for (const l of list) expect(lines).toContain(l)
  })

  it('hasAnchor knows the header, sections and paragraphs, and nothing else', () => {
    expect(hasAnchor(outline, NOTICE_TOP)).toBe(true)
    expect(hasAnchor(outline, sectionAnchor('work'))).toBe(true)
    expect(hasAnchor(outline, 'notice-work-5')).toBe(true)
    expect(hasAnchor(outline, 'notice-work-6')).toBe(false)
    expect(hasAnchor(outline, '')).toBe(false)
  })

  it('the header and the signature are the document as printed', () => {
    expect(noticeHeader(edition)).toEqual({
      heading: '海南省质量强省工作领导小组办公室文件',
      number: '琼质强省办〔2021〕5号',
      title: edition.document.title,
      signature: ['海南省质量强省工作领导小组办公室', '2021年9月6日', '（此件主动公开）']
    })
  })
})

describe('lookupOrganiser', () => {
  it('finds an organiser with its events', () => {
    const r = lookupOrganiser(edition, 'amr')
    if (!r.found) throw new Error('amr not found')
    expect(r.organiser.name).toBe('省市场监管局')
    expect(r.organiser.activities).toHaveLength(13)
    expect(r.events.map((e) => e.id)).toContain('elevator-week')
    expect(r.events.every((e) => e.organiserId === 'amr')).toBe(true)
  })

  it('finds an organiser without events, with an empty list', () => {
    const r = lookupOrganiser(edition, 'police')
    expect(r.found && r.events).toEqual([])
  })

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['  ', 'missing'],
    ['nowhere', 'unknown'],
    ['AMR', 'malformed'],
    ['<script>', 'malformed']
  ])('%p is not an organiser (%s)', (id, reason) => {
    expect(lookupOrganiser(edition, id)).toMatchObject({ found: false, reason })
  })

  it('trims a padded id', () => {
    expect(lookupOrganiser(edition, ' amr ').found).toBe(true)
  })

  it('eventCounts counts each organiser’s events, zero included', () => {
    const counts = eventCounts(edition)
    expect(Object.keys(counts)).toHaveLength(19)
    expect(counts.amr).toBe(edition.events.filter((e) => e.organiserId === 'amr').length)
    expect(counts.police).toBe(0)
  })
})

describe('publicSources', () => {
  /** Every `source`/`sources` object of kind public anywhere in the bundle, found by walking it. */
  function walkPublic(value: unknown, out: Source[] = []): Source[] {
    if (Array.isArray(value)) value.forEach((v) => walkPublic(v, out))
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (o.kind === 'public' && typeof o.publisher === 'string') out.push(o as Source)
      Object.values(o).forEach((v) => walkPublic(v, out))
    }
    return out
  }

  it('gathers every public source of the bundle, one row per publisher + title + url', () => {
    const rows = publicSources(edition)
    const all = walkPublic(edition).filter((s): s is Extract<Source, { kind: 'public' }> => s.kind === 'public')
    const distinct = new Set(all.map((s) => `${s.publisher}|${s.title}|${s.url ?? ''}`))
    expect(rows).toHaveLength(distinct.size)
    expect(rows.reduce((n, r) => n + r.uses.length, 0)).toBeGreaterThan(0)
    expect(rows.map((r) => `${r.publisher}|${r.title}|${r.url ?? ''}`).sort()).toEqual([...distinct].sort())
  })

  it('says what each source is used for, with its confidence, and keeps the url when there is one', () => {
    const rows = publicSources(edition)
    const openDay = rows.find((r) => r.publisher === '仪器信息网')!
    expect(openDay.url).toBe('https://www.instrument.com.cn/news/20210907/590893.shtml')
    expect(openDay.uses).toEqual([{ fact: '活动日期：检验检测机构开放日', confidence: 'high' }])
    const samr = rows.find((r) => r.title.startsWith('关于开展全国“有机产品认证宣传周”'))!
    expect(samr.url).toBeUndefined()
    expect(samr.uses.map((u) => u.confidence).sort()).toEqual(['medium', 'medium-high'])
    expect(rows.find((r) => r.publisher === '国务院办公厅')!.uses[0].fact).toBe('投诉渠道：12345 政务服务便民热线')
  })

  it('lists the 12315 mini-program link with its third-party source and medium confidence', () => {
    const row = publicSources(edition).find((r) => r.publisher.includes('trcrsired/pwa-store'))!
    expect(row.title).toContain('docs/store/categories.js')
    expect(row.title).toContain('复制链接')
    expect(row.uses).toEqual([{ fact: '“12315”小程序的链接：#小程序://12315/bTgvVMQdjPhAHjr', confidence: 'medium' }])
  })

  it('includes a public source of the campaign dates, when the bundle has one', () => {
    const e = clone()
    e.campaign.source = { kind: 'public', publisher: '某报', title: '某报道', confidence: 'high' }
    expect(publicSources(e)[0]).toEqual({ publisher: '某报', title: '某报道', uses: [{ fact: '活动时间：2021年海南省“质量月”活动', confidence: 'high' }] })
  })

  it('is empty when every fact comes from the notice', () => {
    const e = clone()
    for (const ev of e.events) for (const d of ev.dates) d.source = { kind: 'notice', quote: '质量月' }
    for (const c of e.channels) {
      c.sources = [{ kind: 'notice', quote: '质量月' }]
      if (c.miniProgram) delete c.miniProgram.linkSource
    }
    expect(publicSources(e)).toEqual([])
  })
})
