export { EventsCalendar } from './EventsCalendar'
export { EventDetail } from './EventDetail'
export { EventCard } from './EventCard'
export { useFollows, useCalendarView, FOLLOWS_KEY, FOLLOWS_VERSION } from './store'
export {
  dateLabel, dateSpan, eventSpan, sortEvents, splitByPrecision, hasKnownDay, primaryDate, eventStatus, STATUS_LABEL,
  filterEvents, facetCounts, buildDayIndex, eventsOnDay, monthGrid, groupByWeek, calendarMonths, calendarEntries,
  type EventStatus, type EventFilter
} from './model'
export { buildIcs } from '@/lib/ics'
export { openEvent } from './links'
