/**
 * @jest-environment node
 */
/**
 * Fidelity (fidelity.ts): every edition is held to its own notice by content:check. Each case
 * mutates a deep copy of the real 2021 edition and must be reported by the rule, with its path;
 * the untouched copy passes, so each case fails without the rule.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Edition } from '../../src/content/schema'
import { DEFAULT_BUNDLE, editionFiles, loadBundleFile } from '../content-guard'
import { fidelityProblems, findNoticeSource, firstDifference, repositoryNotice } from './fidelity'
import { formatProblem } from './problem'
import { validateEdition } from './validate'

// The same strict reader as content:check and the build.
const shipped = loadBundleFile(DEFAULT_BUNDLE) as Edition
const notice = repositoryNotice('2021')
const copy = (): Edition => structuredClone(shipped)
const problems = (e: Edition) => fidelityProblems(e, notice).map(formatProblem)

describe('every shipped edition is its own notice', () => {
  it.each(editionFiles().map((f) => [basename(f)]))('%s', (file) => {
    const e = loadBundleFile(join(DEFAULT_BUNDLE, '..', file)) as Edition
    // Found by its year, as content:check finds it.
    expect(fidelityProblems(e).map(formatProblem)).toEqual([])
  })

  it('the real 2021 edition is checked against notice-2021-hainan-quality-month.txt', () => {
    expect(notice.name).toBe('notice-2021-hainan-quality-month.txt')
    expect(problems(copy())).toEqual([])
  })
})

describe('the cases of issue 26: each is reported with its path', () => {
  const NOTICE = 'notice-2021-hainan-quality-month.txt'

  it('a sentence the notice never had, appended to a paragraph of 二、活动内容', () => {
    const e = copy()
    e.sections.work.points[1].text += '所有企业一律免检。'
    expect(problems(e)).toEqual([
      `sections.work.points[1].text: differs from the notice (${NOTICE}) at character 152, after “…量主体责任意识。”: the notice has (its end), the edition has “所有企业一律免检。”`
    ])
  })

  it('a sentence of another paragraph of the notice, appended to a point (words the notice has, in the wrong place)', () => {
    const e = copy()
    e.sections.work.points[0].text += e.sections.work.points[4].title
    expect(problems(e)).toEqual([expect.stringMatching(/^sections\.work\.points\[0\]\.text: differs from the notice .* the notice has \(its end\), the edition has “大力开展宣传活动/)])
  })

  it('a sentence the notice never had, appended to an event\'s description', () => {
    const e = copy()
    e.events[0].description[0] += '凭本页可免费领取礼品。'
    expect(problems(e)).toEqual([`events[0].description[0]: not found in the notice (${NOTICE}), page breaks and spaces ignored`])
  })

  it('an event sentence glued to the first sentence of the next organiser', () => {
    const e = copy()
    const last = e.organisers[0].activities[e.organisers[0].activities.length - 1]
    e.events[0].description = [last + e.organisers[1].number + '、' + e.organisers[1].name + '。']
    expect(problems(e)).toEqual([`events[0].description[0]: runs across two paragraphs of the notice (${NOTICE}): a passage of the notice lies within one paragraph`])
  })

  it('a "quote" that spans two organisers\' paragraphs', () => {
    const e = copy()
    const i = e.events.findIndex((ev) => ev.dates[0].source.kind === 'notice')
    e.events[i].dates[0].source = { kind: 'notice', quote: '开展放心消费创建活动和消费教育引导活动。二、省工业和信息化厅。举办品牌培育管理体系标准宣贯培训会' }
    expect(problems(e)).toEqual([`events[${i}].dates[0].source.quote: runs across two paragraphs of the notice (${NOTICE}): a passage of the notice lies within one paragraph`])
  })

  it('a quote that spans the two closing paragraphs: the bundle\'s own copy of the notice let it through, the notice does not', () => {
    const e = copy()
    const i = e.events.findIndex((ev) => ev.dates[0].source.kind === 'notice')
    e.events[i].dates[0].source = { kind: 'notice', quote: '确保不出现任何问题。活动总结、统计表、有关图片及视频请各单位于10月15日前报送' }
    expect(validateEdition(e).problems.map(formatProblem)).toEqual([`events[${i}].dates[0].source.quote: runs across two paragraphs of the notice (${NOTICE}): a passage of the notice lies within one paragraph`])
  })

  it('a quote anywhere (a channel\'s source, the campaign) is a passage of the notice', () => {
    const e = copy()
    e.campaign.source = { kind: 'notice', quote: '决定于10月组织开展2021年海南省“质量月”活动' }
    expect(problems(e)).toEqual([`campaign.source.quote: not found in the notice (${NOTICE}), page breaks and spaces ignored`])
  })

  it('a quote or an event sentence the notice does not hold is one line in content:check, not two', () => {
    const e = copy()
    e.campaign.source = { kind: 'notice', quote: '决定于10月组织开展2021年海南省“质量月”活动' }
    e.events[0].description[0] += '凭本页可免费领取礼品。'
    expect(validateEdition(e).problems.map(formatProblem).sort()).toEqual([
      `campaign.source.quote: not found in the notice (${NOTICE}), page breaks and spaces ignored`,
      `events[0].description[0]: not found in the notice (${NOTICE}), page breaks and spaces ignored`
    ])
  })

  it('an organiser given an activity the notice does not list, or one of its activities reworded', () => {
    const e = copy()
    e.organisers[2].activities.push('开展放心消费创建活动和消费教育引导活动。')
    e.organisers[3].activities[0] = e.organisers[3].activities[0].replace('监督抽查', '免检')
    expect(problems(e)).toEqual([
      `organisers[2].activities: 2 here, 1 in the notice (${NOTICE})`,
      expect.stringMatching(/^organisers\[3\]\.activities\[0\]: differs from the notice .* the notice has “监督抽查/)
    ])
  })

  it('the document header, theme, contact and a slogan (its inner space too)', () => {
    const e = copy()
    e.document.number = '琼质强省办〔2021〕6号'
    e.theme = '开展质量提升行动，推动自贸港高质量发展'
    e.contact.phone = '0898-65396471'
    e.slogans.items[0].text = e.slogans.items[0].text.replace(' ', '')
    expect(problems(e).map((p) => p.split(':')[0])).toEqual(['document.number', 'theme', 'contact.phone', 'slogans.items[0].text'])
  })

  it('a work point left out: the count is said once, the points after it differ', () => {
    const e = copy()
    e.sections.work.points.splice(1, 1)
    const found = problems(e)
    expect(found[0]).toBe(`sections.work.points: 4 here, 5 in the notice (${NOTICE})`)
    expect(found).toContain(`sections.work.points[1].number: differs from the notice (${NOTICE}) at character 2, after “（”: the notice has “二）”, the edition has “三）”`)
  })

  it('a text already rejected for its characters is not reported again', () => {
    const e = copy()
    e.theme = '开展质量提升行动\n推动自贸港高质量发展'
    expect(fidelityProblems(e, notice, new Set(['theme']))).toEqual([])
    expect(validateEdition(e).problems.map((p) => p.path)).toEqual(['theme'])
  })
})

describe('the first differing characters', () => {
  it('says where, what precedes, and what each side has from there', () => {
    expect(firstDifference('ab', 'abc', 'n.txt')).toBe('differs from the notice (n.txt) at character 3, after “ab”: the notice has “c”, the edition has (its end)')
    expect(firstDifference('x', 'y', 'n.txt')).toBe('differs from the notice (n.txt) at character 1: the notice has “y”, the edition has “x”')
  })
})

describe('the source text of a year', () => {
  let dir = ''
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'fidelity-')) })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('is the one notice-<year>-….txt; none, or two, is a problem', () => {
    expect(findNoticeSource('2031', dir)).toEqual({ ok: false, problem: { path: '(notice)', reason: expect.stringMatching(/^no source text .*notice-2031-….txt: every edition is checked against its notice/) } })
    writeFileSync(join(dir, 'notice-2031-a.txt'), notice.text)
    expect(findNoticeSource('2031', dir)).toEqual({ ok: true, source: { name: 'notice-2031-a.txt', text: notice.text } })
    writeFileSync(join(dir, 'notice-2031-b.txt'), '伪造')
    expect(findNoticeSource('2031', dir)).toEqual({ ok: false, problem: { path: '(notice)', reason: expect.stringMatching(/^2 source texts for 2031 in .* \(notice-2031-a\.txt, notice-2031-b\.txt\): keep exactly one/) } })
  })

  it('an edition whose year has no source text fails content:check', () => {
    const e = copy()
    e.campaign = { ...e.campaign, month: '2031-09', start: '2031-09-01', end: '2031-09-30' }
    expect(fidelityProblems(e).map(formatProblem)).toEqual([expect.stringMatching(/^\(notice\): no source text .*notice-2031-….txt/)])
  })

  it('a notice not in the usual layout is said so, and each field is still a passage of it', () => {
    const unread = { name: 'notice-2021-x.txt', text: notice.text.replace('附件 2', '附 录') }
    const e = copy()
    expect(fidelityProblems(e, unread).map(formatProblem)).toEqual([
      '(notice): notice-2021-x.txt, line 63: 附件2: no line “附件2” (the slogans) after this line (附件1): not read as content:new reads a notice, so each field is only checked to be a passage of it'
    ])
    e.sections.work.points[1].text += '所有企业一律免检。'
    expect(fidelityProblems(e, unread).map(formatProblem)).toContain('sections.work.points[1].text: not found in the notice (notice-2021-x.txt), page breaks and spaces ignored')
  })
})

// What the rule does not cover, about the real 2021 content: kept from the former 2021-only test.
describe('the real 2021 edition: event titles and Hainan dates', () => {
  const edition = shipped
  const squashed = notice.text.replace(/\s+/g, '')

  it('no Hainan event is pinned to a day the notice does not give', () => {
    for (const e of edition.events) {
      for (const d of e.dates) {
        if (d.scope === 'hainan') expect(d.precision).toBe('month')
      }
    }
  })

  // A title like 质量月 (the campaign's own name) read as the whole campaign: 首页 says the
  // campaign is 进行中 while that event's page said 日期待定 (issue 11).
  const campaignWords = new Set(['质量月', edition.campaign.name, '“质量月”'])

  it.each(edition.events.map((e) => [e.id, e.title] as const))('%s: %s', (_id, title) => {
    expect(campaignWords.has(title)).toBe(false)
    // Each quoted name in a title is quoted in the notice, e.g. “电梯安全宣传周”.
    for (const quoted of title.match(/“[^”]+”/g) ?? []) expect(squashed).toContain(quoted)
    expect(edition.categories.map((c) => c.name)).not.toContain(title)
  })

  it('no category is named after the campaign itself', () => {
    for (const c of edition.categories) expect(campaignWords.has(c.name)).toBe(false)
  })

  it('the campaign-wide publicity event is titled from its sentence of 附件1', () => {
    const e = edition.events.find((x) => x.id === 'quality-month')!
    expect(e.title).toBe('“质量月”宣传活动（张挂宣传横幅）')
    expect(e.description.join('')).toContain('“质量月”宣传活动')
    expect(e.description.join('')).toContain('张挂宣传横幅')
  })
})
