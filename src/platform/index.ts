/**
 * The only code that calls Taro APIs with side effects. Platform differences live here
 * (or in files suffixed .weapp.ts / .h5.ts), never in components.
 */
export { callPhone } from './phone'
export { openTab, openPage } from './navigation'
export { copyText } from './clipboard'
export { scrollToAnchor } from './scroll'
export { readStored, writeStored, removeStored, onStorageFailure, type StorageFailure } from './storage'
export { addToPhoneCalendar, openCalendarSettings, CALENDAR_MODE } from './calendar'
export { CALENDAR_FAILURE_TEXT, type CalendarResult, type CalendarMode, type CalendarFailure } from './calendar-types'
export { openMiniProgram, miniProgramAction, type MiniProgramTarget, type OpenAction } from './miniprogram'
export { confirmAction } from './dialog'
export { onAppLeave } from './lifecycle'
export { prefersReducedMotion } from './motion'
export { scrollToId } from './scroll'
export { SHARE_TO_CHAT, isSinglePageMode, copyPageLink } from './share'
export { POSTER_ACTIONS, devicePixelRatio, drawPoster, exportPoster, openAlbumSettings } from './poster'
export type { PosterAction, PosterOutcome, PosterDraw, PosterDrawingContext, DrawResult, PosterSize } from './poster-types'
