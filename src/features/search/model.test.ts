import { edition } from '@/content/newest'
import { hasAnchor, NOTICE_TOP, noticeOutline } from '@/content/outline'
import { editionEntries } from './entries'
import {
  buildIndex, findAll, KIND_ORDER, matchRanges, mergeRanges, normalize, normalizeWithMap, queryTerms,
  search, segments, snippet, type SearchEntry, type SearchKind
} from './model'

/** The marked parts of `text` for `query`, as strings of the original text. */
const marked = (text: string, query: string) => matchRanges(text, query).map((r) => text.slice(r.start, r.end))

describe('normalize', () => {
  it.each([
    ['full-width Latin letters and digits', 'ＡＢＣ１２３１５', 'abc12315'],
    ['full-width punctuation', '（一），；：！？', '(一),;:!?'],
    ['half-width katakana punctuation', '｡｢｣', '。""'],
    ['upper case', 'CCC认证', 'ccc认证'],
    ['spaces, ideographic space, tabs and line breaks', ' 质量　提升\t行动\n', '质量提升行动'],
    ['zero-width and soft-hyphen characters', '质\u200b量\u00ad月\ufeff', '质量月'],
    ['curly and corner quotes', '“质量月”‘月’「月」', '"质量月"\'月\'"月"'],
    ['dashes', '9月13日–17日—全国', '9月13日-17日-全国'],
    ['bracket kinds of document numbers', '琼质强省办〔2021〕5号【1】［2］', '琼质强省办(2021)5号(1)(2)'],
    ['enclosed and compatibility characters', '㈠①', '(一)1'],
    ['plain Chinese text is unchanged', '电梯安全宣传周', '电梯安全宣传周']
  ])('%s', (_label, input, expected) => {
    expect(normalize(input)).toBe(expected)
  })

  it('folds a full-width query and a half-width text to the same string', () => {
    expect(normalize('开展１２３１５平台和１２３４５热线宣传')).toBe(normalize('开展 12315 平台和 12345 热线宣传'))
  })
})

describe('normalizeWithMap', () => {
  it('maps each folded unit back to the character it came from', () => {
    const text = 'Ａ　电梯'
    const { norm, starts, ends } = normalizeWithMap(text)
    expect(norm).toBe('a电梯')
    expect(starts).toEqual([0, 2, 3])
    expect(ends).toEqual([1, 3, 4])
  })

  it('maps every unit of an expanded character to that one character', () => {
    const { norm, starts, ends } = normalizeWithMap('x㈠y')
    expect(norm).toBe('x(一)y')
    expect(starts).toEqual([0, 1, 1, 1, 2])
    expect(ends).toEqual([1, 2, 2, 2, 3])
  })

  it('keeps surrogate pairs whole', () => {
    const { norm, starts, ends } = normalizeWithMap('𠮷野')
    expect(norm).toBe('𠮷野')
    expect(starts).toEqual([0, 0, 2])
    expect(ends).toEqual([2, 2, 3])
  })
})

describe('matchRanges: highlights in the original text', () => {
  it('marks every occurrence', () => {
    expect(marked('质量月，质量月', '质量月')).toEqual(['质量月', '质量月'])
  })

  it('marks the original characters when the query is full-width and the text half-width', () => {
    const text = '开展 12315 平台和 12345 热线宣传活动。'
    expect(marked(text, '１２３１５平台')).toEqual(['12315 平台'])
    expect(matchRanges(text, '１２３１５平台')).toEqual([{ start: 3, end: 11 }])
  })

  it('marks across spaces in the text and ignores spaces in the query', () => {
    expect(marked('开展质量提升行动 推动自贸港高质量发展', '行动推动')).toEqual(['行动 推动'])
    expect(marked('电梯安全宣传周', '电梯 安全')).toEqual(['电梯安全'])
  })

  it('marks the original brackets of a document number typed with ASCII parentheses', () => {
    expect(marked('琼质强省办〔2021〕5号', '琼质强省办(2021)5号')).toEqual(['琼质强省办〔2021〕5号'])
  })

  it('marks each term when the phrase does not occur but every term does', () => {
    expect(marked('电梯安全宣传周', '宣传 电梯')).toEqual(['电梯', '宣传'])
  })

  it('marks nothing for a single term that does not occur, or an empty query', () => {
    expect(matchRanges('电梯安全宣传周', '食品')).toEqual([])
    expect(matchRanges('电梯安全宣传周', '  ')).toEqual([])
  })

  it('marks a whole expanded character when the query matches part of its expansion', () => {
    expect(marked('第㈠项', '一')).toEqual(['㈠'])
  })

  it('marks after an astral character at the right offset', () => {
    expect(marked('𠮷野家的电梯', '电梯')).toEqual(['电梯'])
  })
})

