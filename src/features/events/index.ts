export { EventsCalendar } from './EventsCalendar'
export { EventDetail } from './EventDetail'
export { EventCard } from './EventCard'
export { useFollows, useCalendarView, FOLLOWS_KEY, FOLLOWS_VERSION } from './store'
export {
  splitByPrecision, filterEvents, facetCounts, buildDayIndex, eventsOnDay, monthGrid, groupByWeek, calendarMonths, calendarEntries,
  type EventFilter
} from './model'
