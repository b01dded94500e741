/**
 * What an event's dates mean, on China civil dates (YYYY-MM-DD, UTC+8): spans, precision,
 * order, status on a day and the words a date is shown with. Pure. Below the features, so
 * every screen that shows an event (calendar, home, organisers, search) reads its dates the
 * same way.
 *
 * Each date comes with a precision (day / range / month) and a scope (hainan / national).
 * A date with a known day ("dated": day or range) can be placed on a day; a month-only date
 * never is. "Today" is always a parameter (from lib/clock via the page).
 */
import type { CampaignEvent, EventDate } from '@/content'
import { formatMonth, formatMonthDay, formatRange, lastDayOfMonth } from './civil-date'

export type Span = { start: string; end: string }
/** A date whose day is known: precision day or range. */
export type DatedDate = Extract<EventDate, { precision: 'day' | 'range' }>
export type MonthDate = Extract<EventDate, { precision: 'month' }>

/** The span a date covers, as civil dates (a month covers all its days). */
export function dateSpan(d: EventDate): Span {
  switch (d.precision) {
    case 'day':
      return { start: d.date, end: d.date }
    case 'range':
      return { start: d.start, end: d.end }
    case 'month':
      return { start: `${d.month}-01`, end: lastDayOfMonth(d.month) }
  }
}

/** The span of all the event's dates together (earliest start to latest end). */
export function eventSpan(e: CampaignEvent): Span {
  let start = ''
  let end = ''
  for (const d of e.dates) {
    const s = dateSpan(d)
    if (!start || s.start < start) start = s.start
    if (!end || s.end > end) end = s.end
  }
  return { start, end }
}

export function isDated(d: EventDate): d is DatedDate {
  return d.precision !== 'month'
}

/** The event's dates with a known day, in the bundle's order (most precise first). */
export function datedDates(e: CampaignEvent): DatedDate[] {
  return e.dates.filter(isDated)
}

/** True when the event has a date with a known day (day or range). */
export function hasKnownDay(e: CampaignEvent): boolean {
  return e.dates.some(isDated)
}

/** The date that places the event in a list: its most precise (first) date. */
export function primaryDate(e: CampaignEvent): EventDate {
  return e.dates[0]
}

const PRECISION_RANK = { day: 0, range: 1, month: 2 } as const

/** The first day a date covers (cheaper than dateSpan: no month-end arithmetic). */
export function dateStart(d: EventDate): string {
  return d.precision === 'day' ? d.date : d.precision === 'range' ? d.start : `${d.month}-01`
}

/** Events in date order: by start of the primary date, then more precise first, then id. */
export function sortEvents(events: readonly CampaignEvent[]): CampaignEvent[] {
  // Keys computed once per event (a comparator recomputing them made 10,000 events take ~70 ms).
  const keyed = events.map((e) => {
    const d = primaryDate(e)
    return { e, start: dateStart(d), rank: PRECISION_RANK[d.precision], id: e.id }
  })
  keyed.sort((a, b) => {
    if (a.start !== b.start) return a.start < b.start ? -1 : 1
    if (a.rank !== b.rank) return a.rank - b.rank
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  return keyed.map((k) => k.e)
}

// ---------------------------------------------------------------------------------------
// Status from the clock

export type EventStatus = 'upcoming' | 'ongoing' | 'ended'
export const STATUS_LABEL: Record<EventStatus, string> = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' }

export function spanStatus(span: Span, today: string): EventStatus {
  if (today < span.start) return 'upcoming'
  if (today > span.end) return 'ended'
  return 'ongoing'
}

/** The event's status on `today` (China date), over all its dates together. */
export function eventStatus(e: CampaignEvent, today: string): EventStatus {
  return spanStatus(eventSpan(e), today)
}

/** The status of one of its dates. */
export function dateStatus(d: EventDate, today: string): EventStatus {
  return spanStatus(dateSpan(d), today)
}

// ---------------------------------------------------------------------------------------
// Labels

export const SCOPE_LABEL = { hainan: '海南', national: '全国' } as const

/** What a date says on screen, e.g. "9月13日–17日 · 全国", "2021年9月内 · 具体安排以主办单位通知为准". */
export function dateLabel(d: EventDate): string {
  const when = d.precision === 'day' ? formatMonthDay(d.date)
    : d.precision === 'range' ? formatRange(d.start, d.end)
      : `${formatMonth(d.month)}内`
  const note = d.note ?? (d.scope === 'national' ? SCOPE_LABEL.national : '')
  const scope = d.scope === 'national' && !note.includes('全国') ? `全国 · ${note}` : note
  return scope ? `${when} · ${scope}` : when
}
