import type { CampaignEvent, Edition } from '@/content'
import type { ShareCardContent } from '@/lib/share-card'
import { dateLabel } from '@/lib/event-dates'

/**
 * The chat card of an event page: its title and its first (most precise) date, as the page
 * says it on `today` (a month-only date whose month is over: its day was never published).
 * The key changes with the words, so a card drawn with other words is not reused. Pure.
 */
export function eventShareCard(edition: Edition, event: CampaignEvent | undefined, today: string): { key: string; card: ShareCardContent } {
  if (!event) {
    return { key: 'event:none', card: { eyebrow: edition.campaign.name, title: '活动日历', subtitle: edition.theme, footer: edition.document.number } }
  }
  const subtitle = event.dates[0] ? dateLabel(event.dates[0], today) : undefined
  return {
    key: `event:${event.id}:${subtitle ?? ''}`,
    card: { eyebrow: `${edition.campaign.name} · 活动`, title: event.title, subtitle, footer: edition.document.number }
  }
}
