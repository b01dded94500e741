/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { draftEdition, NoticeError } from './draft-edition'
import { chineseNumber, normaliseProse, sentences } from './notice-text'
import { isTodo } from './todo'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import type { Edition } from '../../src/content/schema'
import { DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const notice2021 = readFileSync(resolve(__dirname, '../../src/content/source/notice-2021-hainan-quality-month.txt'), 'utf8')
const synthetic = readFileSync(resolve(__dirname, '../../tests/fixtures/notice-2099-synthetic.txt'), 'utf8')
// The careful transcription of the 2021 notice, read by the strict reader.
const bundle = loadBundleFile(DEFAULT_BUNDLE) as Edition

describe('the draft of the 2021 notice has the texts of the 2021 bundle, field by field', () => {
  const draft = draftEdition(notice2021)
  const e: Json = draft.edition

  it('is the 2021 edition', () => {
    expect(draft.year).toBe(2021)
  })

  it.each(Object.keys(bundle.document))('document.%s', (key) => {
    expect(e.document[key]).toBe((bundle.document as Json)[key])
  })

  it.each(['name', 'month', 'start', 'end', 'partners'])('campaign.%s', (key) => {
    expect(e.campaign[key]).toBe((bundle.campaign as Json)[key])
  })

  it('campaign.source: the notice\'s words that give the month', () => {
    expect(e.campaign.source).toEqual(bundle.campaign.source)
  })

  it('theme and section headings', () => {
    expect(e.theme).toBe(bundle.theme)
    expect(e.sections.theme.heading).toBe(bundle.sections.theme.heading)
    expect(e.sections.work.heading).toBe(bundle.sections.work.heading)
    expect(e.sections.requirements.heading).toBe(bundle.sections.requirements.heading)
  })

  const points = (name: 'work' | 'requirements') =>
    bundle.sections[name].points.flatMap((_p, i) => (['number', 'title', 'text'] as const).map((k) => [`${name}[${i}].${k}`, name, i, k] as const))
  it.each([...points('work'), ...points('requirements')])('%s', (_label, name, i, k) => {
    expect(e.sections[name].points).toHaveLength(bundle.sections[name].points.length)
    expect(e.sections[name].points[i][k]).toBe(bundle.sections[name].points[i][k])
  })

  it('closing paragraphs', () => {
    expect(e.sections.closing).toEqual(bundle.sections.closing)
  })

  it.each(['person', 'phone', 'email', 'printed'])('contact.%s', (key) => {
    expect(e.contact[key]).toEqual((bundle.contact as Json)[key])
  })

  it('attachments', () => {
    expect(e.attachments).toEqual(bundle.attachments)
  })

  it.each(bundle.organisers.map((o, i) => [o.name, i] as const))('organiser %s: number, name and every activity', (_name, i) => {
    expect(e.organisers).toHaveLength(bundle.organisers.length)
    const want = bundle.organisers[i]
    expect(e.organisers[i].number).toBe(want.number)
    expect(e.organisers[i].name).toBe(want.name)
    expect(e.organisers[i].activities).toEqual(want.activities)
  })

  it('slogans: heading, theme, and each slogan with its number and id', () => {
    expect(e.slogans.heading).toBe(bundle.slogans.heading)
    expect(e.slogans.theme).toBe(bundle.slogans.theme)
    expect(e.slogans.items).toEqual(bundle.slogans.items)
  })

  it('joined the five page-break splits of the notice (lines 11, 25, 35, 87, 103)', () => {
    expect(draft.joins).toEqual([11, 25, 35, 87, 103])
  })

  it('leaves what the notice does not say as TODOs: version, organiser ids, channels, guide, categories, events', () => {
    const paths = draft.todos.map((t) => t.path)
    expect(paths).toContain('bundleVersion')
    expect(paths).toContain('organisers[0].id')
    expect(paths).toContain('organisers[18].id')
    expect(paths).toEqual(expect.arrayContaining(['channels', 'complaintGuide', 'complaintPrep', 'categories']))
    expect(paths).toEqual(expect.arrayContaining(['events[0].id', 'events[0].dates[0].date', 'events[0].dates[0].source']))
    expect(e.organisers[4].id).toMatch(/^TODO: id for 省生态环境厅/)
  })

  it('content:check rejects the draft with exactly its TODOs, nothing else', () => {
    const problems = validateEdition(e).problems
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.map(formatProblem)).toEqual(draft.todos.map(formatProblem))
    expect(problems.every((p) => p.reason.startsWith('TODO — fill in'))).toBe(true)
  })
})

