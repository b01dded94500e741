/**
 * @jest-environment node
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { MAX_FIELDS, MAX_PROBLEMS, MAX_VALUES, sizeProblems } from './bounds'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import { checkFile, DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'
import { MAX_FILE_BYTES } from '../../src/content/limits'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const shipped = loadBundleFile(DEFAULT_BUNDLE)
const clone = (): Json => JSON.parse(JSON.stringify(shipped))

/** A temporary folder for files content:check reads, removed after `fn`. */
function withDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'bounds-'))
  try {
    return fn(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** 2021 with `n` events, each a copy of the first with its own id and `title`. */
function manyEvents(n: number, title: string): Json {
  const b = clone()
  b.events = Array.from({ length: n }, (_, i) => ({ ...b.events[0], id: `e-${i}`, title }))
  return b
}

describe('a file of 350,000 empty events (1 MiB) is one problem, not 2.4 million', () => {
  const n = Math.floor((MAX_FILE_BYTES - 20) / 3)
  const text = `{"events":[${Array(n).fill('{}').join(',')}]}`

  it('as content:check reads it from a file within the size limit', () => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES)
    withDir((dir) => {
      const file = join(dir, 'empty-events.json')
      writeFileSync(file, text)
      expect(checkFile(file).map(formatProblem)).toEqual([
        `events: too many items: ${n.toLocaleString('en-US')} (at most 500 here); the rest of the file is checked once there are fewer`
      ])
    })
  })

  it('an object of too many fields, and long lists nested anywhere', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_FIELDS + 1 }, (_, i) => [`f${i}`, 0]))
    expect(sizeProblems({ document: wide })).toEqual([
      { path: 'document', reason: `too many fields: ${MAX_FIELDS + 1} (at most ${MAX_FIELDS}); the rest of the file is checked once there are fewer` }
    ])
    expect(sizeProblems({ x: [[Array(101).fill(0)]], sources: [{ excerpts: Array(51).fill('') }] }).map(formatProblem)).toEqual([
      'x[0][0]: too many items: 101 (at most 100 here); the rest of the file is checked once there are fewer',
      'sources[0].excerpts: too many items: 51 (at most 50 here); the rest of the file is checked once there are fewer'
    ])
    expect(sizeProblems(shipped)).toEqual([])
  })

  it(`more than ${MAX_VALUES.toLocaleString('en-US')} values in all, each list within its cap`, () => {
    const lists = (count: number) => ({ x: Array.from({ length: count }, () => Array.from({ length: 100 }, () => Array(98).fill(0))) })
    expect(sizeProblems(lists(4))).toEqual([]) // 4 × 100 × (1 + 98) values and the lists above: just under
    expect(sizeProblems(lists(5)).map(formatProblem)).toEqual([
      `(root): too many values: more than ${MAX_VALUES.toLocaleString('en-US')} (strings, numbers, lists and objects); the rest of the file is checked once there are fewer`
    ])
  })
})

describe(`at most ${MAX_PROBLEMS} problems are listed, then how many more`, () => {
  it('300 events titled with a blank filler: the first 200 in order, and 100 more', () => {
    const r = validateEdition(manyEvents(300, '\u3164'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => p.path)).toEqual(Array.from({ length: 200 }, (_, i) => `events[${i}].title`))
    expect(r.more).toBe(100)
  })

  it('200 exactly are all listed, with nothing more', () => {
    const r = validateEdition(manyEvents(200, '\u3164'))
    expect(r.ok ? null : [r.problems.length, r.more]).toEqual([200, 0])
  })

  it('npm run content:check prints them, one line for the rest, and the true count', () => {
    withDir((dir) => {
      const file = join(dir, 'draft.json')
      writeFileSync(file, JSON.stringify(manyEvents(300, '\u3164')))
      const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), resolve(__dirname, '../content-check.ts'), file], { encoding: 'utf8' })
      expect(r.status).toBe(1)
      const lines = r.stderr.trim().split('\n')
      expect(lines.slice(0, 200).every((l, i) => l.startsWith(`events[${i}].title: contains a blank filler U+3164`))).toBe(true)
      expect(lines.slice(200)).toEqual([
        '(file): and 100 more problem(s), not listed: fix these first and check again',
        '',
        expect.stringMatching(/draft\.json: 300 problem\(s\)$/)
      ])
    })
  })
})
