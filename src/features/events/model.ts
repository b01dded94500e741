/**
 * Events as the calendar needs them, on China civil dates (YYYY-MM-DD, UTC+8). Pure.
 * The 活动 tab loads this in the main package; what only the event page (a subpackage)
 * uses — each date's source line, the phone-calendar entries — is in ./page-model; the
 * follows (关注) are in ./follows.
 *
 * What a date means (span, precision, order, status, label) is lib/event-dates.ts, shared
 * with the other screens. A date with a known day ("dated": day or range) is placed on the
 * calendar's days; a month-only date is never pinned to a day: it is listed under
 * "9月内 · 日期待定". "Today" is always a parameter (from lib/clock via the page).
 */
import type { CampaignEvent } from '@/content'
import {
  addDays, addMonths, formatMonthDay, formatRange, formatWeekday, lastDayOfMonth, monthOf, startOfWeek
} from '@/lib/civil-date'
import {
  dateSpan, dateStart, datedDates, hasKnownDay, isDated, PENDING_NOTE, primaryDate, SCOPE_LABEL, sortEvents, type DatedDate
} from '@/lib/event-dates'

/** The first dated date's start, or the first date's start for a month-only event. */
function placeDate(e: CampaignEvent): string {
  return dateStart(e.dates.find(isDated) ?? primaryDate(e))
}

/** Splits events into those with a known day and those known only to the month. */
export function splitByPrecision(events: readonly CampaignEvent[]): { dated: CampaignEvent[]; monthOnly: CampaignEvent[] } {
  const sorted = sortEvents(events)
  return {
    dated: sorted.filter(hasKnownDay),
    monthOnly: sorted.filter((e) => !hasKnownDay(e))
  }
}

// ---------------------------------------------------------------------------------------
// Events on a day

/** One event on one day, with the date that puts it there. */
export type DayHit = { event: CampaignEvent; date: DatedDate }

/** Days → the events on them, for dated dates only (month-only dates are never on a day). */
export type DayIndex = ReadonlyMap<string, readonly DayHit[]>

/** A span longer than this is not spread over days (protects against a malformed range). */
const MAX_SPAN_DAYS = 366

/** Builds the day index once; `eventsOnDay(index, day)` is then a lookup. Events in list order. */
export function buildDayIndex(events: readonly CampaignEvent[]): DayIndex {
  const index = new Map<string, DayHit[]>()
  const next = new Map<string, string>() // day → the day after, computed once per distinct day
  for (const event of sortEvents(events)) {
    const dated = datedDates(event)
    for (const date of dated) {
      const { start, end } = dateSpan(date)
      let day = start
      for (let i = 0; day <= end && i < MAX_SPAN_DAYS; i++) {
        const hits = index.get(day)
        const hit = { event, date }
        if (!hits) index.set(day, [hit])
        // An event is listed once per day, even when two of its dates cover it.
        else if (dated.length === 1 || !hits.some((h) => h.event === event)) hits.push(hit)
        let following = next.get(day)
        if (following === undefined) {
          following = addDays(day, 1)
          next.set(day, following)
        }
        day = following
      }
    }
  }
  return index
}

/** The events on a civil day, each with the date that covers it; one entry per event. */
export function eventsOnDay(index: DayIndex, day: string): readonly DayHit[] {
  return index.get(day) ?? []
}

/** The same without an index (scans every event): for one-off questions. */
export function eventsOnDayScan(events: readonly CampaignEvent[], day: string): DayHit[] {
  const out: DayHit[] = []
  for (const event of sortEvents(events)) {
    const date = datedDates(event).find((d) => {
      const s = dateSpan(d)
      return s.start <= day && day <= s.end
    })
    if (date) out.push({ event, date })
  }
  return out
}

// ---------------------------------------------------------------------------------------
// Months and the month grid

/**
 * The months the calendar can show: from the earliest to the latest month any event date
 * touches, always including the campaign month, with no gaps.
 */
export function calendarMonths(events: readonly CampaignEvent[], campaignMonth: string): string[] {
  let first = campaignMonth
  let last = campaignMonth
  for (const e of events) {
    for (const d of e.dates) {
      const s = dateSpan(d)
      if (monthOf(s.start) < first) first = monthOf(s.start)
      if (monthOf(s.end) > last) last = monthOf(s.end)
    }
  }
  const months: string[] = []
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m)
  return months
}

/** The month to open on: today's month when the calendar has it, else the campaign month. */
export function initialMonth(months: readonly string[], today: string, campaignMonth: string): string {
  const m = monthOf(today)
  return months.includes(m) ? m : campaignMonth
}

export type GridCell = {
  date: string
  /** Day of the month, 1–31. */
  day: number
  /** False for the leading/trailing days of the neighbouring months. */
  inMonth: boolean
  isToday: boolean
  /** Events on this day (dated dates only). */
  count: number
}

