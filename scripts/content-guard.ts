/**
 * Reads a bundle file and validates it: the core of `npm run content:check`, which the build
 * config (config/index.ts) and the tests run too. One reader for all of them: the file's bytes,
 * at most MAX_FILE_BYTES of them (a larger file is refused before it is read, let alone parsed),
 * through the strict JSON reader (scripts/content/read-json.ts), then validateEdition.
 * Nothing here is specific to one edition: any editions/<year>.json is checked the same way.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { MAX_FILE_BYTES } from '../src/content/limits'
import { readJson, type ReadResult } from './content/read-json'
import { validateEdition } from './content/validate'
import { formatProblem, type Problem } from './content/problem'

export const EDITIONS_DIR = resolve(__dirname, '../src/content/editions')
export const DEFAULT_BUNDLE = join(EDITIONS_DIR, '2021.json')

/** The quiz bank that goes with an edition file: 2021.json → 2021.quiz.json. */
export const QUIZ_SUFFIX = '.quiz.json'
export const quizFileOf = (file: string) => file.replace(/\.json$/, QUIZ_SUFFIX)

/** Every edition file of the repository (not their quiz banks), in name order. */
export function editionFiles(dir = EDITIONS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith(QUIZ_SUFFIX)).sort().map((f) => join(dir, f))
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/**
 * The file's bytes, or why it cannot be read. Reads at most `maxBytes + 1` bytes, so a huge
 * file (or a device like /dev/zero) fails at once.
 */
export function readBounded(file: string, maxBytes = MAX_FILE_BYTES): { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem } {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (err) {
    return { ok: false, problem: { path: '(file)', reason: `cannot read the file: ${(err as Error).message}` } }
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) return { ok: false, problem: { path: '(file)', reason: 'is a folder, not a file' } }
    if (stat.isFile() && stat.size > maxBytes) {
      return { ok: false, problem: { path: '(file)', reason: `too large: ${thousands(stat.size)} bytes (at most ${thousands(maxBytes)}); not read` } }
    }
    const buf = Buffer.alloc(maxBytes + 1)
    let length = 0
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null)
      if (n === 0) break
      length += n
      if (length > maxBytes) {
        return { ok: false, problem: { path: '(file)', reason: `too large: more than ${thousands(maxBytes)} bytes; not read further` } }
      }
    }
    return { ok: true, bytes: buf.subarray(0, length) }
  } catch (err) {
    return { ok: false, problem: { path: '(file)', reason: `cannot read the file: ${(err as Error).message}` } }
  } finally {
    closeSync(fd)
  }
}

function readStrict(file: string): ReadResult {
  const read = readBounded(file)
  return read.ok ? readJson(read.bytes) : { ok: false, problems: [read.problem] }
}

/**
 * A bundle file read strictly, with its quiz bank (<year>.quiz.json beside it, if any) as
 * `quiz`: its value, or every problem of reading either file. The bank is a file of its own
 * so that only the quiz page's subpackage carries it; it is checked as part of the edition.
 */
export function readBundleFile(file: string): ReadResult {
  const edition = readStrict(file)
  const quizFile = quizFileOf(file)
  if (quizFile === file || !existsSync(quizFile)) return edition
  const quiz = readStrict(quizFile)
  if (!quiz.ok) return { ok: false, problems: [...(edition.ok ? [] : edition.problems), ...quiz.problems.map((p) => ({ ...p, path: `quiz${p.path.startsWith('(') ? ` ${p.path}` : `.${p.path}`}` }))] }
  if (!edition.ok) return edition
  // A root that is not an object is said to be one (validate.ts), not dressed up with a quiz field.
  if (edition.value === null || typeof edition.value !== 'object' || Array.isArray(edition.value)) return edition
  const value = edition.value as Record<string, unknown>
  if ('quiz' in value) {
    return { ok: false, problems: [{ path: 'quiz', reason: `the quiz bank belongs in ${basename(quizFile)} only, not in both files` }] }
  }
  return { ok: true, value: { ...value, quiz: quiz.value } }
}

/**
 * An edition file's name is its year (editions/2022.json), which routes, links and stored
 * follows name the edition by: it must be the year of campaign.month.
 */
function fileYearProblems(file: string, value: unknown): Problem[] {
  const m = /^(\d{4})\.json$/.exec(basename(file))
  const campaign = value && typeof value === 'object' ? (value as { campaign?: { month?: unknown } }).campaign : undefined
  const month = campaign && typeof campaign.month === 'string' ? campaign.month : ''
  if (!m || !/^\d{4}-/.test(month) || month.startsWith(`${m[1]}-`)) return []
  return [{ path: 'campaign.month', reason: `the file ${basename(file)} is the edition of ${m[1]}, but its campaign is in ${month.slice(0, 4)}: name the file after the campaign's year` }]
}

/**
 * The problems of a bundle file (reading, then validating), at most about MAX_PROBLEMS of them
 * (scripts/content/bounds.ts), and how many more there are; none when it is valid.
 */
export function checkFileCounted(file: string): { problems: Problem[]; more: number } {
  const read = readBundleFile(file)
  if (!read.ok) return { problems: read.problems, more: 0 }
  const result = validateEdition(read.value)
  return { problems: [...fileYearProblems(file, read.value), ...result.problems], more: result.ok ? 0 : result.more }
}

/** The problems of a bundle file as checkFileCounted lists them; [] when it is valid. */
export function checkFile(file: string): Problem[] {
  return checkFileCounted(file).problems
}

/** A bundle file's value, for tests and scripts that need a valid one; throws with its problems. */
export function loadBundleFile(file: string): unknown {
  const read = readBundleFile(file)
  if (!read.ok) throw new Error(`${file}:\n${read.problems.map(formatProblem).join('\n')}`)
  return read.value
}
