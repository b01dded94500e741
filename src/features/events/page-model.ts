/**
 * Events as only the event page (a subpackage) needs them: where each date comes from, and
 * what can be added to the phone's calendar. Kept out of ./model, which the 活动 tab loads in
 * the main package. Pure: no Taro, no React.
 */
import type { CampaignEvent, Source } from '@/content'
import type { CalendarEntry } from '@/lib/ics'
import { CONFIDENCE_LABEL } from '@/lib/sources'
import { formatMonth } from '@/lib/civil-date'
import {
  dateLabel, dateSpan, datedDates, hasKnownDay, isUnpublishedPast, PENDING_NOTE, SCOPE_LABEL, unpublishedNote, type MonthDate
} from '@/lib/event-dates'

// ---------------------------------------------------------------------------------------
// Where a date comes from

/**
 * A quotation in one pair of “”: a quote that is already one quoted phrase (“电梯安全宣传周”)
 * is shown as it is; otherwise it is put in “” and quotation marks inside it become ‘’, as
 * Chinese nests quotations (开展“计量服务中小企业行”活动 → “开展‘计量服务中小企业行’活动”).
 */
export function quoteOnce(quote: string): string {
  const inner = quote.slice(1, -1)
  if (quote.length > 2 && quote.startsWith('“') && quote.endsWith('”') && !/[“”]/.test(inner)) return quote
  return `“${quote.replace(/“/g, '‘').replace(/”/g, '’')}”`
}

/** Where a date comes from, as shown under it. `quoted`: the notice's words in one pair of “”. */
export type SourceLine =
  | { kind: 'notice'; text: string; quote: string; quoted: string }
  | { kind: 'public'; text: string; publisher: string; title: string; confidence: string; url?: string }

export function sourceLine(s: Source): SourceLine {
  if (s.kind === 'notice') {
    const quoted = quoteOnce(s.quote)
    return { kind: 'notice', text: `来源：通知原文${quoted}`, quote: s.quote, quoted }
  }
  const confidence = CONFIDENCE_LABEL[s.confidence]
  return {
    kind: 'public',
    text: `来源：${s.publisher}《${s.title}》 · 可信度：${confidence}`,
    publisher: s.publisher,
    title: s.title,
    confidence,
    ...(s.url ? { url: s.url } : {})
  }
}

// ---------------------------------------------------------------------------------------
// Adding to the phone's calendar

/** What can be added: one entry per dated date of the event (month-only dates cannot). */
export function calendarEntries(e: CampaignEvent, ctx: { campaignName: string; documentNumber: string }): CalendarEntry[] {
  return datedDates(e).map((d) => {
    const { start, end } = dateSpan(d)
    const others = e.dates.filter((x) => x !== d).map((x) => `${SCOPE_LABEL[x.scope]}：${dateLabel(x)}`)
    const description = [
      e.summary,
      `日期：${dateLabel(d)}`,
      sourceLine(d.source).text,
      ...others,
      `${ctx.campaignName}（${ctx.documentNumber}）`
    ].join('\n')
    const title = d.scope === 'national' ? `${e.title}（全国）` : e.title
    const compact = start.replace(/-/g, '')
    return {
      uid: `${e.id}-${compact}@hainan-quality-month.invalid`,
      title,
      start,
      end,
      description,
      filename: `hq-${e.id}-${compact}.ics`
    }
  })
}

/**
 * Why an event cannot be added to a calendar (no known day), or null when it can. Once its
 * months are over it says, in the past tense, that the day was never published, instead of
 * pointing to the organisers' announcements (lib/event-dates, dateLabel).
 */
export function calendarUnavailableReason(e: CampaignEvent, today: string): string | null {
  if (hasKnownDay(e)) return null
  const monthDates = e.dates.filter((d): d is MonthDate => d.precision === 'month')
  const months = monthDates.map((d) => `${formatMonth(d.month)}内`)
  const when = months.length ? months.join('、') : '某月内'
  if (monthDates.length && monthDates.every((d) => isUnpublishedPast(d, today))) {
    const scopes = new Set(monthDates.map((d) => d.scope))
    const unpublished = scopes.size === 1 ? unpublishedNote(monthDates[0].scope) : '具体日期未公布'
    return `通知只写明在${when}开展，${unpublished}，所以无法添加到手机日历。`
  }
  return `通知只写明在${when}开展，没有具体日期，所以无法添加到手机日历。${PENDING_NOTE}。`
}
