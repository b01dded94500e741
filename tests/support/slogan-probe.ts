/**
 * Probe for src/features/slogans/model.test.ts, run in a child process with a given TZ
 * (support/probe.ts): for each instant given as an argument, prints the slogan of the day the
 * app would show, with the device's own calendar date and offset, as JSON.
 */
import raw from '../../src/content/editions/2021.json'
import { setNow, today } from '../../src/lib/clock'
import { sloganOfTheDay } from '../../src/features/slogans/model'
import { deviceDate } from './probe'

const slogans = raw.slogans.items
const rows = process.argv.slice(2).map((iso) => {
  const ms = Date.parse(iso)
  setNow(ms)
  return { iso, id: sloganOfTheDay(slogans, today(), raw.campaign.start).id, localDate: deviceDate(ms), offset: new Date(ms).getTimezoneOffset() }
})
process.stdout.write(JSON.stringify(rows))
