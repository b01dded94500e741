/**
 * npm run content:new -- <notice.txt> [--force] [--base <edition.json> | --no-base]   (--help: the usage)
 *
 * Drafts src/content/editions/<year>.json from the text of a year's 质量月 notice
 * (scripts/content/draft-edition.ts) and copies the text to src/content/source/ as the edition's
 * source. Prints what it read from the notice, the page-break splits it joined, what it carried
 * over from the earlier edition, and every TODO left to fill in (content:check rejects the
 * edition until none is left).
 *
 * --force     overwrite an existing edition (and source text) of that year
 * --base F    carry over from edition F what the notice does not say (default: the newest
 *             edition of an earlier year in the editions folder); --no-base: carry nothing
 * --editions D, --sources D   other folders (for tests)
 *
 * Exit code 0 when the draft is written, 1 otherwise (with one line saying why), e.g. when the
 * notice's title names a year outside 2000–2099.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { draftEdition, NoticeError } from './content/draft-edition'
import { validateEdition } from './content/validate'
import { formatProblem } from './content/problem'
import { oneLine } from '../src/content/printable'
import { dieWith, showFile, type Die } from './content/cli'
import type { Edition } from '../src/content/schema'
import { EDITIONS_DIR, readBounded, readBundleFile } from './content-guard'

const SOURCES_DIR = resolve(__dirname, '../src/content/source')
/** The years an edition may be of. */
const MIN_YEAR = 2000
const MAX_YEAR = 2099
const USAGE = 'usage: npm run content:new -- <notice.txt> [--force] [--base <edition.json> | --no-base]'

const show = showFile
const die: Die = dieWith(USAGE)

// Arguments.
const args = process.argv.slice(2)
let noticeFile = ''
let force = false
let baseFile: string | null | undefined
let editionsDir = EDITIONS_DIR
let sourcesDir = SOURCES_DIR
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  const value = () => args[++i] ?? die(`${a} needs a value`, true)
  if (a === '--help' || a === '-h') {
    console.log(USAGE)
    process.exit(0)
  }
  if (a === '--force') force = true
  else if (a === '--no-base') baseFile = null
  else if (a === '--base') baseFile = resolve(value())
  else if (a === '--editions') editionsDir = resolve(value())
  else if (a === '--sources') sourcesDir = resolve(value())
  else if (a.startsWith('--') || noticeFile) die(`unexpected argument ${JSON.stringify(a)}`, true)
  else noticeFile = resolve(a)
}
if (!noticeFile) die('no notice file given', true)

// The notice's text: UTF-8, at most 1 MiB.
const read = readBounded(noticeFile)
if (!read.ok) die(`${show(noticeFile)}: ${read.problem.reason}`)
let text: string
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes)
} catch {
  die(`${show(noticeFile)}: not UTF-8 text; save the notice as UTF-8`)
}

// The earlier edition to carry over from.
function newestEarlier(year: number): string | null {
  if (!existsSync(editionsDir)) return null
  const years = readdirSync(editionsDir)
    .map((f: string) => /^(\d{4})\.json$/.exec(f)?.[1])
    .filter((y: string | undefined): y is string => !!y && Number(y) < year)
    .sort()
  return years.length ? join(editionsDir, `${years[years.length - 1]}.json`) : null
}
function loadBase(file: string): Edition {
  const r = readBundleFile(file)
  if (!r.ok) die(`${show(file)}: cannot be read as a base: ${formatProblem(r.problems[0])}`)
  const v = validateEdition(r.value)
  if (!v.ok) die(`${show(file)}: not a valid edition, so not used as a base (${formatProblem(v.problems[0])}); fix it or use --no-base`)
  return v.edition
}

let draft
try {
  // The year decides the base, so read the notice once without one to learn it.
  const year = draftEdition(text).year
  // A year read wrong (a misprint, a scan) would name editions/<year>.json and its routes.
  if (year < MIN_YEAR || year > MAX_YEAR) die(`${show(noticeFile)}: its title names the year ${year}; content:new drafts editions of ${MIN_YEAR} to ${MAX_YEAR} only (is the year in the title right?)`)
  const file = baseFile === undefined ? newestEarlier(year) : baseFile
  draft = draftEdition(text, file ? { base: loadBase(file), baseName: show(file) } : {})
} catch (err) {
  if (err instanceof NoticeError) die(`${show(noticeFile)}, ${err.message}`)
  throw err
}

// Write the edition and its source text.
const target = join(editionsDir, `${draft.year}.json`)
const source = join(sourcesDir, `notice-${draft.year}-hainan-quality-month.txt`)
if (existsSync(target) && !force) die(`${show(target)} exists; not overwritten (use --force to replace it)`)
const copySource = source !== noticeFile
if (copySource && existsSync(source) && !force && readFileSync(source, 'utf8') !== text) {
  die(`${show(source)} exists with other text; not overwritten (use --force to replace it)`)
}
mkdirSync(editionsDir, { recursive: true })
writeFileSync(target, `${JSON.stringify(draft.edition, null, 2)}\n`)
if (copySource) {
  mkdirSync(sourcesDir, { recursive: true })
  writeFileSync(source, read.bytes)
}

// Report.
const out = (s = '') => console.log(oneLine(s, 1000))
out(`${show(target)}: drafted from ${basename(noticeFile)}`)
out(`${show(source)}: the edition's source text${copySource ? '' : ' (already there)'}`)
out()
out('read from the notice:')
for (const d of draft.derived) out(`  ${d}`)
out(draft.joins.length ? `  page-break splits joined after lines ${draft.joins.join(', ')}` : '  no page-break splits')
if (draft.notes.length) {
  out()
  out('to look at:')
  for (const n of draft.notes) out(`  ${n}`)
}
out()
out(`${draft.todos.length} TODO(s) to fill in (content:check rejects the edition until none is left):`)
for (const t of draft.todos) out(`  ${formatProblem(t)}`)
out()
out(`next: fill in the TODOs in ${show(target)}, then npm run content:check`)
