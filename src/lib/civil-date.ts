/**
 * Civil dates (YYYY-MM-DD strings, no time, no zone): arithmetic and Chinese labels.
 * A civil date means the same day everywhere, so all maths is done at UTC midnight.
 * Any four-digit year works, 0000–0099 included (Date.UTC would read those as 1900–1999).
 */
const DAY_MS = 86_400_000

/** UTC midnight of year `y`, month `m0` (0-based, may overflow) and day `d`, for any year. */
export function utcMidnight(y: number, m0: number, d: number): number {
  const t = new Date(0)
  t.setUTCFullYear(y, m0, d)
  return t.getTime()
}

/** The written form of a civil date: YYYY-MM-DD (not yet a check that the day exists). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** True when a YYYY-MM-DD string names a day that exists (no 2021-02-30, no month 13), any year. */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number)
  const t = new Date(utcMidnight(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** True for a civil date written YYYY-MM-DD that exists. */
export function isCivilDate(s: string): boolean {
  return ISO_DATE_PATTERN.test(s) && isRealDate(s)
}

function toUtcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return utcMidnight(y, m - 1, d)
}

/** The civil date at UTC of instant `ms` (milliseconds since the epoch), YYYY-MM-DD. */
export function fromUtcMs(ms: number): string {
  const t = new Date(ms)
  const y = t.getUTCFullYear()
  const year = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`
  return `${year}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`
}

export function addDays(date: string, n: number): string {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS)
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS)
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(toUtcMs(date)).getUTCDay()
  return d === 0 ? 7 : d
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return fromUtcMs(utcMidnight(y, m, 0))
}

/** 9月15日 */
export function formatMonthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number)
  return `${m}月${d}日`
}

/** 2021年9月15日 */
export function formatFullDate(date: string): string {
  const [y] = date.split('-')
  return `${y}年${formatMonthDay(date)}`
}

/** 2021年9月 */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

/** 9月13日–17日, or 9月27日–10月1日 across months. */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatMonthDay(start)
  const [, sm] = start.split('-').map(Number)
  const [, em, ed] = end.split('-').map(Number)
  return sm === em ? `${formatMonthDay(start)}–${ed}日` : `${formatMonthDay(start)}–${formatMonthDay(end)}`
}

/** The Monday of the week `date` falls in (weeks start on Monday). */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date))
}

/** `month` (YYYY-MM) moved by `n` months, across year ends. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const total = y * 12 + (m - 1) + n
  const ny = Math.floor(total / 12)
  const nm = total - ny * 12 + 1
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}`
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const

/** 周三 (Monday = 周一). */
export function formatWeekday(date: string): string {
  return `周${WEEKDAY_NAMES[isoWeekday(date) - 1]}`
}

/** The weekday names from Monday, for a calendar header: 一 … 日. */
export const WEEKDAY_HEADERS: readonly string[] = WEEKDAY_NAMES

/**
 * The instant a civil date begins in China (00:00 UTC+8), in unix SECONDS — what
 * wx.addPhoneCalendar takes. Independent of the device's time zone.
 */
export function chinaMidnightSeconds(date: string): number {
  return toUtcMs(date) / 1000 - 8 * 3600
}
