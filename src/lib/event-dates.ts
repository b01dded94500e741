/**
 * What an event's dates mean, on China civil dates (YYYY-MM-DD, UTC+8): spans, precision,
 * order, status on a day and the words a date is shown with. Pure. Below the features, so
 * every screen that shows an event (calendar, home, organisers, search) reads its dates the
 * same way.
 *
 * Each date comes with a precision (day / range / month) and a scope (hainan / national).
 * A date with a known day ("dated": day or range) can be placed on a day; a month-only date
 * never is. "Today" is always a parameter (from lib/clock via the page).
 *
 * The app's one status rule lives here (see "Status from the clock"): 首页, the 活动 list and
 * month grid, the event page and search all read status and date lines from this module.
 */
import type { CampaignEvent, EventDate } from '@/content'
import { daysBetween, formatMonth, formatMonthDay, formatRange, lastDayOfMonth } from './civil-date'

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
// Status from the clock: the one status rule of the app
//
// - A date with a known day (day / range) is 即将开始 before it, 进行中 on its days, 已结束 after.
// - A month-only date says nothing about a day: until its month is over its status is
//   unknown (日期待定), never 进行中 or 即将开始; after the month it is 已结束.
// - An event is 进行中 only on a day one of its known days covers; else 即将开始 if one of its
//   known days is still ahead; 已结束 when every date (month-only ones included) is over;
//   otherwise 日期待定. The date that decides it is named with its scope (全国 / 海南).

export type EventStatus = 'upcoming' | 'ongoing' | 'ended' | 'unknown'
export const STATUS_LABEL: Record<EventStatus, string> = {
  upcoming: '即将开始', ongoing: '进行中', ended: '已结束', unknown: '日期待定'
}

export function spanStatus(span: Span, today: string): Exclude<EventStatus, 'unknown'> {
  if (today < span.start) return 'upcoming'
  if (today > span.end) return 'ended'
  return 'ongoing'
}

/** Where one date stands on `today`. `unknown`: month only, and the month is not over. */
export type DateTiming =
  | { kind: 'today' }
  | { kind: 'ongoing' }
  | { kind: 'soon'; days: number }
  | { kind: 'unknown' }
  | { kind: 'past' }

export function dateTiming(d: EventDate, today: string): DateTiming {
  const { start, end } = dateSpan(d)
  if (end < today) return { kind: 'past' }
  if (d.precision === 'month') return { kind: 'unknown' }
  if (start > today) return { kind: 'soon', days: daysBetween(today, start) }
  return start === end ? { kind: 'today' } : { kind: 'ongoing' }
}

const TIMING_STATUS: Record<DateTiming['kind'], EventStatus> = {
  today: 'ongoing', ongoing: 'ongoing', soon: 'upcoming', unknown: 'unknown', past: 'ended'
}

/** The status of one of the event's dates (month only: unknown until the month is over). */
export function dateStatus(d: EventDate, today: string): EventStatus {
  return TIMING_STATUS[dateTiming(d, today).kind]
}

/** 今天 / 进行中 / 明天 / N天后 / 日期待定 / 已结束. */
export function timingLabel(t: DateTiming): string {
  switch (t.kind) {
    case 'today':
      return '今天'
    case 'ongoing':
      return '进行中'
    case 'soon':
      return t.days === 1 ? '明天' : `${t.days}天后`
    case 'unknown':
      return '日期待定'
    case 'past':
      return '已结束'
  }
}

/**
 * The known day that decides the event's status on `today`: a date that covers today, else
 * the next one to start; null when no known day is today or ahead.
 */
export function decidingDate(e: CampaignEvent, today: string): DatedDate | null {
  let next: DatedDate | null = null
  for (const d of datedDates(e)) {
    const s = dateSpan(d)
    if (s.start <= today && today <= s.end) return d
    if (s.start > today && (!next || s.start < dateStart(next))) next = d
  }
  return next
}

/** The event's status on `today` (China date), from its known days only (see the rule above). */
export function eventStatus(e: CampaignEvent, today: string): EventStatus {
  const d = decidingDate(e, today)
  if (d) return dateStatus(d, today)
  return e.dates.every((x) => dateSpan(x).end < today) ? 'ended' : 'unknown'
}

/**
 * The date whose scope the event's badge names: the deciding known day; else, while the
 * status is 日期待定, the month-only date that keeps it open (when every such date has one
 * scope); null when the badge needs no scope (已结束: every line says so).
 * So the badge always repeats what one of the card's date lines says, in that line's scope
 * (2021-09-14, 服务认证体验周: "海南 · 日期待定" over "全国 · 9月9日 · 已结束" and
 * "海南 · 9月内，日期待定", never a bare 日期待定 that the national line seems to contradict).
 */
