/**
 * Probe for src/lib/clock.test.ts, run in a child process with a given TZ (support/probe.ts):
 * prints, for each instant given as an argument, the app's today() and the device's own
 * local calendar date, as JSON.
 */
import { setNow, today } from '../../src/lib/clock'
import { deviceDate } from './probe'

const rows = process.argv.slice(2).map((iso) => {
  const ms = Date.parse(iso)
  setNow(ms)
  return { iso, today: today(), local: deviceDate(ms), offset: new Date(ms).getTimezoneOffset() }
})
process.stdout.write(JSON.stringify(rows))
