import type { CampaignEvent, Edition } from '@/content'
import type { ShareCardContent } from '@/lib/share-card'
import { dateLabel } from '@/lib/event-dates'

/** The chat card of an event page: its title and its first (most precise) date. Pure. */
export function eventShareCard(edition: Edition, event: CampaignEvent | undefined): { key: string; card: ShareCardContent } {
  if (!event) {
    return { key: 'event:none', card: { eyebrow: edition.campaign.name, title: '活动日历', subtitle: edition.theme, footer: edition.document.number } }
  }
  return {
    key: `event:${event.id}`,
    card: { eyebrow: `${edition.campaign.name} · 活动`, title: event.title, subtitle: event.dates[0] ? dateLabel(event.dates[0]) : undefined, footer: edition.document.number }
  }
}
