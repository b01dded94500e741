import { anchorFailures, noticeTextOf, paragraphFailures } from '../../tests/editions/newest-edition'
import { editionOf, yearOf, type Edition } from './index'
import { edition as newest } from './newest'
import { hasAnchor, NOTICE_TOP, noticeHeader, noticeOutline, organiserAnchor, sectionAnchor, sloganAnchor } from './outline'

// Whichever year is newest (a new year's edition must not break these): tests/editions/newest-edition.ts
// holds their logic, which new-year.test.ts runs on a year drafted through content:new.
describe(`noticeOutline of the newest edition (${yearOf(newest)})`, () => {
  it('gives every section and paragraph a unique anchor id usable as a CSS #id, and hasAnchor knows them and nothing else', () => {
    expect(anchorFailures(newest)).toEqual([])
  })

  it('every paragraph, as copied, is text of its own notice', () => {
    expect(paragraphFailures(newest, noticeTextOf(yearOf(newest)))).toEqual([])
  })
})

// The real 2021 edition: its counts and words.
describe('noticeOutline of the real 2021 edition', () => {
  const edition = editionOf('2021') as Edition
  const noticeRaw = noticeTextOf('2021')
  const outline = noticeOutline(edition)

  it('has the sections in printed order, with the headings of 一 to 三 and both attachments', () => {
    expect(outline.map((s) => s.id)).toEqual(['intro', 'theme', 'work', 'requirements', 'closing', 'attachment-1', 'attachment-2'])
    expect(outline.map((s) => s.title)).toEqual([
      undefined, '一、活动主题', '二、活动内容', '三、活动要求', undefined,
      '附件1　2021年海南省“质量月”主办单位开展的主要活动', '附件2　2021年“质量月”活动口号'
    ])
    expect(outline.every((s) => s.toc.length > 0 && s.anchor === sectionAnchor(s.id))).toBe(true)
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

