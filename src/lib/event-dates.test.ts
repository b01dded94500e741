/** What an event's dates mean: spans, order, status on a China civil date, and labels. */
import { byId, day, ev, ids, month, range } from '../../tests/support/events'
import { dateLabel, dateSpan, dateStatus, eventSpan, eventStatus, sortEvents } from './event-dates'

describe('event dates', () => {
  it('spans by precision; a month covers all its days', () => {
    expect(dateSpan(month)).toEqual({ start: '2021-09-01', end: '2021-09-30' })
    expect(dateSpan(day('2021-09-15'))).toEqual({ start: '2021-09-15', end: '2021-09-15' })
    expect(dateSpan(range('2021-09-27', '2021-10-01'))).toEqual({ start: '2021-09-27', end: '2021-10-01' })
    expect(dateSpan({ ...month, month: '2024-02' })).toEqual({ start: '2024-02-01', end: '2024-02-29' })
  })

  it('an event spans all its dates together', () => {
    expect(eventSpan(byId('green-cert-week'))).toEqual({ start: '2021-09-01', end: '2021-10-01' })
    expect(eventSpan(byId('open-day'))).toEqual({ start: '2021-09-01', end: '2021-09-30' })
    expect(eventSpan(ev('x', [day('2021-12-31'), range('2022-01-01', '2022-01-03')]))).toEqual({ start: '2021-12-31', end: '2022-01-03' })
  })

  it('labels precision and scope the way the screen shows them', () => {
    expect(dateLabel(range('2021-09-13', '2021-09-17'))).toBe('9月13日–17日 · 全国')
    expect(dateLabel({ ...day('2021-09-15'), note: '全国启动' })).toBe('9月15日 · 全国启动')
    expect(dateLabel({ ...range('2021-09-16', '2021-09-17'), note: '大会举办' })).toBe('9月16日–17日 · 全国 · 大会举办')
    expect(dateLabel(range('2021-09-27', '2021-10-01'))).toBe('9月27日–10月1日 · 全国')
    expect(dateLabel(month)).toBe('2021年9月内 · 具体安排以主办单位通知为准')
    expect(dateLabel(day('2021-09-15', 'hainan'))).toBe('9月15日')
  })

  it('orders by date, more precise first', () => {
    const a = ev('a-month', [month])
    const b = ev('b-range', [range('2021-09-13', '2021-09-17'), month])
    const c = ev('c-day', [day('2021-09-09'), month])
    const d = ev('d-oct', [range('2021-09-27', '2021-10-01')])
    expect(ids(sortEvents([d, a, b, c]))).toEqual(['a-month', 'c-day', 'b-range', 'd-oct'])
  })
})

describe('status from the clock (UTC+8 civil dates)', () => {
  it.each([
    ['2021-08-31', 'upcoming', 'upcoming'],
    ['2021-09-01', 'ongoing', 'ongoing'],
    ['2021-09-30', 'ongoing', 'ongoing'],
    ['2021-10-01', 'ended', 'ongoing'],
    ['2021-10-02', 'ended', 'ended'],
    ['2022-01-01', 'ended', 'ended']
  ])('on %s open-day is %s and the green-product week %s', (today, openDay, green) => {
    expect(eventStatus(byId('open-day'), today)).toBe(openDay)
    expect(eventStatus(byId('green-cert-week'), today)).toBe(green)
  })

  it('each date has its own status', () => {
    const national = byId('open-day').dates[0]
    expect(dateStatus(national, '2021-09-14')).toBe('upcoming')
    expect(dateStatus(national, '2021-09-15')).toBe('ongoing')
    expect(dateStatus(national, '2021-09-16')).toBe('ended')
  })
})

