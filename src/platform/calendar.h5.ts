/**
 * H5: no phone calendar API (Taro's H5 addPhoneCalendar only reports "暂时不支持 API"), so the
 * entry is downloaded as an iCalendar file (RFC 5545, see lib/ics.ts) that the
 * phone's calendar opens. Made in the page: nothing leaves the device.
 */
import { now } from '@/lib/clock'
import { buildIcs } from '@/lib/ics'
import { CALENDAR_FAILURE_TEXT, type CalendarEntry, type CalendarMode, type CalendarResult } from './calendar.shared'

export const CALENDAR_MODE: CalendarMode = 'file'

export async function addToPhoneCalendar(entry: CalendarEntry): Promise<CalendarResult> {
  try {
    const text = buildIcs([entry], { dtstamp: now() })
    const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = entry.filename
    a.rel = 'noopener'
    a.style.display = 'none'
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return { ok: true, how: 'file', filename: entry.filename }
  } catch {
    return { ok: false, reason: 'failed', message: CALENDAR_FAILURE_TEXT.failed }
  }
}

export async function openCalendarSettings(): Promise<boolean> {
  return false
}
