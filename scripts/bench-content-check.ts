/**
 * Benchmark of content:check on the worst files within the size limit (1 MiB per file): how
 * long the check takes and how much memory its process needs at its peak. Not a test: it prints
 * figures (docs/size-and-performance.md). Each case runs in a child process of its own
 * (`--child <file>`), which reports the check's own time and its peak resident memory
 * (process.resourceUsage().maxRSS); the wall time includes starting Node and tsx.
 *
 *   npm run bench:content                              # every case
 *   npm run bench:content -- empty                     # the cases whose name contains "empty"
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { checkFileCounted, DEFAULT_BUNDLE, loadBundleFile, quizFileOf } from './content-guard'
import { MAX_FILE_BYTES } from '../src/content/limits'
import { MAX_ITEMS } from './content/bounds'

if (process.argv[2] === '--child') {
  const start = performance.now()
  const { problems, more } = checkFileCounted(process.argv[3])
  const ms = performance.now() - start
  process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, problems: problems.length + more }))
  process.exit(0)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const shipped = loadBundleFile(DEFAULT_BUNDLE) as Json
const clone = (): Json => JSON.parse(JSON.stringify(shipped))
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i))
const { quiz, ...edition } = shipped

/** Each case: the edition file's JSON and, if any, its quiz bank's. */
const CASES: Record<string, () => { edition: string; quiz?: string }> = {
  '2021 (the real edition and its quiz bank)': () => ({ edition: JSON.stringify(edition, null, 2), quiz: JSON.stringify(quiz, null, 2) }),
  'empty events: 350,000 × {} (issue 26)': () => {
    const n = Math.floor((MAX_FILE_BYTES - 20) / 3)
    return { edition: `{"events":[${Array(n).fill('{}').join(',')}]}` }
  },
  'empty values: 500 events of 30 empty dates and 30 empty sentences, 200 empty organisers, 1,000 empty questions (just under the value cap)': () => ({
    edition: JSON.stringify({
      events: times(MAX_ITEMS.events, () => ({
        dates: times(MAX_ITEMS['events[].dates'], () => ({})),
        description: times(MAX_ITEMS['events[].description'], () => '')
      })),
      organisers: times(MAX_ITEMS.organisers, () => ({ activities: times(10, () => '') }))
    }),
    quiz: JSON.stringify({ questions: times(MAX_ITEMS['quiz.questions'], () => ({})) })
  }),
  'TODO everywhere: 500 events of 30 TODO sentences and 40 TODO slogan ids': () => ({
    edition: JSON.stringify({
      events: times(MAX_ITEMS.events, () => ({
        description: times(MAX_ITEMS['events[].description'], () => 'TODO'),
        sloganIds: times(40, () => 'TODO')
      }))
    })
  }),
  'valid and large: 500 events of 3 dates and 3 sentences': () => {
    const b = clone()
    const e = b.events[0]
    b.events = times(MAX_ITEMS.events, (i) => ({ ...e, id: `event-${i}`, description: times(3, () => e.description[0]), dates: times(3, () => e.dates[0]) }))
    delete b.quiz
    return { edition: JSON.stringify(b), quiz: JSON.stringify(quiz) }
  },
  'valid and large quiz: 1,000 questions': () => {
    const qs = quiz.questions as Json[]
    const questions = times(MAX_ITEMS['quiz.questions'], (i) => ({ ...qs[i % qs.length], id: `q-${i}`, stem: `${qs[i % qs.length].stem}（第${i}题）` }))
    return { edition: JSON.stringify(edition), quiz: JSON.stringify({ questions }) }
  },
  'forged characters: 500 events, every text full of U+3164 and U+0336': () => {
    const b = clone()
    const e = b.events[0]
    const bad = '质\u0336\u3164'.repeat(10)
    b.events = times(MAX_ITEMS.events, (i) => ({
      ...e, id: `event-${i}`, title: bad, summary: bad,
      description: times(3, () => bad.repeat(3)),
      dates: times(3, () => ({ ...e.dates[0], note: bad }))
    }))
    delete b.quiz
    return { edition: JSON.stringify(b) }
  },
  'nested unknown field: 3 lists of 100 lists of 100 numbers': () => ({
    edition: JSON.stringify({ ...edition, x: times(3, () => times(100, () => times(100, () => 0))) })
  })
}

const filter = process.argv[2]
const dir = mkdtempSync(join(tmpdir(), 'bench-content-'))
const rows: { name: string; kb: number; ms: number; wallMs: number; rssMb: number; problems: number }[] = []
try {
  for (const [name, make] of Object.entries(CASES)) {
    if (filter && !name.includes(filter)) continue
    const files = make()
    const file = join(dir, '2021.json')
    writeFileSync(file, files.edition)
    rmSync(quizFileOf(file), { force: true })
    if (files.quiz) writeFileSync(quizFileOf(file), files.quiz)
    const kb = Math.max(Buffer.byteLength(files.edition), Buffer.byteLength(files.quiz ?? '')) / 1024
    if (kb * 1024 > MAX_FILE_BYTES) throw new Error(`${name}: ${Math.round(kb)} KiB is over the size limit: not a case content:check would judge`)
    const start = performance.now()
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), __filename, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 24 })
    const wallMs = performance.now() - start
    if (r.status !== 0) throw new Error(`${name}: the child failed:\n${r.stderr}`)
    const out = JSON.parse(r.stdout) as { ms: number; maxRssKb: number; problems: number }
    rows.push({ name, kb, ms: out.ms, wallMs, rssMb: out.maxRssKb / 1024, problems: out.problems })
    console.log(`${name}\n  largest file ${kb.toFixed(0)} KiB · check ${(out.ms / 1000).toFixed(2)} s (${(wallMs / 1000).toFixed(2)} s with start-up) · peak memory ${(out.maxRssKb / 1024).toFixed(0)} MB · ${out.problems} problem(s)`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
if (rows.length) {
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a))
  const hungriest = rows.reduce((a, b) => (b.rssMb > a.rssMb ? b : a))
  console.log(`\nworst time: ${(slowest.ms / 1000).toFixed(2)} s (${slowest.name})`)
  console.log(`worst peak memory: ${hungriest.rssMb.toFixed(0)} MB (${hungriest.name})`)
}