describe('helpers', () => {
  it('findAll finds non-overlapping occurrences', () => {
    expect(findAll('aaaa', 'aa')).toEqual([0, 2])
    expect(findAll('abc', '')).toEqual([])
  })

  it('mergeRanges sorts, joins overlapping and touching ranges, drops empty ones', () => {
    expect(mergeRanges([{ start: 5, end: 7 }, { start: 0, end: 2 }, { start: 1, end: 3 }, { start: 3, end: 4 }, { start: 9, end: 9 }]))
      .toEqual([{ start: 0, end: 4 }, { start: 5, end: 7 }])
  })

  it('queryTerms splits at ASCII and ideographic spaces and folds each term', () => {
    expect(queryTerms(' 电梯　ＡＢ  宣传 ')).toEqual(['电梯', 'ab', '宣传'])
  })

})

describe('segments and snippet', () => {
  it('cuts text into marked and unmarked pieces', () => {
    expect(segments('电梯安全宣传周', [{ start: 0, end: 2 }, { start: 4, end: 6 }])).toEqual([
      { text: '电梯', mark: true }, { text: '安全', mark: false }, { text: '宣传', mark: true }, { text: '周', mark: false }
    ])
    expect(segments('电梯', [])).toEqual([{ text: '电梯', mark: false }])
  })

  it('keeps a short text whole', () => {
    expect(snippet('电梯安全宣传周', [{ start: 0, end: 2 }], 60)).toEqual({
      segments: [{ text: '电梯', mark: true }, { text: '安全宣传周', mark: false }], cutStart: false, cutEnd: false
    })
  })

  it('cuts a long text to a window that starts a little before the first match', () => {
    const text = '甲'.repeat(100) + '电梯' + '乙'.repeat(100)
    const s = snippet(text, [{ start: 100, end: 102 }], 30, 10)
    expect(s.cutStart).toBe(true)
    expect(s.cutEnd).toBe(true)
    expect(s.segments.map((x) => x.text).join('')).toBe('甲'.repeat(10) + '电梯' + '乙'.repeat(18))
    expect(s.segments.filter((x) => x.mark).map((x) => x.text)).toEqual(['电梯'])
  })

  it('ends at the end of a text when the match is near it', () => {
    const text = '甲'.repeat(100) + '电梯'
    const s = snippet(text, [{ start: 100, end: 102 }], 30, 10)
    expect(s.cutStart).toBe(true)
    expect(s.cutEnd).toBe(false)
    expect(s.segments.map((x) => x.text).join('')).toHaveLength(30)
    expect(s.segments[s.segments.length - 1]).toEqual({ text: '电梯', mark: true })
  })

  it('never splits a surrogate pair at the window edge', () => {
    const text = '𠮷'.repeat(50) + '电梯' + '𠮷'.repeat(50)
    const s = snippet(text, [{ start: 100, end: 102 }], 21, 5)
    const shown = s.segments.map((x) => x.text).join('')
    expect(shown).not.toMatch(/^[\udc00-\udfff]/)
    expect(shown).not.toMatch(/[\ud800-\udbff]$/)
    expect(shown).toContain('电梯')
  })
})

