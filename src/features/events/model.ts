/**
 * Events as the calendar needs them, on China civil dates. Pure.
 * Each event's dates come with a precision (day / range / month) and a scope
 * (hainan / national); a month-only date is never pinned to a made-up day.
 */
import type { CampaignEvent, EventDate } from '@/content'
import { formatMonth, formatMonthDay, formatRange, lastDayOfMonth } from '@/lib/civil-date'

/** The span a date covers, as civil dates (a month covers all its days). */
export function dateSpan(d: EventDate): { start: string; end: string } {
  switch (d.precision) {
    case 'day':
      return { start: d.date, end: d.date }
    case 'range':
      return { start: d.start, end: d.end }
    case 'month':
      return { start: `${d.month}-01`, end: lastDayOfMonth(d.month) }
  }
}

/** True when the event has a date with a known day (day or range). */
export function hasKnownDay(e: CampaignEvent): boolean {
  return e.dates.some((d) => d.precision !== 'month')
}

/** The date that places the event in a list: its most precise (first) date. */
export function primaryDate(e: CampaignEvent): EventDate {
  return e.dates[0]
}

const PRECISION_RANK = { day: 0, range: 1, month: 2 } as const

/** Events in date order: by start of the primary date, then more precise first, then title. */
export function sortEvents(events: readonly CampaignEvent[]): CampaignEvent[] {
  return [...events].sort((a, b) => {
    const da = primaryDate(a)
    const db = primaryDate(b)
    const sa = dateSpan(da).start
    const sb = dateSpan(db).start
    if (sa !== sb) return sa < sb ? -1 : 1
    const pr = PRECISION_RANK[da.precision] - PRECISION_RANK[db.precision]
    if (pr !== 0) return pr
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
}

/** Splits events into those with a known day and those known only to the month. */
export function splitByPrecision(events: readonly CampaignEvent[]): { dated: CampaignEvent[]; monthOnly: CampaignEvent[] } {
  const sorted = sortEvents(events)
  return {
    dated: sorted.filter(hasKnownDay),
    monthOnly: sorted.filter((e) => !hasKnownDay(e))
  }
}

const SCOPE_LABEL = { hainan: '海南', national: '全国' } as const

/** What a date says on screen, e.g. "9月13日–17日 · 全国", "2021年9月内 · 具体安排以主办单位通知为准". */
export function dateLabel(d: EventDate): string {
  const when = d.precision === 'day' ? formatMonthDay(d.date)
    : d.precision === 'range' ? formatRange(d.start, d.end)
      : `${formatMonth(d.month)}内`
  const note = d.note ?? (d.scope === 'national' ? SCOPE_LABEL.national : '')
  const scope = d.scope === 'national' && !note.includes('全国') ? `全国 · ${note}` : note
  return scope ? `${when} · ${scope}` : when
}
