/**
 * weapp: wx.addPhoneCalendar (base library 2.15.0; tap-triggered; scope.addPhoneCalendar,
 * declared in README's privacy section as 日历，仅写入). All-day, from 00:00 UTC+8 of the first
 * day to 23:59:59 UTC+8 of the last, in unix SECONDS, whatever the phone's time zone; a
 * reminder at 09:00 the day before. A refused permission can be granted with openSetting.
 */
import Taro from '@tarojs/taro'
import { addDays, chinaMidnightSeconds } from '@/lib/civil-date'
import { ALARM_BEFORE_SECONDS } from '@/lib/ics'
import { classifyPrivacyError } from './privacy-errors'
import { CALENDAR_FAILURE_TEXT, classifyCalendarError, type CalendarEntry, type CalendarMode, type CalendarResult } from './calendar.shared'

export const CALENDAR_MODE: CalendarMode = 'phone'

/** The wx.addPhoneCalendar options for an entry (exported for tests). */
export function phoneCalendarOptions(entry: CalendarEntry) {
  return {
    title: entry.title,
    startTime: chinaMidnightSeconds(entry.start),
    endTime: chinaMidnightSeconds(addDays(entry.end, 1)) - 1,
    allDay: true,
    description: entry.description,
    alarm: true,
    alarmOffset: ALARM_BEFORE_SECONDS
  }
}

export async function addToPhoneCalendar(entry: CalendarEntry): Promise<CalendarResult> {
  if (typeof Taro.canIUse === 'function' && !Taro.canIUse('addPhoneCalendar')) {
    return { ok: false, reason: 'unsupported', message: CALENDAR_FAILURE_TEXT.unsupported }
  }
  // Explicit success/fail callbacks: Taro forwards addPhoneCalendar to wx as it is (it is not in
  // Taro's promisified list), so awaiting its return value would rely on WeChat's own Promise style.
  return new Promise<CalendarResult>((resolve) => {
    const failed = (err: unknown) => {
      const reason = classifyPrivacyError(err) ?? classifyCalendarError((err as { errMsg?: string })?.errMsg ?? String(err))
      resolve({ ok: false, reason, message: CALENDAR_FAILURE_TEXT[reason] })
    }
    try {
      Taro.addPhoneCalendar({
        // Taro's typings declare endTime as a string (copied from WeChat's table); WeChat takes a number.
        ...(phoneCalendarOptions(entry) as unknown as Taro.addPhoneCalendar.Option),
        success: () => resolve({ ok: true, how: 'phone' }),
        fail: failed
      })
    } catch (err) {
      failed(err)
    }
  })
}

/** Opens WeChat's settings for this mini-program; true when the calendar is now allowed. */
export async function openCalendarSettings(): Promise<boolean> {
  try {
    const res = await Taro.openSetting()
    return (res.authSetting as Record<string, boolean | undefined> | undefined)?.['scope.addPhoneCalendar'] === true
  } catch {
    return false
  }
}
