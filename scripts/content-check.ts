/**
 * npm run content:check [file…]
 * Reads and validates content bundles (default: every src/content/editions/*.json) and prints
 * every problem as one line `path: reason`, then `<file>: N problem(s)`, or `<file>: ok`.
 * Keys, values and the file name are escaped and shortened (src/content/printable.ts), so a
 * bundle cannot forge a line or send escape sequences to the terminal.
 * Exit code 0 when every file is valid, 1 otherwise.
 */
import { relative } from 'node:path'
import { checkFile, editionFiles } from './content-guard'
import { formatProblem } from './content/problem'
import { oneLine } from '../src/content/printable'

/** Problems printed per file; the count line still says how many there are. */
const MAX_PRINTED = 200

const files = process.argv.length > 2 ? process.argv.slice(2) : editionFiles()
let failed = false
for (const file of files) {
  const problems = checkFile(file)
  const name = oneLine(relative(process.cwd(), file) || file, 200)
  if (problems.length) {
    failed = true
    for (const p of problems.slice(0, MAX_PRINTED)) console.error(formatProblem(p))
    if (problems.length > MAX_PRINTED) console.error(`… ${problems.length - MAX_PRINTED} more not shown`)
    console.error(`\n${name}: ${problems.length} problem(s)`)
  } else {
    console.log(`${name}: ok`)
  }
}
process.exit(failed ? 1 : 0)
