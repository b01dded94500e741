/**
 * The poster's platform layer where there is no canvas to draw on (jest, the type
 * checker): every call reports that posters cannot be made here. The real ones are
 * poster.weapp.ts (WeChat Canvas 2D, image menu, album) and poster.h5.ts (PNG download).
 */
import type { DrawResult, PosterAction, PosterOutcome, PosterPlatform } from '@/lib/poster-types'

const UNAVAILABLE = '此处无法生成海报'

export const POSTER_ACTIONS: readonly PosterAction[] = ['download']

export const devicePixelRatio: PosterPlatform['devicePixelRatio'] = () => 2

export const drawPoster: PosterPlatform['drawPoster'] = async (): Promise<DrawResult> =>
  ({ ok: false, reason: 'failed', message: UNAVAILABLE })

export const exportPoster: PosterPlatform['exportPoster'] = async (): Promise<PosterOutcome> =>
  ({ ok: false, reason: 'failed', message: UNAVAILABLE })

export const openAlbumSettings: PosterPlatform['openAlbumSettings'] = async () => false

export { holdDialogFocus } from './dialog-focus'
