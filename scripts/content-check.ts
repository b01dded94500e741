/**
 * npm run content:check [file]
 * Validates a content bundle (default: src/content/editions/2021.json) and prints every
 * problem as `path: reason`. Exit code 0 when valid, 1 otherwise.
 */
import { relative } from 'node:path'
import { checkFile, DEFAULT_BUNDLE } from './content-guard'
import { formatProblem } from '../src/content/validate'

const file = process.argv[2] ?? DEFAULT_BUNDLE
const problems = checkFile(file)
const name = relative(process.cwd(), file) || file
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\n${name}: ${problems.length} problem(s)`)
  process.exit(1)
}
console.log(`${name}: ok`)