/** A month as weeks of 7 days, Monday first; leading and trailing days complete the weeks. */
export function monthGrid(month: string, index: DayIndex, today: string): GridCell[][] {
  const first = `${month}-01`
  const last = lastDayOfMonth(month)
  const weeks: GridCell[][] = []
  let day = startOfWeek(first)
  while (day <= last) {
    const week: GridCell[] = []
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) {
      week.push({
        date: day,
        day: Number(day.slice(8)),
        inMonth: monthOf(day) === month,
        isToday: day === today,
        count: index.get(day)?.length ?? 0
      })
    }
    weeks.push(week)
  }
  return weeks
}

/**
 * The month grid's one Tab stop (WAI-ARIA grid pattern, roving tabindex): the cell the keys
 * last moved to, else the chosen day, else today, else the 1st — whichever is in the month.
 */
export function gridTabStop(month: string, candidates: ReadonlyArray<string | null>): string {
  return candidates.find((d): d is string => d !== null && monthOf(d) === month) ?? `${month}-01`
}

/**
 * Where a key moves the grid's focus from `date` (WAI-ARIA grid pattern, as a date picker):
 * arrows by a day or a week; Home / End to the start / end of the week (Ctrl: of the month),
 * staying in the month; Page Up / Down to the same day of the previous / next month (its last
 * day when shorter). Null for any other key. The caller keeps the result within the months
 * the calendar shows.
 */
export function gridKeyTarget(key: string | undefined, date: string, ctrl = false): string | null {
  const month = monthOf(date)
  const first = `${month}-01`
  const last = lastDayOfMonth(month)
  const sameDayIn = (m: string) => {
    const end = lastDayOfMonth(m)
    const d = `${m}-${date.slice(8)}`
    return d > end ? end : d
  }
  switch (key) {
    case 'ArrowRight':
    case 'Right':
      return addDays(date, 1)
    case 'ArrowLeft':
    case 'Left':
      return addDays(date, -1)
    case 'ArrowDown':
    case 'Down':
      return addDays(date, 7)
    case 'ArrowUp':
    case 'Up':
      return addDays(date, -7)
    case 'Home': {
      if (ctrl) return first
      const monday = startOfWeek(date)
      return monday < first ? first : monday
    }
    case 'End': {
      if (ctrl) return last
      const sunday = addDays(startOfWeek(date), 6)
      return sunday > last ? last : sunday
    }
    case 'PageUp':
      return sameDayIn(addMonths(month, -1))
    case 'PageDown':
      return sameDayIn(addMonths(month, 1))
    default:
      return null
  }
}

/** A day cell's accessible name: the date, its weekday, its events, today: "9月15日 周三，2项活动，今天". */
export function dayCellName(date: string, count: number, isToday: boolean): string {
  return `${formatMonthDay(date)} ${formatWeekday(date)}，${count ? `${count}项活动` : '没有已知日期的活动'}${isToday ? '，今天' : ''}`
}

/**
 * What the calendar says next to the grid when a day is chosen (a live region: announced):
 * "9月15日有2项活动，列在下方"; "9月5日没有已知日期的活动" (month-only events may still have
 * been on it: unknown is not shown as none).
 */
export function dayStatusText(date: string, count: number): string {
  return count ? `${formatMonthDay(date)}有${count}项活动，列在下方` : `${formatMonthDay(date)}没有已知日期的活动`
}

/** Dated events whose dated spans touch `month`, in list order. */
export function datedEventsInMonth(events: readonly CampaignEvent[], month: string): CampaignEvent[] {
  const first = `${month}-01`
  const last = lastDayOfMonth(month)
  return sortEvents(events).filter((e) => datedDates(e).some((d) => {
    const s = dateSpan(d)
    return s.start <= last && s.end >= first
  }))
}

/** Events known only to a month (no dated date) whose month date is `month`. */
export function monthOnlyEvents(events: readonly CampaignEvent[], month: string): CampaignEvent[] {
  return sortEvents(events).filter((e) => !hasKnownDay(e) && e.dates.some((d) => d.precision === 'month' && d.month === month))
}

/** The months that have month-only events, in order. */
export function monthOnlyMonths(events: readonly CampaignEvent[]): string[] {
  const months = new Set<string>()
  for (const e of events) {
    if (hasKnownDay(e)) continue
    for (const d of e.dates) if (d.precision === 'month') months.add(d.month)
  }
  return [...months].sort()
}

// ---------------------------------------------------------------------------------------
// Week grouping (list view)

export type WeekGroup = {
  /** Monday of the week. */
  start: string
  /** Sunday of the week. */
  end: string
  /** e.g. 9月13日–19日 */
  label: string
  events: CampaignEvent[]
}

/**
 * Dated events grouped by the Monday-first week in which their first dated date starts,
 * weeks in order, events in list order. Month-only events are not grouped (see monthOnlyEvents).
 */