describe('drafting from an earlier edition', () => {
  const draft = draftEdition(notice2021, { base: bundle, baseName: 'editions/2021.json' })
  const e: Json = draft.edition

  it('reuses organiser ids by name', () => {
    expect(e.organisers.map((o: Json) => o.id)).toEqual(bundle.organisers.map((o) => o.id))
  })

  it('carries over the parts the notice does not hold', () => {
    expect(e.channels).toEqual(bundle.channels)
    expect(e.complaintGuide).toEqual(bundle.complaintGuide)
    expect(e.complaintPrep).toEqual(bundle.complaintPrep)
    expect(e.categories).toEqual(bundle.categories)
  })

  it('carries over events whose sentences are in the notice, with their dates to fill in', () => {
    expect(e.events.map((x: Json) => x.id)).toEqual(bundle.events.map((x) => x.id))
    e.events.forEach((x: Json, i: number) => {
      expect(x.description).toEqual(bundle.events[i].description)
      expect(x.dates).toHaveLength(1)
      expect(isTodo(x.dates[0].date)).toBe(true)
      expect(isTodo(x.dates[0].source)).toBe(true)
    })
  })

  it('leaves only the bundle version and the event dates to fill in; content:check says so and nothing else', () => {
    const paths = new Set(draft.todos.map((t) => t.path.replace(/\[\d+\]/g, '[]')))
    expect([...paths]).toEqual(['bundleVersion', 'events[].dates[].scope', 'events[].dates[].date', 'events[].dates[].source'])
    expect(validateEdition(e).problems.map(formatProblem)).toEqual(draft.todos.map(formatProblem))
  })

  it('once the TODOs are filled as in 2021, the draft is the 2021 bundle', () => {
    const filled = { ...e, bundleVersion: bundle.bundleVersion, events: e.events.map((x: Json, i: number) => ({ ...x, dates: bundle.events[i].dates })) }
    // The quiz bank is a file of its own (2021.quiz.json): a draft has none.
    const { quiz: _bank, ...withoutQuiz } = bundle
    expect(filled).toEqual(withoutQuiz)
    expect(validateEdition(filled).problems).toEqual([])
  })
})

describe('a synthetic notice (tests/fixtures): other counts, a wrapped title, page breaks and a page number', () => {
  const draft = draftEdition(synthetic, { base: bundle, baseName: 'editions/2021.json' })
  const e: Json = draft.edition

  it('reads the header, the year and the campaign month', () => {
    expect(draft.year).toBe(2099)
    expect(e.document).toEqual({
      heading: '示例省质量强省工作领导小组办公室文件',
      issuer: '示例省质量强省工作领导小组办公室',
      number: '示质强省办〔2099〕1号',
      title: '示例省质量强省工作领导小组办公室关于开展2099年示例省“质量月”活动的通知',
      date: '2099-10-01',
      dateText: '2099年10月1日',
      disclosure: '此件主动公开',
      addressees: '各有关单位：',
      preamble: '为测试起草工具，示例省质量强省工作领导小组办公室联合3个部门决定于10月组织开展2099年示例省“质量月”活动。现就有关事项通知如下：'
    })
    expect(e.campaign).toEqual({
      name: '2099年示例省“质量月”活动',
      month: '2099-10',
      start: '2099-10-01',
      end: '2099-10-31',
      partners: '联合3个部门',
      source: { kind: 'notice', quote: '决定于10月组织开展2099年示例省“质量月”活动' }
    })
  })

  it('four points of work, two requirements, one closing paragraph, page breaks joined', () => {
    expect(e.theme).toBe('质量为民 共建美好')
    expect(e.sections.work.points.map((p: Json) => p.number)).toEqual(['（一）', '（二）', '（三）', '（四）'])
    expect(e.sections.work.points[1]).toEqual({ number: '（二）', title: '开展示例活动二。', text: '这是第二项的正文，它在这里被分页打断，下一页接着写完。' })
    expect(e.sections.work.points[2].text).toBe('加大12315平台宣传力度。')
    expect(e.sections.requirements.points).toEqual([
      { number: '（一）', title: '加强领导。', text: '这是第一项要求。' },
      { number: '（二）', title: '注重实效。', text: '这是第二项要求，也被分页打断。' }
    ])
    expect(e.sections.closing).toEqual(['请各单位认真组织。'])
    expect(draft.notes).toContain('page numbers left out (lines 24)')
  })

  it('contact and attachments', () => {
    expect(e.contact).toEqual({
      person: '张三',
      phone: '0000-0000000',
      email: 'test@example.com',
      printed: ['联系人：张三；电话：0000-0000000', '电子邮箱：test@example.com']
    })
    expect(e.attachments).toEqual([
      { number: 1, title: '2099年示例省“质量月”主办单位开展的主要活动' },
      { number: 2, title: '2099年“质量月”活动口号' }
    ])
  })

  it('three organisers: a known one keeps its id, new ones get a TODO id; spaces in quotes kept', () => {
    expect(e.organisers).toEqual([
      { id: 'water', number: '一', name: '省水利厅', activities: ['开展水利示例检查。', '开展“示例 宣传 活动”。'] },
      { id: expect.stringMatching(/^TODO: id for 示例省文化厅/), number: '二', name: '示例省文化厅', activities: ['举办2099年文化示例展，展期一周。'] },
      { id: expect.stringMatching(/^TODO: id for 示例省海事局/), number: '三', name: '示例省海事局', activities: ['开展海事示例活动。'] }
    ])
  })

  it('five slogans, the theme on the 主题 line', () => {
    expect(e.slogans).toEqual({
      heading: '2099年“质量月”活动口号',
      theme: '质量为民 共建美好',
      items: [
        { id: 's1', number: 1, text: '质量为民 共建美好' },
        { id: 's2', number: 2, text: '人人重视质量' },
        { id: 's3', number: 3, text: '质量第一 效益优先' },
        { id: 's4', number: 4, text: '建设示例质量强省 共享美好生活' },
        { id: 's5', number: 5, text: '质量 你我同行' }
      ]
    })
  })

  it('joins the page-break splits and reports them by line', () => {
    expect(draft.joins).toEqual([22, 36, 62])
  })

  it('no 2021 event is carried over (their sentences are not in this notice): one event to write by hand', () => {
    expect(e.events).toHaveLength(1)
    expect(isTodo(e.events[0].id)).toBe(true)
    expect(draft.notes.join('\n')).toMatch(/events of editions\/2021.json left out/)
  })

  it('a 2021 channel quote that is not in this notice becomes a TODO source', () => {
    expect(isTodo(e.channels[0].sources[0])).toBe(true)
    expect(e.channels[0].sources[1]).toEqual(bundle.channels[0].sources[1])
  })
})