export function badgeDate(e: CampaignEvent, today: string): EventDate | null {
  const d = decidingDate(e, today)
  if (d) return d
  const open = e.dates.filter((x) => dateTiming(x, today).kind === 'unknown')
  return open.length && open.every((x) => x.scope === open[0].scope) ? open[0] : null
}

/** The event's status with the scope it holds in, e.g. "全国 · 即将开始"; "海南 · 日期待定"; "已结束". */
export function eventStatusLabel(e: CampaignEvent, today: string): string {
  const d = badgeDate(e, today)
  return d ? `${SCOPE_LABEL[d.scope]} · ${STATUS_LABEL[dateStatus(d, today)]}` : STATUS_LABEL[eventStatus(e, today)]
}

/** The event's timing with its scope, e.g. "全国 · 明天", "全国 · 进行中"; "海南 · 日期待定"; "已结束". */
export function eventTimingLabel(e: CampaignEvent, today: string): string {
  const d = badgeDate(e, today)
  return d ? `${SCOPE_LABEL[d.scope]} · ${timingLabel(dateTiming(d, today))}` : STATUS_LABEL[eventStatus(e, today)]
}

/**
 * One date with what is known about it, in its own scope: "全国 · 9月15日 · 明天",
 * "全国 · 9月13日–17日 · 进行中", "海南 · 9月内，日期待定"; once a month-only date's month is
 * over, in the past tense: "海南 · 2021年9月内 · 已结束，具体日期未公布".
 */
export function dateLine(d: EventDate, today: string): string {
  const scope = SCOPE_LABEL[d.scope]
  const t = dateTiming(d, today)
  if (d.precision === 'month') {
    return t.kind === 'past' ? `${scope} · ${formatMonth(d.month)}内 · 已结束，具体日期未公布` : `${scope} · ${Number(d.month.slice(5))}月内，日期待定`
  }
  const when = d.precision === 'day' ? formatMonthDay(d.date) : formatRange(d.start, d.end)
  return `${scope} · ${when} · ${timingLabel(t)}`
}

/** The last day anything of the campaign is known to run: the campaign's end or a later event date. */
export function lastKnownDay(campaign: { end: string }, events: readonly CampaignEvent[]): string {
  let last = campaign.end
  for (const e of events) for (const d of e.dates) {
    const end = dateSpan(d).end
    if (end > last) last = end
  }
  return last
}

/**
 * After the campaign (China date past its month and its last known event day) the edition is
 * an archive: nothing invites the user to act on its dates as if they were coming.
 */
export function isArchived(campaign: { end: string }, events: readonly CampaignEvent[], today: string): boolean {
  return today > lastKnownDay(campaign, events)
}

/** "2021年活动已结束（存档）", from the campaign's month. */
export function archiveLabel(campaign: { month: string }): string {
  return `${campaign.month.slice(0, 4)}年活动已结束（存档）`
}

// ---------------------------------------------------------------------------------------
// Labels

export const SCOPE_LABEL = { hainan: '海南', national: '全国' } as const

/**
 * The note the notice gives a month-only Hainan date while it is ahead: a pointer to the
 * organisers' own announcements (forward-looking, so not shown once the month is over).
 */
export const PENDING_NOTE = '具体安排以主办单位通知为准'

/** True when `d` is month-only and its month is over: its day was never published (in the bundle). */
export function isUnpublishedPast(d: EventDate, today: string): boolean {
  return d.precision === 'month' && dateTiming(d, today).kind === 'past'
}

/** What a month-only date says once its month is over, in the past tense: "海南的具体日期未公布". */
export function unpublishedNote(scope: EventDate['scope']): string {
  return `${SCOPE_LABEL[scope]}的具体日期未公布`
}

/**
 * What a date says on screen, e.g. "9月13日–17日 · 全国", "2021年9月内 · 具体安排以主办单位通知为准".
 * Given `today`, a month-only date whose month is over says, instead of the forward-looking
 * note, that its day was never published: "2021年9月内 · 海南的具体日期未公布".
 */
export function dateLabel(d: EventDate, today?: string): string {
  const when = d.precision === 'day' ? formatMonthDay(d.date)
    : d.precision === 'range' ? formatRange(d.start, d.end)
      : `${formatMonth(d.month)}内`
  let note = d.note ?? (d.scope === 'national' ? SCOPE_LABEL.national : '')
  if (today !== undefined && isUnpublishedPast(d, today)) {
    const past = unpublishedNote(d.scope)
    // A note that only pointed ahead (or only named the scope) gives way; any other is kept.
    note = !d.note || d.note === PENDING_NOTE || d.note === SCOPE_LABEL[d.scope] ? past : `${d.note} · ${past}`
  }
  const scope = d.scope === 'national' && !note.includes('全国') ? `全国 · ${note}` : note
  return scope ? `${when} · ${scope}` : when
}
