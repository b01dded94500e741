import { edition } from '@/content/newest'
import { addDays } from '@/lib/civil-date'
import { runProbe } from '../../../tests/support/probe'
import { day, ev, ids, month, range } from '../../../tests/support/events'
import {
  buildDayIndex, calendarMonths,
  datedEventsInMonth, eventsOnDay, eventsOnDayScan, facetCounts, filterEvents, groupByWeek,
  initialMonth, isFilterActive, monthGrid, monthOnlyEvents, monthOnlyHeading, monthOnlyMonths, NO_FILTER, splitByPrecision,
  dayCellName, dayStatusText, gridKeyTarget, gridTabStop, monthOnlyNote, weekHeading
} from './model'

const hitIds = (hits: ReadonlyArray<{ event: { id: string } }>) => hits.map((h) => h.event.id)

describe('event dates', () => {
  it('heads a month’s undated events', () => {
    expect(monthOnlyHeading('2021-09', '2021-09-14')).toBe('9月内 · 日期待定')
    expect(monthOnlyHeading('2021-10', '2021-09-14')).toBe('10月内 · 日期待定')
    expect(monthOnlyHeading('2021-09', '2021-09-30')).toBe('9月内 · 日期待定')
    expect(monthOnlyHeading('2021-09', '2021-10-01')).toBe('9月内 · 具体日期未公布')
    expect(monthOnlyHeading('2021-09', '2026-12-07')).toBe('9月内 · 具体日期未公布')
  })

  it('says, once the month is over, that the day of its undated events was never published', () => {
    const undated = monthOnlyEvents(edition.events, '2021-09')
    expect(monthOnlyNote('2021-09', undated, '2021-09-14')).toBe('以下活动通知只写明在这个月内开展，没有具体日期，具体安排以主办单位通知为准。')
    expect(monthOnlyNote('2021-09', undated, '2026-12-07')).toBe('以下活动通知只写明在这个月内开展，海南的具体日期未公布。')
    expect(monthOnlyNote('2021-09', [ev('n', [{ ...month, scope: 'national' }]), ev('h', [month])], '2026-12-07')).toBe('以下活动通知只写明在这个月内开展，具体日期未公布。')
  })

  it('heads a week with its dates in any year, marking the current one', () => {
    const g = { start: '2021-09-13', end: '2021-09-19', label: '9月13日–19日' }
    expect(weekHeading(g, '2021-09-14')).toBe('9月13日–19日（本周）')
    expect(weekHeading(g, '2021-09-20')).toBe('9月13日–19日')
    expect(weekHeading(g, '2026-12-07')).toBe('9月13日–19日')
  })

  it('keeps month-only events apart, in date order', () => {
    const a = ev('a-month', [month])
    const b = ev('b-range', [range('2021-09-13', '2021-09-17'), month])
    const c = ev('c-day', [day('2021-09-09'), month])
    const d = ev('d-oct', [range('2021-09-27', '2021-10-01')])
    const { dated, monthOnly } = splitByPrecision([d, a, b, c])
    expect(ids(dated)).toEqual(['c-day', 'b-range', 'd-oct'])
    expect(ids(monthOnly)).toEqual(['a-month'])
  })
})

describe('events on a day', () => {
  const index = buildDayIndex(edition.events)

  it('finds the real bundle’s national dates, and never a month-only event', () => {
    expect(hitIds(eventsOnDay(index, '2021-09-09'))).toEqual(['service-cert-week'])
    expect(hitIds(eventsOnDay(index, '2021-09-15')).sort()).toEqual(['open-day', 'organic-cert-week'])
    expect(hitIds(eventsOnDay(index, '2021-09-16')).sort()).toEqual(['hangzhou-conference', 'organic-cert-week'])
    expect(hitIds(eventsOnDay(index, '2021-09-30'))).toEqual(['green-cert-week'])
    expect(hitIds(eventsOnDay(index, '2021-10-01'))).toEqual(['green-cert-week'])
    expect(eventsOnDay(index, '2021-10-02')).toEqual([])
    expect(eventsOnDay(index, '2021-09-01')).toEqual([])
    const monthOnly = new Set(splitByPrecision(edition.events).monthOnly.map((e) => e.id))
    for (const hits of index.values()) for (const h of hits) expect(monthOnly.has(h.event.id)).toBe(false)
  })

  it('gives the date that places the event on the day', () => {
    const [hit] = eventsOnDay(index, '2021-09-15').filter((h) => h.event.id === 'open-day')
    expect(hit.date).toMatchObject({ precision: 'day', date: '2021-09-15', scope: 'national' })
  })

  it('the index and a plain scan agree on every day from August to November', () => {
    for (let d = '2021-08-01'; d <= '2021-11-30'; d = addDays(d, 1)) {
      expect([d, hitIds(eventsOnDay(index, d))]).toEqual([d, hitIds(eventsOnDayScan(edition.events, d))])
    }
  })

  it('counts an event once on a day even when two of its dates cover it, across a year end', () => {
    const e = ev('twice', [range('2021-12-30', '2022-01-02'), day('2022-01-01')])
    const idx = buildDayIndex([e])
    expect([...idx.keys()]).toEqual(['2021-12-30', '2021-12-31', '2022-01-01', '2022-01-02'])
    expect(eventsOnDay(idx, '2022-01-01')).toHaveLength(1)
  })
})

