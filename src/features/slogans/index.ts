export { SloganCarousel } from './SloganCarousel'
export { TodaySlogan } from './TodaySlogan'
export { SloganHeader } from './SloganHeader'
export { SloganList } from './SloganList'
export { SloganText } from './SloganText'
export { PosterPanel, POSTER_CANVAS_ID } from './PosterPanel'
export {
  sloganOfTheDay, resolveSloganParam, sloganSharePath, sloganShareQuery, sloganAnchor, posterFileName,
  rotate, startRotation, isRunning, ROTATION_INTERVAL_MS, type SloganParam, type Rotation
} from './model'
export { layoutPoster } from './poster'
