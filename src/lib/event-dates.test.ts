/** What an event's dates mean: spans, order, status on a China civil date, and labels. */
import { byId, day, ev, ids, month, range } from '../../tests/support/events'
import { edition } from '@/content/newest'
import {
  archiveLabel, dateLabel, dateLine, dateSpan, dateStatus, decidingDate, eventSpan, eventStatus, eventStatusLabel,
  eventTimingLabel, isArchived, lastKnownDay, sortEvents
} from './event-dates'

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

  it('a month-only date whose month is over says its day was never published, in the past tense', () => {
    const pending = { ...month, note: '具体安排以主办单位通知为准' }
    expect(dateLabel(pending, '2021-09-30')).toBe('2021年9月内 · 具体安排以主办单位通知为准')
    expect(dateLabel(pending, '2021-10-01')).toBe('2021年9月内 · 海南的具体日期未公布')
    expect(dateLabel(pending, '2026-12-07')).toBe('2021年9月内 · 海南的具体日期未公布')
    expect(dateLabel({ ...month, note: undefined }, '2026-12-07')).toBe('2021年9月内 · 海南的具体日期未公布')
    expect(dateLabel({ ...month, scope: 'national', note: '全国' }, '2026-12-07')).toBe('2021年9月内 · 全国的具体日期未公布')
    // Another note is content: it stays, with the fact added.
    expect(dateLabel({ ...month, note: '各市县分别开展' }, '2026-12-07')).toBe('2021年9月内 · 各市县分别开展 · 海南的具体日期未公布')
    // Known days are not touched.
    expect(dateLabel({ ...day('2021-09-15'), note: '全国启动' }, '2026-12-07')).toBe('9月15日 · 全国启动')
    // Every month-only Hainan date of the bundle, in 2026: nothing forward-looking left.
    for (const e of edition.events) for (const d of e.dates) {
      expect(dateLabel(d, '2026-12-07')).not.toContain('具体安排以主办单位通知为准')
      expect(dateLine(d, '2026-12-07')).not.toContain('待定')
    }
  })

  it('orders by date, more precise first', () => {
    const a = ev('a-month', [month])
    const b = ev('b-range', [range('2021-09-13', '2021-09-17'), month])
    const c = ev('c-day', [day('2021-09-09'), month])
    const d = ev('d-oct', [range('2021-09-27', '2021-10-01')])
    expect(ids(sortEvents([d, a, b, c]))).toEqual(['a-month', 'c-day', 'b-range', 'd-oct'])
  })
})

const STATUS_WORD = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束', unknown: '日期待定' } as const

