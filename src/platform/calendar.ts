/**
 * Fallback for jest and the type checker (the builds use calendar.weapp.ts / calendar.h5.ts,
 * which must export the same names): no calendar here.
 */
import { CALENDAR_FAILURE_TEXT, type CalendarEntry, type CalendarMode, type CalendarResult } from './calendar-types'

export const CALENDAR_MODE: CalendarMode = 'none'

export async function addToPhoneCalendar(_entry: CalendarEntry): Promise<CalendarResult> {
  return { ok: false, reason: 'unsupported', message: CALENDAR_FAILURE_TEXT.unsupported }
}

export async function openCalendarSettings(): Promise<boolean> {
  return false
}
