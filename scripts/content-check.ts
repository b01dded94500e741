/**
 * npm run content:check [file…]
 * Reads and validates content bundles (default: every src/content/editions/*.json) and prints
 * each problem as one line `path: reason` (the first 200, then `(file): and N more problem(s)…`:
 * scripts/content/bounds.ts), then `<file>: N problem(s)`, or `<file>: ok`.
 * Keys, values and the file name are escaped and shortened (src/content/printable.ts), so a
 * bundle cannot forge a line or send escape sequences to the terminal.
 * Exit code 0 when every file is valid, 1 otherwise.
 */
import { relative } from 'node:path'
import { checkFileCounted, editionFiles } from './content-guard'
import { formatProblem } from './content/problem'
import { moreProblem } from './content/bounds'
import { oneLine } from '../src/content/printable'

const files = process.argv.length > 2 ? process.argv.slice(2) : editionFiles()
let failed = false
for (const file of files) {
  const { problems, more } = checkFileCounted(file)
  const name = oneLine(relative(process.cwd(), file) || file, 200)
  if (problems.length) {
    failed = true
    for (const p of problems) console.error(formatProblem(p))
    if (more) console.error(formatProblem(moreProblem(more)))
    console.error(`\n${name}: ${problems.length + more} problem(s)`)
  } else {
    console.log(`${name}: ok`)
  }
}
process.exit(failed ? 1 : 0)
