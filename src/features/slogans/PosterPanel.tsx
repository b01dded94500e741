import { useCallback } from 'react'
import type { Edition, Slogan } from '@/content'
import { formatMonth } from '@/lib/civil-date'
import type { MeasureText } from '@/lib/poster'
import * as posterPlatform from '@/platform/poster'
import { PosterSheet } from '@/ui/PosterSheet'
import { posterFileName } from './page-model'
import { layoutPoster, type PosterText } from './poster'

export { POSTER_CANVAS_ID } from '@/ui/PosterSheet'

export function posterText(edition: Edition, slogan: Slogan): PosterText {
  return {
    slogan,
    theme: edition.slogans.theme,
    campaignName: edition.campaign.name,
    campaignMonth: formatMonth(edition.campaign.month),
    issuer: edition.document.issuer,
    documentNumber: edition.document.number
  }
}

/** A poster of one slogan: drawn on open, then shared, saved or downloaded (ui/PosterSheet). */
export function PosterPanel({ edition, slogan, onClose }: { edition: Edition; slogan: Slogan; onClose: () => void }) {
  const layout = useCallback((measure: MeasureText) => layoutPoster(posterText(edition, slogan), measure), [edition, slogan])
  return (
    <PosterSheet
      platform={posterPlatform}
      title='口号海报'
      imageLabel={`海报：${slogan.text}`}
      fileName={posterFileName(slogan)}
      layout={layout}
      onClose={onClose}
    />
  )
}
