/**
 * The home page's events: the next few from the clock, or, once the campaign is over, a
 * short look back at its main events. Pure (China civil dates in, lists out); the events'
 * dates are read through lib/event-dates, as every screen reads them.
 */
import type { CampaignEvent } from '@/content'
import { dateSpan, hasKnownDay, primaryDate, sortEvents } from '@/lib/event-dates'
import { daysBetween } from '@/lib/civil-date'
import { campaignStatus } from './model'

/** Where an event stands on a day. `month`: only its month is known, so no day is claimed. */
export type EventTiming =
  | { kind: 'today' }
  | { kind: 'ongoing' }
  | { kind: 'soon'; days: number }
  | { kind: 'month' }
  | { kind: 'past' }

export type HomeEvent = { event: CampaignEvent; timing: EventTiming }

export type HomeEvents =
  | { mode: 'upcoming'; items: HomeEvent[] }
  | { mode: 'review'; items: HomeEvent[] }

export const UPCOMING_COUNT = 3
export const REVIEW_COUNT = 5

export function eventTiming(e: CampaignEvent, today: string): EventTiming {
  const d = primaryDate(e)
  const { start, end } = dateSpan(d)
  if (end < today) return { kind: 'past' }
  if (d.precision === 'month') return { kind: 'month' }
  if (start > today) return { kind: 'soon', days: daysBetween(today, start) }
  return start === end ? { kind: 'today' } : { kind: 'ongoing' }
}

/**
 * During and before the campaign: the next `UPCOMING_COUNT` events not yet over — those
 * with a known day first, in date order; if fewer, events known only to the month fill in.
 * After the campaign: its main events (those with a known day), in date order.
 */
export function homeEvents(
  events: readonly CampaignEvent[],
  campaign: { start: string; end: string },
  today: string
): HomeEvents {
  const sorted = sortEvents(events)
  if (campaignStatus(campaign, today).state === 'ended') {
    return {
      mode: 'review',
      items: sorted.filter(hasKnownDay).slice(0, REVIEW_COUNT).map((event) => ({ event, timing: { kind: 'past' } }))
    }
  }
  const live = sorted
    .map((event) => ({ event, timing: eventTiming(event, today) }))
    .filter((x) => x.timing.kind !== 'past')
  const dated = live.filter((x) => x.timing.kind !== 'month')
  const monthOnly = live.filter((x) => x.timing.kind === 'month')
  return { mode: 'upcoming', items: [...dated, ...monthOnly].slice(0, UPCOMING_COUNT) }
}

/** The badge beside an event, in words (never colour alone). */
export function timingLabel(t: EventTiming): string {
  switch (t.kind) {
    case 'today':
      return '今天'
    case 'ongoing':
      return '进行中'
    case 'soon':
      return t.days === 1 ? '明天' : `${t.days}天后`
    case 'month':
      return '日期待定'
    case 'past':
      return '已举办'
  }
}
