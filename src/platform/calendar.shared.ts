/**
 * Adding an all-day entry to the phone's calendar: what the two variants export
 * (calendar.weapp.ts: wx.addPhoneCalendar; calendar.h5.ts: an .ics download;
 * docs/platform-files.md), the types they share and the reading of WeChat's error messages. Pure.
 */
import { privacyFailureText } from './privacy-errors'

import type { CalendarEntry } from '@/lib/ics'

export type { CalendarEntry }

/** How this build adds to a calendar: the phone's own calendar or a downloaded .ics file. */
export type CalendarMode = 'phone' | 'file'

export type CalendarFailure = 'denied' | 'system-denied' | 'privacy-denied' | 'privacy-undeclared' | 'cancelled' | 'unsupported' | 'failed'

export type CalendarResult =
  | { ok: true; how: 'phone' | 'file'; filename?: string }
  | { ok: false; reason: CalendarFailure; message: string }

/**
 * What a failed wx.addPhoneCalendar means, from its errMsg, e.g.
 * "addPhoneCalendar:fail auth deny" (the user refused the 日历 permission: openSetting can
 * grant it), "addPhoneCalendar:fail system permission denied" (WeChat itself may not use the
 * calendar: the phone's settings), "…:fail privacy permission is not authorized" (the user
 * refused our consent sheet), "…:fail api scope is not declared in the privacy agreement"
 * (errno 112: our configuration error), "…:fail cancel".
 */
export function classifyCalendarError(errMsg: string | undefined): CalendarFailure {
  const m = (errMsg ?? '').toLowerCase()
  if (/not declared in the privacy agreement/.test(m)) return 'privacy-undeclared'
  if (/privacy/.test(m)) return 'privacy-denied'
  if (/cancel/.test(m)) return 'cancelled'
  if (/system permission|system.*denied/.test(m)) return 'system-denied'
  if (/auth|permission|scope/.test(m)) return 'denied'
  if (/not support|unsupported|no such|is not a function/.test(m)) return 'unsupported'
  return 'failed'
}

/** What the user can do instead when the calendar API is held back by privacy (the screen shows the text). */
export const CALENDAR_FALLBACK = '可以改用下面的日历文本（.ics）：长按选择复制，或照着日期在手机日历里手动添加。'

/** Failures after which the screen offers the .ics text instead. */
export function offersIcsText(reason: CalendarFailure): boolean {
  return reason === 'privacy-denied' || reason === 'privacy-undeclared'
}

/** What the screen says for each failure (the 'denied' case also offers openSetting). */
export const CALENDAR_FAILURE_TEXT: Record<CalendarFailure, string> = {
  denied: '没有写入日历的权限：您之前拒绝了“添加到日历”。可点“打开设置”允许后再试。',
  'system-denied': '手机没有允许微信使用日历：请在手机“设置”中允许微信访问日历，然后再试。',
  'privacy-denied': `${privacyFailureText('privacy-denied', '添加到日历')}${CALENDAR_FALLBACK}`,
  'privacy-undeclared': `${privacyFailureText('privacy-undeclared', '添加到手机日历')}${CALENDAR_FALLBACK}`,
  cancelled: '已取消，没有添加到日历。',
  unsupported: '当前环境不支持添加到手机日历（微信版本过低时请先升级微信）。',
  failed: '没有添加成功，请稍后再试。'
}

export type CalendarModule = {
  /** How this build adds to a calendar. */
  CALENDAR_MODE: CalendarMode
  addToPhoneCalendar(entry: CalendarEntry): Promise<CalendarResult>
  /** Opens the app's permission settings; resolves whether adding to the calendar is now allowed. */
  openCalendarSettings(): Promise<boolean>
}

export type BothVariants = Implements<CalendarModule, typeof import('./calendar.weapp') | typeof import('./calendar.h5')>