describe('a notice missing a part of the layout', () => {
  const without = (text: string, re: RegExp) => text.split('\n').filter((l) => !re.test(l)).join('\n')
  const error = (text: string): NoticeError => {
    try {
      draftEdition(text)
    } catch (err) {
      if (err instanceof NoticeError) return err
      throw err
    }
    throw new Error('expected a NoticeError')
  }

  it.each([
    ['三、活动要求', /^三、/, 19, /no heading starting with “三、” after this line \(“二、活动内容”\)/],
    ['联系人', /^联系人/, 33, /no contact line/],
    ['附件2', /^附件 2$/, 63, /no line “附件2”/],
    ['文号', /〔2021〕5号$/, 3, /document number/],
    ['落款日期', /^2021年9月6日$/, 51, /no date line/]
  ] as const)('%s', (part, re, line, detail) => {
    const err = error(without(notice2021, re))
    expect(err.part).toBe(part)
    expect(err.line).toBe(line)
    expect(err.message).toMatch(detail)
    expect(err.message.startsWith(`line ${line}: ${part}: `)).toBe(true)
  })

  it('a fourth section', () => {
    const err = error(notice2021.replace('三、活动要求\n\n（一）广泛动员', '三、活动要求\n\n四、其他\n\n（一）广泛动员'))
    expect(err.part).toBe('三、活动要求')
    expect(err.message).toMatch(/a fourth section “四、其他”/)
  })

  it('an empty text', () => {
    expect(error('').part).toBe('一、活动主题')
  })
})

describe('text helpers', () => {
  it('removes PDF spaces in prose but keeps those inside quotes', () => {
    expect(normaliseProse('织开展 2021 年海南省')).toBe('织开展2021年海南省')
    expect(normaliseProse('主办单位 开展的主要活动')).toBe('主办单位开展的主要活动')
    expect(normaliseProse('开展“金融知识进万家 争做理性投资者”活动')).toBe('开展“金融知识进万家 争做理性投资者”活动')
  })

  it('splits sentences, not inside quotes or brackets', () => {
    expect(sentences('开展“甲。乙”活动。落实《丙。》要求。余')).toEqual(['开展“甲。乙”活动。', '落实《丙。》要求。', '余'])
  })

  it('reads Chinese numerals of 附件1', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十九'), chineseNumber('二十一'), chineseNumber('甲')]).toEqual([1, 10, 19, 21, NaN])
  })
})