describe('the month grid', () => {
  const index = buildDayIndex(edition.events)

  it('September 2021: weeks start on Monday, 30 August to 3 October', () => {
    const weeks = monthGrid('2021-09', index, '2021-09-14')
    expect(weeks).toHaveLength(5)
    expect(weeks.map((w) => w[0].date)).toEqual(['2021-08-30', '2021-09-06', '2021-09-13', '2021-09-20', '2021-09-27'])
    expect(weeks[4][6].date).toBe('2021-10-03')
    for (const w of weeks) expect(w).toHaveLength(7)
    const cells = weeks.flat()
    expect(cells.filter((c) => c.inMonth)).toHaveLength(30)
    expect(cells.filter((c) => c.isToday).map((c) => c.date)).toEqual(['2021-09-14'])
    const counts = Object.fromEntries(cells.filter((c) => c.count).map((c) => [c.date, c.count]))
    expect(counts).toEqual({
      '2021-09-09': 1,
      '2021-09-13': 1, '2021-09-14': 1, '2021-09-15': 2, '2021-09-16': 2, '2021-09-17': 2,
      '2021-09-27': 1, '2021-09-28': 1, '2021-09-29': 1, '2021-09-30': 1, '2021-10-01': 1
    })
    expect(cells.find((c) => c.date === '2021-09-15')!.day).toBe(15)
  })

  it('October 2021 shows the green-product week’s last day; no today outside the range', () => {
    const weeks = monthGrid('2021-10', index, '2026-11-24')
    expect(weeks[0][0].date).toBe('2021-09-27')
    expect(weeks.flat().some((c) => c.isToday)).toBe(false)
    expect(weeks.flat().find((c) => c.date === '2021-10-01')).toMatchObject({ inMonth: true, count: 1 })
  })

  it.each([
    ['2021-02', 4, '2021-02-01', '2021-02-28'], // starts on a Monday, 28 days
    ['2021-08', 6, '2021-07-26', '2021-09-05'], // starts on a Sunday
    ['2021-12', 5, '2021-11-29', '2022-01-02'], // across the year end
    ['2022-01', 6, '2021-12-27', '2022-02-06'],
    ['2024-02', 5, '2024-01-29', '2024-03-03'] // leap year
  ])('%s has %i weeks from %s to %s', (m, n, first, last) => {
    const weeks = monthGrid(m, new Map(), '2000-01-01')
    expect(weeks).toHaveLength(n)
    expect(weeks[0][0].date).toBe(first)
    expect(weeks[n - 1][6].date).toBe(last)
    for (const w of weeks) expect(new Date(`${w[0].date}T00:00:00Z`).getUTCDay()).toBe(1)
  })

  it('the calendar reaches every month with events: September and October', () => {
    expect(calendarMonths(edition.events, '2021-09')).toEqual(['2021-09', '2021-10'])
    const spanning = [ev('a', [range('2021-12-30', '2022-01-02')]), ev('b', [{ ...month, month: '2022-03' }])]
    expect(calendarMonths(spanning, '2022-01')).toEqual(['2021-12', '2022-01', '2022-02', '2022-03'])
    expect(calendarMonths([], '2021-09')).toEqual(['2021-09'])
  })

  it('opens on today’s month when the calendar has it, else on the campaign month', () => {
    const months = ['2021-09', '2021-10']
    expect(initialMonth(months, '2021-10-01', '2021-09')).toBe('2021-10')
    expect(initialMonth(months, '2021-08-31', '2021-09')).toBe('2021-09')
    expect(initialMonth(months, '2026-11-24', '2021-09')).toBe('2021-09')
  })

  it('lists a month’s dated events and its month-only ones apart', () => {
    expect(ids(datedEventsInMonth(edition.events, '2021-10'))).toEqual(['green-cert-week'])
    expect(ids(datedEventsInMonth(edition.events, '2021-09'))).toEqual([
      'service-cert-week', 'organic-cert-week', 'open-day', 'hangzhou-conference', 'green-cert-week'
    ])
    expect(ids(monthOnlyEvents(edition.events, '2021-09'))).toHaveLength(7)
    expect(monthOnlyEvents(edition.events, '2021-09').every((e) => e.dates.every((d) => d.precision === 'month'))).toBe(true)
    expect(monthOnlyEvents(edition.events, '2021-10')).toEqual([])
    expect(monthOnlyMonths(edition.events)).toEqual(['2021-09'])
  })
})

