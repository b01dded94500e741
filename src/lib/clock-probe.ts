/**
 * Test helper run in a child process (so TZ is set before the process starts):
 * prints, for each instant given as an argument, the app's today() and the device's
 * own local calendar date, as JSON.
 */
import { setNow, today } from './clock'

const rows = process.argv.slice(2).map((iso) => {
  const ms = Date.parse(iso)
  setNow(ms)
  const d = new Date(ms)
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return { iso, today: today(), local, offset: d.getTimezoneOffset() }
})
process.stdout.write(JSON.stringify(rows))