describe('the status rule (UTC+8 civil dates): 进行中 only on a day we know it runs', () => {
  const { campaign, events } = edition
  const all = (today: string) => Object.fromEntries(events.map((e) => [e.id, eventStatus(e, today)]))

  it('14 September: 开放日 is 明天 nationally, the green week 即将开始 nationally; month-only Hainan dates are 日期待定', () => {
    const t = '2021-09-14'
    expect(eventStatus(byId('open-day'), t)).toBe('upcoming')
    expect(eventTimingLabel(byId('open-day'), t)).toBe('全国 · 明天')
    expect(eventStatusLabel(byId('green-cert-week'), t)).toBe('全国 · 即将开始')
    expect(decidingDate(byId('green-cert-week'), t)).toMatchObject({ start: '2021-09-27' })
    expect(byId('green-cert-week').dates.map((d) => dateLine(d, t))).toEqual(['全国 · 9月27日–10月1日 · 13天后', '海南 · 9月内，日期待定'])
    expect(eventStatus(byId('elevator-week'), t)).toBe('unknown')
    expect(eventStatusLabel(byId('elevator-week'), t)).toBe('海南 · 日期待定')
    expect(dateLine(byId('elevator-week').dates[0], t)).toBe('海南 · 9月内，日期待定')
    // Only the organic week (13–17 September, national) runs on a known day that day.
    const ongoing = Object.entries(all(t)).filter(([, s]) => s === 'ongoing').map(([id]) => id)
    expect(ongoing).toEqual(['organic-cert-week'])
    expect(eventStatusLabel(byId('organic-cert-week'), t)).toBe('全国 · 进行中')
    // 服务认证体验周's national day is past; Hainan's day is not known: not 已结束, not 进行中.
    expect(byId('service-cert-week').dates.map((d) => dateLine(d, t))).toEqual(['全国 · 9月9日 · 已结束', '海南 · 9月内，日期待定'])
    expect(eventStatus(byId('service-cert-week'), t)).toBe('unknown')
    // …and its badge names the date it comes from, so it does not seem to contradict the national line.
    expect(eventStatusLabel(byId('service-cert-week'), t)).toBe('海南 · 日期待定')
    expect(eventTimingLabel(byId('service-cert-week'), t)).toBe('海南 · 日期待定')
  })

  it('20 August: everything is upcoming or unknown', () => {
    const statuses = new Set(Object.values(all('2021-08-20')))
    expect([...statuses].sort()).toEqual(['unknown', 'upcoming'])
    expect(eventStatus(byId('open-day'), '2021-08-20')).toBe('upcoming')
    expect(eventStatus(byId('quality-month'), '2021-08-20')).toBe('unknown')
    expect(isArchived(campaign, events, '2021-08-20')).toBe(false)
  })

  it('in 2026 everything has ended and the edition is an archive', () => {
    expect(new Set(Object.values(all('2026-11-26')))).toEqual(new Set(['ended']))
    expect(isArchived(campaign, events, '2026-11-26')).toBe(true)
    expect(archiveLabel(campaign)).toBe('2021年活动已结束（存档）')
    expect(dateLine(byId('elevator-week').dates[0], '2026-11-26')).toBe('海南 · 2021年9月内 · 已结束，具体日期未公布')
    expect(eventStatusLabel(byId('service-cert-week'), '2026-11-26')).toBe('已结束')
  })

  it('the archive starts after the last known day: the green week runs nationally to 1 October', () => {
    expect(lastKnownDay(campaign, events)).toBe('2021-10-01')
    expect(isArchived(campaign, events, '2021-10-01')).toBe(false)
    expect(eventStatusLabel(byId('green-cert-week'), '2021-10-01')).toBe('全国 · 进行中')
    expect(eventStatus(byId('elevator-week'), '2021-10-01')).toBe('ended')
    expect(isArchived(campaign, events, '2021-10-02')).toBe(true)
  })

  it.each([
    ['2021-08-31', 'upcoming', 'upcoming'],
    ['2021-09-01', 'upcoming', 'upcoming'],
    ['2021-09-15', 'ongoing', 'upcoming'],
    ['2021-09-16', 'unknown', 'upcoming'],
    ['2021-09-30', 'unknown', 'ongoing'],
    ['2021-10-01', 'ended', 'ongoing'],
    ['2021-10-02', 'ended', 'ended']
  ])('on %s open-day is %s and the green-product week %s', (today, openDay, green) => {
    expect(eventStatus(byId('open-day'), today)).toBe(openDay)
    expect(eventStatus(byId('green-cert-week'), today)).toBe(green)
  })

  it('each date has its own status; a month-only date is unknown until its month is over', () => {
    const national = byId('open-day').dates[0]
    expect(dateStatus(national, '2021-09-14')).toBe('upcoming')
    expect(dateStatus(national, '2021-09-15')).toBe('ongoing')
    expect(dateStatus(national, '2021-09-16')).toBe('ended')
    for (const t of ['2021-08-20', '2021-09-01', '2021-09-30']) expect(dateStatus(month, t)).toBe('unknown')
    expect(dateStatus(month, '2021-10-01')).toBe('ended')
    expect(dateLine(day('2021-09-15'), '2021-09-15')).toBe('全国 · 9月15日 · 今天')
    expect(dateLine(range('2021-09-13', '2021-09-17', 'hainan'), '2021-09-14')).toBe('海南 · 9月13日–17日 · 进行中')
  })

  it('on every day from August to November 2021 and today, each badge repeats one of the card\'s date lines', () => {
    const SCOPE = { hainan: '海南', national: '全国' } as const
    const days: string[] = []
    for (let t = Date.UTC(2021, 7, 1); t <= Date.UTC(2021, 10, 30); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10))
    days.push('2026-12-07')
    for (const today of days) for (const e of edition.events) {
      const badge = eventStatusLabel(e, today)
      const [scope, word] = badge.includes(' · ') ? badge.split(' · ') : [null, badge]
      const lines = e.dates.map((d) => ({ scope: SCOPE[d.scope], status: dateStatus(d, today) }))
      const agrees = scope === null
        // Unscoped: every line has that status (已结束), or the open dates span both scopes.
        ? lines.every((l) => STATUS_WORD[l.status] === word) || (word === '日期待定' && new Set(lines.filter((l) => l.status === 'unknown').map((l) => l.scope)).size > 1)
        : lines.some((l) => l.scope === scope && STATUS_WORD[l.status] === word)
      expect({ today, id: e.id, badge, agrees }).toEqual({ today, id: e.id, badge, agrees: true })
    }
  })

  it('the deciding date is the one running today, else the next to start', () => {
    const e = ev('x', [range('2021-09-20', '2021-09-22'), day('2021-09-10', 'hainan'), month])
    expect(decidingDate(e, '2021-09-01')).toMatchObject({ date: '2021-09-10' })
    expect(eventTimingLabel(e, '2021-09-01')).toBe('海南 · 9天后')
    expect(eventTimingLabel(e, '2021-09-21')).toBe('全国 · 进行中')
    expect(eventStatus(e, '2021-09-25')).toBe('unknown')
    expect(eventStatus(e, '2021-10-01')).toBe('ended')
  })
})
