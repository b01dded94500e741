/**
 * The 活动 tab's view (list or month, month, chosen day, filters) as kept on the phone, so that
 * coming back shows the calendar as the user left it even when the page was made anew — after a
 * reload of an event page (H5), through the browser's history, or when WeChat rebuilt the page.
 * In one running app the store in memory (./store) already keeps it. Pure.
 *
 * Saved with the edition and the China date it was saved on. Another edition's, another day's
 * (a filter left on from last week would silently hide events), an unknown month, day, category
 * or organiser, or anything corrupt is not restored: the calendar starts fresh, without an error.
 */
import { isCivilDate, monthOf } from '@/lib/civil-date'

export type CalendarViewMode = 'month' | 'list' | 'follows'
const MODES: readonly CalendarViewMode[] = ['month', 'list', 'follows']

export const CALENDAR_VIEW_KEY = 'hq:calendar-view'
export const CALENDAR_VIEW_VERSION = 1

export type CalendarViewSlice = {
  view: CalendarViewMode
  /** The month shown (YYYY-MM), or null for the default (today's month or the campaign's). */
  month: string | null
  /** The chosen day, in `month`, or null. */
  day: string | null
  categoryId: string | null
  organiserId: string | null
}

export type SavedCalendarView = {
  version: typeof CALENDAR_VIEW_VERSION
  /** The edition's year. */
  edition: string
  /** The China date it was saved on (lib/clock). */
  savedOn: string
  state: CalendarViewSlice
}

export function savedCalendarView(state: CalendarViewSlice, edition: string, today: string): SavedCalendarView {
  const { view, month, day, categoryId, organiserId } = state
  return { version: CALENDAR_VIEW_VERSION, edition, savedOn: today, state: { view, month, day, categoryId, organiserId } }
}

export type RestoreContext = {
  edition: string
  today: string
  /** The months the calendar shows. */
  months: readonly string[]
  categoryIds: readonly string[]
  organiserIds: readonly string[]
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const idOrNull = (x: unknown, ids: readonly string[]): x is string | null => x === null || (typeof x === 'string' && ids.includes(x))

/** The view to restore from what storage holds, or null to start fresh (see the file's comment). */
export function restoredCalendarView(stored: unknown, ctx: RestoreContext): CalendarViewSlice | null {
  if (!isObject(stored) || stored.version !== CALENDAR_VIEW_VERSION) return null
  if (stored.edition !== ctx.edition || stored.savedOn !== ctx.today || !isObject(stored.state)) return null
  const { view, month, day, categoryId, organiserId } = stored.state
  if (typeof view !== 'string' || !MODES.includes(view as CalendarViewMode)) return null
  if (month !== null && !(typeof month === 'string' && ctx.months.includes(month))) return null
  if (day !== null && !(typeof day === 'string' && isCivilDate(day) && month !== null && monthOf(day) === month)) return null
  if (!idOrNull(categoryId, ctx.categoryIds) || !idOrNull(organiserId, ctx.organiserIds)) return null
  return { view: view as CalendarViewMode, month, day, categoryId, organiserId }
}
