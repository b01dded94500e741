/** Chat-card pictures: what share-card.weapp.ts and share-card.h5.ts both export (docs/platform-files.md) and share. */
import type { ShareCardContent } from '@/lib/share-card'

export type { ShareCardContent }

/** What a page's onShareAppMessage returns: title and path at once; the picture now or through `promise`. */
export type ShareBase = { title: string; path: string }
export type ShareMessage = ShareBase & {
  imageUrl?: string
  /**
   * WeChat (base library 2.12.0) waits up to 3 s for it and otherwise shares the title and
   * path above with its default picture. Ours always resolves, within SHARE_IMAGE_BUDGET_MS.
   */
  promise?: Promise<ShareBase & { imageUrl?: string }>
}

/** How long the share may wait for the picture (WeChat's limit is 3 s). */
export const SHARE_IMAGE_BUDGET_MS = 2500

export type ShareCardPlatform = {
  /** Draws the card now (e.g. when the page is ready), so the share has it at once. */
  prepareShareCard(key: string, card: ShareCardContent): void
  shareMessage(base: ShareBase, key: string, card: ShareCardContent): ShareMessage
}

export type BothVariants = Implements<ShareCardPlatform, typeof import('./share-card.weapp') | typeof import('./share-card.h5')>
