export { EventList } from './EventList'
export { dateLabel, dateSpan, sortEvents, splitByPrecision, hasKnownDay, primaryDate } from './model'