describe('the month grid by keyboard (WAI-ARIA grid pattern)', () => {
  it('one Tab stop: where the keys left it, else the chosen day, else today, else the 1st — in the month shown', () => {
    expect(gridTabStop('2021-09', ['2021-09-20', '2021-09-15', '2021-09-14'])).toBe('2021-09-20')
    expect(gridTabStop('2021-09', [null, '2021-09-15', '2021-09-14'])).toBe('2021-09-15')
    expect(gridTabStop('2021-09', [null, null, '2021-09-14'])).toBe('2021-09-14')
    expect(gridTabStop('2021-10', [null, '2021-09-15', '2021-09-14'])).toBe('2021-10-01')
    expect(gridTabStop('2021-09', [null, null, '2026-12-07'])).toBe('2021-09-01')
  })

  it('arrows move by a day and a week, across month ends', () => {
    expect(gridKeyTarget('ArrowRight', '2021-09-14')).toBe('2021-09-15')
    expect(gridKeyTarget('ArrowLeft', '2021-09-01')).toBe('2021-08-31')
    expect(gridKeyTarget('ArrowDown', '2021-09-28')).toBe('2021-10-05')
    expect(gridKeyTarget('ArrowUp', '2021-09-14')).toBe('2021-09-07')
  })

  it('Home / End go to the week’s Monday / Sunday within the month (Ctrl: the month’s first / last day)', () => {
    expect(gridKeyTarget('Home', '2021-09-15')).toBe('2021-09-13')
    expect(gridKeyTarget('End', '2021-09-15')).toBe('2021-09-19')
    expect(gridKeyTarget('Home', '2021-09-02')).toBe('2021-09-01') // the week starts on 30 August
    expect(gridKeyTarget('End', '2021-09-29')).toBe('2021-09-30') // …and ends on 3 October
    expect(gridKeyTarget('Home', '2021-09-15', true)).toBe('2021-09-01')
    expect(gridKeyTarget('End', '2021-09-15', true)).toBe('2021-09-30')
  })

  it('Page Up / Down go to the same day of the previous / next month, or its last day', () => {
    expect(gridKeyTarget('PageDown', '2021-09-15')).toBe('2021-10-15')
    expect(gridKeyTarget('PageUp', '2021-10-31')).toBe('2021-09-30')
    expect(gridKeyTarget('PageDown', '2021-12-31')).toBe('2022-01-31')
    expect(gridKeyTarget('PageDown', '2024-01-31')).toBe('2024-02-29')
    expect(gridKeyTarget('Enter', '2021-09-15')).toBeNull()
    expect(gridKeyTarget('a', '2021-09-15')).toBeNull()
  })

  it('names a day with its date, weekday, events and today; says what a chosen day has', () => {
    expect(dayCellName('2021-09-15', 2, false)).toBe('9月15日 周三，2项活动')
    expect(dayCellName('2021-09-14', 1, true)).toBe('9月14日 周二，1项活动，今天')
    expect(dayCellName('2021-09-05', 0, false)).toBe('9月5日 周日，没有已知日期的活动')
    expect(dayStatusText('2021-09-15', 2)).toBe('9月15日有2项活动，列在下方')
    expect(dayStatusText('2021-09-05', 0)).toBe('9月5日没有已知日期的活动')
  })
})

describe('week grouping', () => {
  it('groups the real bundle by Monday-first weeks of the first known day', () => {
    const groups = groupByWeek(edition.events)
    expect(groups.map((g) => [g.label, ids(g.events)])).toEqual([
      ['9月6日–12日', ['service-cert-week']],
      ['9月13日–19日', ['organic-cert-week', 'open-day', 'hangzhou-conference']],
      ['9月27日–10月3日', ['green-cert-week']]
    ])
    expect(groups.flatMap((g) => g.events).some((e) => e.id === 'quality-month')).toBe(false)
  })

  it('a Sunday belongs to the week before; weeks cross month and year ends', () => {
    const groups = groupByWeek([
      ev('sun', [day('2021-09-19')]),
      ev('mon', [day('2021-09-20')]),
      ev('new-year', [day('2022-01-01')]),
      ev('eve', [day('2021-12-27')])
    ])
    expect(groups.map((g) => [g.start, g.end, ids(g.events)])).toEqual([
      ['2021-09-13', '2021-09-19', ['sun']],
      ['2021-09-20', '2021-09-26', ['mon']],
      ['2021-12-27', '2022-01-02', ['eve', 'new-year']]
    ])
    expect(groups[2].label).toBe('12月27日–1月2日')
  })

  it('places an event by its first known day even when a month date comes first', () => {
    const groups = groupByWeek([ev('m-first', [month, day('2021-09-22')])])
    expect(groups.map((g) => g.start)).toEqual(['2021-09-20'])
  })
})