describe('search: ranking', () => {
  const entry = (kind: SearchKind, key: string, title: string, body?: string): SearchEntry => ({
    kind,
    key,
    target: { to: 'event', id: key },
    fields: body === undefined ? [{ text: title, rank: 0 }] : [{ text: title, rank: 0 }, { text: body, rank: 1 }]
  })
  const keys = (r: ReturnType<typeof search>, kind: SearchKind) => r.groups.find((g) => g.kind === kind)?.hits.map((h) => h.entry.key)

  it('puts title matches before body matches, then earlier positions, then shorter fields, then index order', () => {
    const index = buildIndex([
      entry('event', 'body-early', '质量月', '电梯安全'),
      entry('event', 'title-late', '开展电梯安全宣传周', ''),
      entry('event', 'title-early-long', '电梯安全宣传周活动', ''),
      entry('event', 'title-early', '电梯安全宣传周', ''),
      entry('event', 'title-early-twin', '电梯安全宣传周', ''),
      entry('event', 'none', '食品安全', '科普')
    ])
    expect(keys(search(index, '电梯'), 'event')).toEqual(['title-early', 'title-early-twin', 'title-early-long', 'title-late', 'body-early'])
  })

  it('puts phrase matches before entries that only contain every term', () => {
    const index = buildIndex([
      entry('event', 'terms', '宣传电梯'),
      entry('event', 'phrase', '开展电梯宣传')
    ])
    const r = search(index, '电梯 宣传')
    expect(keys(r, 'event')).toEqual(['phrase', 'terms'])
    expect(r.groups[0].hits.map((h) => h.tier)).toEqual([0, 1])
  })

  it('labels find an entry, ranked as body text, after title matches', () => {
    const index = buildIndex([
      { ...entry('slogan', 'labelled', '人人创造质量'), labels: ['口号'] },
      entry('slogan', 'titled', '活动口号')
    ])
    const r = search(index, '口号')
    expect(keys(r, 'slogan')).toEqual(['titled', 'labelled'])
    expect(r.groups[0].hits[1]).toMatchObject({ field: 0, rank: 1 })
    expect(search(index, '创造').total).toBe(1)
  })

  it('keywords find an entry when the query contains them, at their rank; `last` entries come after the rest of their kind', () => {
    const index = buildIndex([
      { ...entry('channel', 'guide', '我该找谁？'), keywords: [{ word: '假货', rank: 1 }], last: true },
      { ...entry('channel', 'a', '甲渠道', '受理：假冒商品'), keywords: [{ word: '假货', rank: 0 }] },
      { ...entry('channel', 'b', '乙渠道', '受理：假货'), keywords: [{ word: '电话', rank: 1 }] }
    ])
    // a by its keyword (rank 0, position 0), b by its body text; the guide last though it matched.
    expect(keys(search(index, '买到假货了'), 'channel')).toEqual(['a', 'guide'])
    expect(keys(search(index, '假货'), 'channel')).toEqual(['a', 'b', 'guide'])
    expect(search(index, '假货').groups[0].hits[0]).toMatchObject({ field: 0, rank: 0, position: 0 })
    expect(keys(search(index, '打电话'), 'channel')).toEqual(['b'])
    // A keyword is not searched for the other way round: a part of it finds nothing.
    expect(search(index, '货').total).toBe(1)
  })

  it('groups by kind in KIND_ORDER and leaves out kinds without results', () => {
    const index = buildIndex([
      entry('notice', 'n', '电梯'), entry('slogan', 's', '电梯'), entry('event', 'e', '电梯'), entry('organiser', 'o', '食品')
    ])
    const r = search(index, '电梯')
    expect(r.groups.map((g) => g.kind)).toEqual(['event', 'slogan', 'notice'])
    expect(KIND_ORDER.indexOf('event')).toBeLessThan(KIND_ORDER.indexOf('slogan'))
    expect(r.total).toBe(3)
  })

  it('an empty or blank query searches nothing; a missing word finds nothing', () => {
    const index = buildIndex([entry('event', 'e', '电梯')])
    expect(search(index, '')).toEqual({ phrase: '', groups: [], total: 0 })
    expect(search(index, ' 　 ')).toEqual({ phrase: '', groups: [], total: 0 })
    expect(search(index, '火箭')).toEqual({ phrase: '火箭', groups: [], total: 0 })
  })
})

