import type { CampaignEvent, EventDate } from '@/content'
import { dateLabel, dateSpan, sortEvents, splitByPrecision } from './model'

const notice = { kind: 'notice', quote: '组织举办检验检测机构开放日活动。' } as const
const pub = { kind: 'public', publisher: '某报', title: '报道', confidence: 'high' } as const

function ev(id: string, dates: EventDate[]): CampaignEvent {
  return { id, title: id, summary: id, organiserId: 'amr', categoryId: 'x', description: ['x'], dates }
}
const month: EventDate = { scope: 'hainan', precision: 'month', month: '2021-09', source: notice, note: '具体安排以主办单位通知为准' }

describe('event dates', () => {
  it('spans by precision; a month covers all its days', () => {
    expect(dateSpan(month)).toEqual({ start: '2021-09-01', end: '2021-09-30' })
    expect(dateSpan({ scope: 'national', precision: 'day', date: '2021-09-15', source: pub })).toEqual({ start: '2021-09-15', end: '2021-09-15' })
    expect(dateSpan({ scope: 'national', precision: 'range', start: '2021-09-27', end: '2021-10-01', source: pub })).toEqual({ start: '2021-09-27', end: '2021-10-01' })
  })

  it('labels precision and scope the way the screen shows them', () => {
    expect(dateLabel({ scope: 'national', precision: 'range', start: '2021-09-13', end: '2021-09-17', source: pub })).toBe('9月13日–17日 · 全国')
    expect(dateLabel({ scope: 'national', precision: 'day', date: '2021-09-15', source: pub, note: '全国启动' })).toBe('9月15日 · 全国启动')
    expect(dateLabel({ scope: 'national', precision: 'range', start: '2021-09-16', end: '2021-09-17', source: pub, note: '大会举办' })).toBe('9月16日–17日 · 全国 · 大会举办')
    expect(dateLabel(month)).toBe('2021年9月内 · 具体安排以主办单位通知为准')
  })

  it('orders by date, more precise first, and keeps month-only events apart', () => {
    const a = ev('a-month', [month])
    const b = ev('b-range', [{ scope: 'national', precision: 'range', start: '2021-09-13', end: '2021-09-17', source: pub }, month])
    const c = ev('c-day', [{ scope: 'national', precision: 'day', date: '2021-09-09', source: pub }, month])
    const d = ev('d-oct', [{ scope: 'national', precision: 'range', start: '2021-09-27', end: '2021-10-01', source: pub }])
    expect(sortEvents([d, a, b, c]).map((e) => e.id)).toEqual(['a-month', 'c-day', 'b-range', 'd-oct'])
    const { dated, monthOnly } = splitByPrecision([d, a, b, c])
    expect(dated.map((e) => e.id)).toEqual(['c-day', 'b-range', 'd-oct'])
    expect(monthOnly.map((e) => e.id)).toEqual(['a-month'])
  })
})
