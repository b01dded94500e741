/**
 * A minimal iCalendar (RFC 5545) writer for all-day entries. Pure: no Taro, no DOM.
 *
 * - VCALENDAR with VERSION:2.0, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH (3.6, 3.7);
 * - one VEVENT per entry: UID (stable), DTSTAMP (UTC), DTSTART;VALUE=DATE and DTEND;VALUE=DATE
 *   with DTEND the day AFTER the last day (3.6.1: the end of an all-day event is exclusive),
 *   SUMMARY, DESCRIPTION, TRANSP:TRANSPARENT and a VALARM (DISPLAY) before the start;
 * - TEXT values escaped: backslash, semicolon, comma, newline (3.3.11); other control
 *   characters removed;
 * - every line ends in CRLF and is folded so that no line exceeds 75 octets of UTF-8,
 *   continuation lines starting with one space, never splitting a character (3.1).
 */
import { addDays } from './civil-date'

/**
 * One all-day calendar entry, on civil dates (end inclusive): what the events feature makes
 * of an event's date (features/events/page-model.ts calendarEntries) and what the platform adds
 * to the phone's calendar (platform/calendar.*.ts) or writes here as a file.
 */
export type CalendarEntry = {
  /** Stable across downloads and app versions: the same date of the same event. */
  uid: string
  title: string
  start: string
  /** Last day, inclusive. */
  end: string
  description: string
  /** A short ASCII file name for a download, e.g. hq-open-day-20210915.ics */
  filename: string
}

export const CRLF = '\r\n'
export const PRODID = '-//Hainan Quality Month//Events Calendar 2021//ZH'
/** The reminder: 15 hours before the all-day start (00:00), i.e. 09:00 the day before. */
export const ALARM_BEFORE_SECONDS = 15 * 3600
export const MAX_OCTETS = 75

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/** UTF-8 length of a string (without TextEncoder, which jsdom lacks). */
export function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) n += octets(ch.codePointAt(0)!)
  return n
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}

/**
 * Folds one content line (3.1): the first physical line holds at most 75 octets; each
 * continuation is CRLF + one space + at most 74 octets. Splits only between characters
 * (code points), so a multi-byte UTF-8 sequence or a surrogate pair stays whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  let limit = MAX_OCTETS
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!)
    if (size + n > limit) {
      parts.push(current)
      current = ''
      size = 0
      limit = MAX_OCTETS - 1 // the leading space counts
    }
    current += ch
    size += n
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

/** 2021-09-15 → 20210915 (a DATE value). */
export function icsDate(date: string): string {
  return date.replace(/-/g, '')
}

/** An instant → 20210915T040000Z (a UTC DATE-TIME value). */
export function icsTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

function alarmTrigger(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `-PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`
}

/** The whole calendar file for `entries`, stamped at `dtstamp` (ms since the epoch). */
export function buildIcs(entries: readonly CalendarEntry[], opts: { dtstamp: number; alarmBeforeSeconds?: number }): string {
  const alarm = opts.alarmBeforeSeconds ?? ALARM_BEFORE_SECONDS
  const stamp = icsTimestamp(opts.dtstamp)
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(e.end, 1))}`,
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.title)}`,
      `TRIGGER:${alarmTrigger(alarm)}`,
      'END:VALARM',
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
