/**
 * Test helper run in a child process (so TZ is set before the process starts): for each
 * instant given as an argument, prints the slogan of the day the app would show, with the
 * device's own calendar date and offset, as JSON.
 */
import raw from '../../content/editions/2021.json'
import { setNow, today } from '../../lib/clock'
import { sloganOfTheDay } from './model'

const slogans = raw.slogans.items
const rows = process.argv.slice(2).map((iso) => {
  const ms = Date.parse(iso)
  setNow(ms)
  const d = new Date(ms)
  const localDate = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return { iso, id: sloganOfTheDay(slogans, today(), raw.campaign.start).id, localDate, offset: d.getTimezoneOffset() }
})
process.stdout.write(JSON.stringify(rows))
