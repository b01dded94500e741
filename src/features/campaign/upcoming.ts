/**
 * The home page's events: the next few from the clock, or, once the campaign is an archive
 * (after its month and its last known day), a short look back at its main events. Pure
 * (China civil dates in, lists out); status comes from the one rule in lib/event-dates.
 */
import type { CampaignEvent, EventDate } from '@/content'
import {
  dateSpan, dateStart, dateTiming, decidingDate, hasKnownDay, isArchived, primaryDate, sortEvents, type DateTiming
} from '@/lib/event-dates'

export type EventTiming = DateTiming
/** An event, where it stands, and the date that says so (with its scope). */
export type HomeEvent = { event: CampaignEvent; timing: EventTiming; date: EventDate }

export type HomeEvents =
  | { mode: 'upcoming'; items: HomeEvent[] }
  | { mode: 'review'; items: HomeEvent[] }

export const UPCOMING_COUNT = 3
export const REVIEW_COUNT = 5

/**
 * Where an event stands on `today`: from the known day running today or next (today /
 * ongoing / soon); else, if a month-only date is not over, `unknown` (日期待定); else past.
 */
export function homeEvent(event: CampaignEvent, today: string): HomeEvent {
  const d = decidingDate(event, today)
  if (d) return { event, timing: dateTiming(d, today), date: d }
  const open = event.dates.find((x) => dateSpan(x).end >= today)
  if (open) return { event, timing: { kind: 'unknown' }, date: open }
  return { event, timing: { kind: 'past' }, date: primaryDate(event) }
}

export function eventTiming(e: CampaignEvent, today: string): EventTiming {
  return homeEvent(e, today).timing
}

/**
 * Before and during the campaign: the next `UPCOMING_COUNT` events not yet over — those
 * running or coming on a known day first, by that day; if fewer, events whose day is not
 * known (日期待定) fill in. As an archive: its main events (with a known day), in date order.
 */
export function homeEvents(
  events: readonly CampaignEvent[],
  campaign: { start: string; end: string },
  today: string
): HomeEvents {
  const sorted = sortEvents(events)
  if (isArchived(campaign, events, today)) {
    return {
      mode: 'review',
      items: sorted.filter(hasKnownDay).slice(0, REVIEW_COUNT).map((event) => ({ event, timing: { kind: 'past' }, date: primaryDate(event) }))
    }
  }
  const live = sorted.map((e) => homeEvent(e, today)).filter((x) => x.timing.kind !== 'past')
  const dated = live.filter((x) => x.timing.kind !== 'unknown')
    .sort((a, b) => (dateStart(a.date) < dateStart(b.date) ? -1 : dateStart(a.date) > dateStart(b.date) ? 1 : 0))
  const unknown = live.filter((x) => x.timing.kind === 'unknown')
  return { mode: 'upcoming', items: [...dated, ...unknown].slice(0, UPCOMING_COUNT) }
}
