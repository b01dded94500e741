import type { Edition, Slogan } from '@/content'
import type { ShareCardContent } from '@/lib/share-card'

/** The chat card of one slogan, or of the 口号 page as a whole. Pure. */
export function sloganShareCard(edition: Edition, slogan: Slogan | undefined): { key: string; card: ShareCardContent } {
  if (!slogan) {
    return {
      key: 'slogans',
      card: { eyebrow: edition.campaign.name, title: edition.slogans.heading, subtitle: `${edition.slogans.items.length}条口号 · ${edition.slogans.theme}`, footer: edition.document.number }
    }
  }
  return {
    key: `slogan:${slogan.id}`,
    card: { eyebrow: edition.slogans.heading, title: slogan.text, subtitle: edition.slogans.theme, footer: edition.campaign.name }
  }
}