describe('search over the 2021 bundle', () => {
  const index = buildIndex(editionEntries(edition, noticeOutline(edition), { top: NOTICE_TOP }))
  const group = (q: string, kind: SearchKind) => search(index, q).groups.find((g) => g.kind === kind)?.hits ?? []

  it('电梯 finds 电梯安全宣传周 first among events, and the 附件1 sentence that names it', () => {
    const events = group('电梯', 'event')
    expect(events[0].entry.fields[0].text).toBe('电梯安全宣传周')
    expect(events[0].entry.target).toEqual({ to: 'event', id: 'elevator-week' })
    const activities = group('电梯', 'activity')
    expect(activities.map((h) => h.entry.context)).toContain('省市场监管局')
    expect(activities.every((h) => h.entry.target.to === 'organiser')).toBe(true)
  })

  it('full-width digits find the 12315 channel texts', () => {
    const half = search(index, '12315')
    const full = search(index, '１２３１５')
    expect(full.total).toBe(half.total)
    expect(half.total).toBeGreaterThan(0)
    expect(half.groups.map((g) => g.kind)).toEqual(expect.arrayContaining(['event', 'activity', 'notice']))
  })

  it('an organiser by name, ranked before others that only contain it later', () => {
    const organisers = group('市场监管局', 'organiser')
    expect(organisers[0].entry.key).toBe('amr')
  })

  it('a slogan, opening the 口号 page at that slogan', () => {
    const slogans = group('工匠精神', 'slogan')
    expect(slogans).toHaveLength(1)
    expect(slogans[0].entry.target).toEqual({ to: 'slogans', id: 's11' })
  })

  it('口号 finds the 口号 page first, then all 16 slogans in order, not only the attachment\'s title', () => {
    const slogans = group('口号', 'slogan')
    expect(slogans[0].entry.target).toEqual({ to: 'slogans' })
    expect(slogans.slice(1).map((h) => h.entry.target)).toEqual(edition.slogans.items.map((s) => ({ to: 'slogans', id: s.id })))
    expect(slogans).toHaveLength(1 + edition.slogans.items.length)
    // Found by its label, the slogan's own text is shown (field 0), unmarked.
    expect(slogans[1].field).toBe(0)
    expect(matchRanges(slogans[1].entry.fields[slogans[1].field].text, '口号')).toEqual([])
    expect(group('活动口号', 'slogan')).toHaveLength(1 + edition.slogans.items.length)
  })

  it('the document number typed with ASCII brackets finds the header', () => {
    const notice = group('琼质强省办(2021)5号', 'notice')
    expect(notice[0].entry.target).toEqual({ to: 'notice', anchor: NOTICE_TOP })
  })

  it('notice paragraphs, title (lead) matches before body matches', () => {
    const notice = group('质量整治', 'notice')
    expect(notice[0].entry.key).toBe('notice-work-4')
    expect(notice[0].rank).toBe(0)
  })

  it('电话 shows both channels, then 我该找谁？, then the campaign contact as what it is, then the rest', () => {
    const r = search(index, '电话')
    expect(r.groups.map((g) => g.kind).slice(0, 2)).toEqual(['channel', 'contact'])
    expect(r.groups[0].hits.map((h) => h.entry.key)).toEqual(['12315', '12345', 'guide'])
    expect(r.groups[0].hits[2].entry.target).toEqual({ to: 'complaints', at: 'guide' })
    const contact = r.groups[1].hits[0].entry
    expect(contact.context).toBe('2021年质量月活动联系人')
    expect(contact.fields[0].text).toBe(edition.contact.printed[0])
    // It opens the notice where the notice prints it (not the 投诉 tab: it is not a channel).
    expect(contact.target).toEqual({ to: 'notice', anchor: 'notice-contact-1' })
    expect(hasAnchor(noticeOutline(edition), 'notice-contact-1')).toBe(true)
  })

  it.each(['0898-65396470', '65396470', '杨振'])('%s finds the contact first, and no channel', (q) => {
    const r = search(index, q)
    expect(r.groups[0].kind).toBe('contact')
    expect(r.groups.some((g) => g.kind === 'channel')).toBe(false)
  })

  it('wherever a channel is found, 我该找谁？ is too, after the channels', () => {
    for (const q of ['投诉', '举报', '12315', '12345', '质量问题', '买到假货', '热线', '审批']) {
      const channels = group(q, 'channel').map((h) => h.entry.key)
      expect([q, channels[channels.length - 1]]).toEqual([q, 'guide'])
      expect(channels.length).toBeGreaterThan(1)
    }
    expect(group('我该找谁', 'channel').map((h) => h.entry.key)).toEqual(['guide'])
  })

  it('the attachments are searched as organisers, activities and slogans, not again as notice paragraphs', () => {
    const keys = search(index, '工匠精神').groups.flatMap((g) => g.hits.map((h) => h.entry.key))
    expect(keys.filter((k) => k.startsWith('notice-organiser-') || k.startsWith('notice-slogan-'))).toEqual([])
  })
})
