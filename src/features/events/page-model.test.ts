import { edition } from '@/content/newest'
import { buildIcs, CRLF, MAX_OCTETS } from '@/lib/ics'
import { contentLines } from '../../../tests/support/ics'
import { byId, day, ev, notice, pub } from '../../../tests/support/events'
import { calendarEntries, calendarUnavailableReason, quoteOnce, sourceLine } from './page-model'

describe('where a date comes from', () => {
  it('shows each date’s source: the notice’s words, or publisher, title and confidence', () => {
    expect(sourceLine(notice)).toEqual({
      kind: 'notice', text: '来源：通知原文“组织举办检验检测机构开放日活动。”', quote: '组织举办检验检测机构开放日活动。', quoted: '“组织举办检验检测机构开放日活动。”'
    })
    expect(sourceLine({ ...pub, confidence: 'medium-high', url: 'https://example.invalid/a' })).toMatchObject({
      kind: 'public', text: '来源：某报《报道》 · 可信度：较高', confidence: '较高', url: 'https://example.invalid/a'
    })
    expect(sourceLine(pub)).not.toHaveProperty('url')
  })

  it('quotes the notice once: a quote already in “” is not quoted again, inner quotes become ‘’', () => {
    expect(quoteOnce('“电梯安全宣传周”')).toBe('“电梯安全宣传周”')
    expect(quoteOnce('开展“计量服务中小企业行”活动')).toBe('“开展‘计量服务中小企业行’活动”')
    expect(quoteOnce('第五届“服务认证体验周”')).toBe('“第五届‘服务认证体验周’”')
    expect(quoteOnce('“甲”和“乙”')).toBe('“‘甲’和‘乙’”')
    expect(sourceLine({ kind: 'notice', quote: '“电梯安全宣传周”' }).text).toBe('来源：通知原文“电梯安全宣传周”')
  })
})

describe('adding to a calendar', () => {
  const ctx = { campaignName: edition.campaign.name, documentNumber: edition.document.number }

  it('offers the national dated entry, labelled 全国, with its source and the Hainan line', () => {
    const [entry, ...more] = calendarEntries(byId('open-day'), ctx)
    expect(more).toEqual([])
    expect(entry).toMatchObject({
      uid: 'open-day-20210915@hainan-quality-month.invalid',
      title: '检验检测机构开放日（全国）',
      start: '2021-09-15',
      end: '2021-09-15',
      filename: 'hq-open-day-20210915.ics'
    })
    expect(entry.description.split('\n')).toEqual([
      '组织举办检验检测机构开放日活动',
      '日期：9月15日 · 全国启动',
      expect.stringMatching(/^来源：仪器信息网《.+》 · 可信度：高$/),
      '海南：2021年9月内 · 具体安排以主办单位通知为准',
      '2021年海南省“质量月”活动（琼质强省办〔2021〕5号）'
    ])
    expect(calendarEntries(byId('green-cert-week'), ctx)[0]).toMatchObject({ start: '2021-09-27', end: '2021-10-01' })
    expect(calendarUnavailableReason(byId('open-day'), '2021-09-14')).toBeNull()
  })

  it('the uid names the event and the date only: after a corrected title or text it stays (adding again updates the phone\'s entry, no duplicate); each date has its own', () => {
    const e = byId('hangzhou-conference')
    const [before] = calendarEntries(e, ctx)
    const [after] = calendarEntries({ ...e, title: '改正后的标题', summary: '改正后的简介' }, { campaignName: '另一届活动', documentNumber: '另一文号' })
    expect(after.title).not.toBe(before.title)
    expect(after.description).not.toBe(before.description)
    expect(after.uid).toBe(before.uid)
    expect(before.uid).toBe('hangzhou-conference-20210916@hainan-quality-month.invalid')
    const twice = calendarEntries(ev('twice', [day('2021-09-15'), day('2021-09-20', 'hainan')]), ctx)
    expect(twice.map((x) => x.uid)).toEqual(['twice-20210915@hainan-quality-month.invalid', 'twice-20210920@hainan-quality-month.invalid'])
  })

  it('a month-only event has nothing to add, and says why', () => {
    expect(calendarEntries(byId('elevator-week'), ctx)).toEqual([])
    expect(calendarUnavailableReason(byId('elevator-week'), '2021-09-30')).toBe(
      '通知只写明在2021年9月内开展，没有具体日期，所以无法添加到手机日历。具体安排以主办单位通知为准。'
    )
    // Once the month is over, in the past tense: the day was never published.
    expect(calendarUnavailableReason(byId('elevator-week'), '2026-12-07')).toBe(
      '通知只写明在2021年9月内开展，海南的具体日期未公布，所以无法添加到手机日历。'
    )
  })

  it('a Hainan dated entry keeps its plain title', () => {
    const [entry] = calendarEntries(ev('local', [day('2021-09-20', 'hainan')], { title: '本地活动' }), ctx)
    expect(entry.title).toBe('本地活动')
  })

  it('writes a valid file for every dated entry of the real bundle', () => {
    const entries = edition.events.flatMap((e) => calendarEntries(e, ctx))
    expect(entries.length).toBe(5)
    const all = buildIcs(entries, { dtstamp: Date.parse('2021-09-14T04:00:00Z') })
    for (const line of all.split(CRLF)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(MAX_OCTETS)
    expect(contentLines(all).filter((l) => l.name === 'BEGIN' && l.value === 'VEVENT')).toHaveLength(5)
    expect(new Set(contentLines(all).filter((l) => l.name === 'UID').map((l) => l.value)).size).toBe(5)
  })
})
