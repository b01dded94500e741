/**
 * The one clock of the app. "Now" is an instant; "today" is the civil date in China
 * (UTC+8, no daylight saving) whatever the device's time zone.
 *
 * Tests, the H5 e2e suite (`?now=2021-09-14`) and a weapp page opened with the same
 * parameter can set it with `setNow`; everything else reads it through `now()`/`today()`.
 */
import { fromUtcMs, isRealDate, utcMidnight } from './civil-date'

export const CHINA_OFFSET_MINUTES = 8 * 60

let fixed: number | null = null

/** Milliseconds since the epoch. */
export function now(): number {
  return fixed ?? Date.now()
}

/** The civil date in China (UTC+8) at instant `ms`, as YYYY-MM-DD. */
export function chinaDate(ms: number): string {
  // China has no daylight saving: its civil date is the UTC date 8 hours later. (Plain Date
  // arithmetic: dayjs and its utc plugin cost 9 KB of the main package for this one line.)
  return fromUtcMs(ms + CHINA_OFFSET_MINUTES * 60_000)
}

/** The time in China (UTC+8) at instant `ms`, as YYYY-MM-DD HH:mm. */
export function chinaDateTime(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** Today's civil date in China, YYYY-MM-DD. */
export function today(): string {
  return chinaDate(now())
}

const NOW_PARAM = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/

/**
 * Parses a clock override: `2021-09-14` (noon in China that day) or `2021-09-14T23:30`
 * (China time). Any four-digit year counts as written, 0000–0099 included. Returns null
 * for anything else, so a bad parameter is ignored.
 */
export function parseNowParam(value: string | null | undefined): number | null {
  if (!value) return null
  const m = NOW_PARAM.exec(value.trim())
  if (!m) return null
  const [, date, hh = '12', mm = '00'] = m
  if (!isRealDate(date) || Number(hh) > 23 || Number(mm) > 59) return null // e.g. 2021-02-30
  const [y, mo, d] = date.split('-').map(Number)
  // utcMidnight, not Date.UTC or a parsed string: both read years 0–99 as 1900–1999.
  return utcMidnight(y, mo - 1, d) + (Number(hh) * 60 + Number(mm)) * 60_000 - CHINA_OFFSET_MINUTES * 60_000
}

/** Fixes the clock at an instant (ms), or restores the real clock with null. */
export function setNow(ms: number | null): void {
  fixed = ms
}

/** Applies a `now` page/URL parameter if it is valid; returns whether it was applied. */
export function applyNowParam(value: string | null | undefined): boolean {
  const ms = parseNowParam(value)
  if (ms === null) return false
  setNow(ms)
  return true
}