export function groupByWeek(events: readonly CampaignEvent[]): WeekGroup[] {
  const groups = new Map<string, WeekGroup>()
  const mondays = new Map<string, string>() // day → its Monday, computed once per distinct day
  for (const e of sortEvents(events.filter(hasKnownDay))) {
    const place = placeDate(e)
    let start = mondays.get(place)
    if (start === undefined) {
      start = startOfWeek(place)
      mondays.set(place, start)
    }
    let g = groups.get(start)
    if (!g) {
      const end = addDays(start, 6)
      g = { start, end, label: formatRange(start, end), events: [] }
      groups.set(start, g)
    }
    g.events.push(e)
  }
  return [...groups.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}

// ---------------------------------------------------------------------------------------
// Filters

export type EventFilter = { categoryId: string | null; organiserId: string | null }
export const NO_FILTER: EventFilter = { categoryId: null, organiserId: null }

export function isFilterActive(f: EventFilter): boolean {
  return f.categoryId !== null || f.organiserId !== null
}

function matches(e: CampaignEvent, f: EventFilter): boolean {
  return (f.categoryId === null || e.categoryId === f.categoryId) && (f.organiserId === null || e.organiserId === f.organiserId)
}

/** The events matching every set part of the filter (category AND organiser). */
export function filterEvents(events: readonly CampaignEvent[], f: EventFilter): CampaignEvent[] {
  if (!isFilterActive(f)) return [...events]
  return events.filter((e) => matches(e, f))
}

export type FacetOption = {
  id: string
  name: string
  /** Matches if this option were chosen, keeping the other facet's choice. */
  count: number
  /** Events of this option in the whole calendar, whatever the filter. */
  total: number
}

export type Facets = {
  /** Events matching the current filter. */
  matched: number
  /** All events. */
  total: number
  categories: FacetOption[]
  /** In the order of 附件1, all of them (also those with no event), with their number (一 …). */
  organisers: Array<FacetOption & { number: string }>
}

/** Counts for the filter screen: each option counted with the other facet's choice applied. */
export function facetCounts(
  events: readonly CampaignEvent[],
  f: EventFilter,
  categories: ReadonlyArray<{ id: string; name: string }>,
  organisers: ReadonlyArray<{ id: string; number: string; name: string }>
): Facets {
  const byCategory = new Map<string, number>()
  const byOrganiser = new Map<string, number>()
  const catTotal = new Map<string, number>()
  const orgTotal = new Map<string, number>()
  let matched = 0
  for (const e of events) {
    catTotal.set(e.categoryId, (catTotal.get(e.categoryId) ?? 0) + 1)
    orgTotal.set(e.organiserId, (orgTotal.get(e.organiserId) ?? 0) + 1)
    const catOk = f.categoryId === null || e.categoryId === f.categoryId
    const orgOk = f.organiserId === null || e.organiserId === f.organiserId
    if (orgOk) byCategory.set(e.categoryId, (byCategory.get(e.categoryId) ?? 0) + 1)
    if (catOk) byOrganiser.set(e.organiserId, (byOrganiser.get(e.organiserId) ?? 0) + 1)
    if (catOk && orgOk) matched++
  }
  return {
    matched,
    total: events.length,
    categories: categories.map((c) => ({ id: c.id, name: c.name, count: byCategory.get(c.id) ?? 0, total: catTotal.get(c.id) ?? 0 })),
    organisers: organisers.map((o) => ({
      id: o.id, number: o.number, name: o.name, count: byOrganiser.get(o.id) ?? 0, total: orgTotal.get(o.id) ?? 0
    }))
  }
}

// ---------------------------------------------------------------------------------------
// Labels

/**
 * A week's heading: which week it is, "9月13日–19日", in any year (never "这一周", which read
 * as the current week); "（本周）" added when today falls in it.
 */
export function weekHeading(g: Pick<WeekGroup, 'start' | 'end' | 'label'>, today: string): string {
  return g.start <= today && today <= g.end ? `${g.label}（本周）` : g.label
}

/**
 * The heading of a month's undated events: "9月内 · 日期待定" while the month is current or
 * ahead; "9月内 · 具体日期未公布" once it is over (the day was never published).
 */
export function monthOnlyHeading(month: string, today: string): string {
  return `${Number(month.slice(5))}月内 · ${today > lastDayOfMonth(month) ? '具体日期未公布' : '日期待定'}`
}

/**
 * The note under that heading: forward-looking while the month is current or ahead; in the
 * past tense once it is over, naming the scope when all the dates share one ("海南的具体日期未公布").
 */
export function monthOnlyNote(month: string, events: readonly CampaignEvent[], today: string): string {
  if (today <= lastDayOfMonth(month)) return `以下活动通知只写明在这个月内开展，没有具体日期，${PENDING_NOTE}。`
  const scopes = new Set(events.flatMap((e) => e.dates.filter((d) => d.precision === 'month' && d.month === month).map((d) => d.scope)))
  const whose = scopes.size === 1 ? `${SCOPE_LABEL[[...scopes][0]]}的` : ''
  return `以下活动通知只写明在这个月内开展，${whose}具体日期未公布。`
}
