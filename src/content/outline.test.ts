import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { edition } from './newest'
import { hasAnchor, NOTICE_TOP, noticeHeader, noticeOutline, organiserAnchor, paragraphText, sectionAnchor, sloganAnchor } from './outline'

const noticeRaw = readFileSync(resolve(__dirname, 'source/notice-2021-hainan-quality-month.txt'), 'utf8')
const squash = (s: string) => s.replace(/\s+/g, '')

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

