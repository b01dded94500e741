/**
 * Probe for src/features/events/model.test.ts, run in a child process with a given TZ
 * (support/probe.ts): for each instant, sets the app clock and prints what the calendar model
 * makes of "today", as JSON.
 */
// The 2021 file itself: this runs under tsx (no webpack require.context, no jest module map).
import raw from '../../src/content/editions/2021.json'
import type { Edition } from '../../src/content/schema'
import { setNow, today } from '../../src/lib/clock'
import { addDays, chinaMidnightSeconds, startOfWeek } from '../../src/lib/civil-date'
import { eventStatus } from '../../src/lib/event-dates'
import { buildDayIndex, calendarMonths, eventsOnDay, initialMonth, monthGrid } from '../../src/features/events/model'

const edition = raw as unknown as Edition
const index = buildDayIndex(edition.events)
const months = calendarMonths(edition.events, edition.campaign.month)
const byId = (id: string) => edition.events.find((e) => e.id === id)!

const rows = process.argv.slice(2).map((iso) => {
  setNow(Date.parse(iso))
  const t = today()
  const month = initialMonth(months, t, edition.campaign.month)
  const cell = monthGrid(month, index, t).flat().find((c) => c.isToday && c.inMonth)
  return {
    today: t,
    month,
    todayInGrid: cell ? cell.date : null,
    openDay: eventStatus(byId('open-day'), t),
    green: eventStatus(byId('green-cert-week'), t),
    week: startOfWeek(t),
    onDay: eventsOnDay(index, t).map((h) => h.event.id),
    openDaySeconds: chinaMidnightSeconds('2021-09-15'),
    openDayEndSeconds: chinaMidnightSeconds(addDays('2021-09-15', 1)) - 1,
    offset: new Date(Date.parse(iso)).getTimezoneOffset()
  }
})
process.stdout.write(JSON.stringify(rows))
