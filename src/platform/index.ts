/**
 * The only code that calls Taro APIs with side effects. Platform differences live here
 * (or in files suffixed .weapp.ts / .h5.ts), never in components.
 */
export { callPhone } from './phone'
export { openTab, openPage } from './navigation'
export { copyText } from './clipboard'
export { readStored, writeStored, removeStored, onStorageFailure, type StorageFailure } from './storage'
export { prefersReducedMotion } from './motion'
export { scrollToId } from './scroll'
export { SHARE_TO_CHAT, isSinglePageMode, copyPageLink } from './share'
export { POSTER_ACTIONS, devicePixelRatio, drawPoster, exportPoster, openAlbumSettings } from './poster'
export type { PosterAction, PosterOutcome, PosterDraw, PosterDrawingContext, DrawResult, PosterSize } from './poster-types'