describe('filters', () => {
  const { categories, organisers, events } = edition

  it('with no filter: everything, all 19 organisers of 附件1 with their counts', () => {
    const f = facetCounts(events, NO_FILTER, categories, organisers)
    expect(f.total).toBe(events.length)
    expect(f.matched).toBe(events.length)
    expect(f.organisers).toHaveLength(19)
    expect(f.organisers.map((o) => o.number).slice(0, 3)).toEqual(['一', '二', '三'])
    expect(f.organisers.find((o) => o.id === 'amr')).toMatchObject({ count: 12, total: 12 })
    expect(f.organisers.filter((o) => o.total === 0)).toHaveLength(18)
    expect(f.categories.reduce((n, c) => n + c.count, 0)).toBe(events.length)
    expect(f.categories.find((c) => c.id === 'certification')!.count).toBe(4)
    expect(filterEvents(events, NO_FILTER)).toHaveLength(events.length)
    expect(isFilterActive(NO_FILTER)).toBe(false)
  })

  it('combines category and organiser; each facet is counted under the other’s choice', () => {
    const cert = { categoryId: 'certification', organiserId: null }
    expect(ids(filterEvents(events, cert)).sort()).toEqual(['certification-for-people', 'green-cert-week', 'organic-cert-week', 'service-cert-week'])
    const f = facetCounts(events, cert, categories, organisers)
    expect(f.matched).toBe(4)
    expect(f.organisers.find((o) => o.id === 'amr')!.count).toBe(4)
    expect(f.categories.find((c) => c.id === 'food')!.count).toBe(1) // not narrowed by its own facet
    const both = { categoryId: 'certification', organiserId: 'amr' }
    expect(filterEvents(events, both)).toHaveLength(4)
    expect(isFilterActive(both)).toBe(true)
  })

  it('an organiser with no event gives an empty result with zero counts', () => {
    const police = { categoryId: null, organiserId: 'police' }
    expect(filterEvents(events, police)).toEqual([])
    const f = facetCounts(events, police, categories, organisers)
    expect(f.matched).toBe(0)
    expect(f.categories.every((c) => c.count === 0)).toBe(true)
    expect(f.organisers.find((o) => o.id === 'police')).toMatchObject({ count: 0, total: 0 })
    expect(f.organisers.find((o) => o.id === 'amr')!.count).toBe(12)
  })

  it('an unknown id matches nothing, without throwing', () => {
    expect(filterEvents(events, { categoryId: 'nope', organiserId: null })).toEqual([])
  })
})

describe('the same answers in every device time zone', () => {
  // Each zone runs in its own process: TZ must be set before Node starts to be honoured.
  const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']
  const INSTANTS = [
    '2021-08-31T15:59:59Z', // 23:59:59 on 31 August in China
    '2021-08-31T16:00:00Z', // 00:00 on 1 September in China
    '2021-09-30T16:30:00Z', // 00:30 on 1 October in China: the month view moves on
    '2021-12-31T16:30:00Z' // 00:30 on 1 January 2022 in China
  ]
  const probe = (zone: string) => runProbe<Array<Record<string, unknown>>>('calendar-probe.ts', INSTANTS, zone)

  const EXPECTED = [
    { today: '2021-08-31', month: '2021-09', todayInGrid: null, openDay: 'upcoming', green: 'upcoming', week: '2021-08-30', onDay: [] },
    // 1 September: only month-only Hainan dates and later national days — nothing runs on a known day yet.
    { today: '2021-09-01', month: '2021-09', todayInGrid: '2021-09-01', openDay: 'upcoming', green: 'upcoming', week: '2021-08-30', onDay: [] },
    { today: '2021-10-01', month: '2021-10', todayInGrid: '2021-10-01', openDay: 'ended', green: 'ongoing', week: '2021-09-27', onDay: ['green-cert-week'] },
    { today: '2022-01-01', month: '2021-09', todayInGrid: null, openDay: 'ended', green: 'ended', week: '2021-12-27', onDay: [] }
  ]

  it.each(ZONES)('TZ=%s', (zone) => {
    const rows = probe(zone)
    expect(rows.map(({ offset: _o, ...r }) => r)).toEqual(EXPECTED.map((e) => ({
      ...e,
      openDaySeconds: 1631635200, // 2021-09-15T00:00+08:00
      openDayEndSeconds: 1631721599
    })))
    const offsets = { 'America/Los_Angeles': 420, UTC: 0, 'Asia/Shanghai': -480, 'Pacific/Kiritimati': -840 } as Record<string, number>
    expect(rows[2].offset).toBe(offsets[zone]) // the child really ran in that zone
  })
})
