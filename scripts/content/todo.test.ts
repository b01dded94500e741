/**
 * @jest-environment node
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { insideTodo, isTodo, todo, todoHint, todoProblems } from './todo'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import { DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const shipped = loadBundleFile(DEFAULT_BUNDLE)
const clone = (): Json => JSON.parse(JSON.stringify(shipped))
const lines = (b: Json) => validateEdition(b).problems.map(formatProblem)

describe('TODO values', () => {
  it('are strings starting with TODO: and a hint', () => {
    expect(todo('YYYY-MM-DD')).toBe('TODO: YYYY-MM-DD')
    expect(isTodo(todo('x'))).toBe(true)
    expect(todoHint('TODO: 活动日期')).toBe('活动日期')
    expect(todoHint('TODO — 核对')).toBe('核对')
  })

  it('are found as a word anywhere in a text, not inside other words', () => {
    expect(isTodo('开展质量提升行动 TODO 核对')).toBe(true)
    expect(isTodo('TODO')).toBe(true)
    expect(isTodo('MASTODON')).toBe(false)
    expect(isTodo('TODOS')).toBe(false)
    expect(isTodo(12)).toBe(false)
  })

  it('are listed with their paths in document order', () => {
    const problems = todoProblems({ a: todo('first'), b: [1, { c: 'TODO' }], d: 'done' })
    expect(problems).toEqual([
      { path: 'a', reason: 'TODO — fill in: first' },
      { path: 'b[1].c', reason: 'TODO — fill in this value' }
    ])
  })

  it('know what lies inside them', () => {
    const paths = new Set(['events[0]', 'channels'])
    expect(insideTodo('events[0].dates[0].date', paths)).toBe(true)
    expect(insideTodo('channels', paths)).toBe(true)
    expect(insideTodo('events[01]', paths)).toBe(false)
    expect(insideTodo('events[1].id', paths)).toBe(false)
    expect(insideTodo('channelsX', paths)).toBe(false)
  })
})

describe('content:check rejects every TODO with its path', () => {
  it('a TODO date is one problem, said as a TODO (not also as a malformed date)', () => {
    const b = clone()
    b.events[0].dates[0] = {
      scope: todo('hainan or national'),
      precision: 'day',
      date: todo('YYYY-MM-DD, the day of the event'),
      source: todo('where the date comes from')
    }
    const result = validateEdition(b)
    expect(result.ok).toBe(false)
    expect(result.problems.map(formatProblem)).toEqual([
      'events[0].dates[0].scope: TODO — fill in: hainan or national',
      'events[0].dates[0].date: TODO — fill in: YYYY-MM-DD, the day of the event',
      'events[0].dates[0].source: TODO — fill in: where the date comes from'
    ])
  })

  it('a TODO standing for a whole list or object', () => {
    const b = clone()
    b.channels = todo('the complaint channels (12315, 12345) with their sources')
    b.complaintGuide = todo('我该找谁？')
    expect(lines(b)).toEqual([
      'channels: TODO — fill in: the complaint channels (12315, 12345) with their sources',
      'complaintGuide: TODO — fill in: 我该找谁？'
    ])
  })

  it('a TODO id, and a TODO in a text that is otherwise valid', () => {
    const b = clone()
    b.organisers[2].id = todo('id for 省公安厅, lowercase latin like "police"')
    b.events[1].summary = todo('一句话概要')
    expect(lines(b)).toEqual([
      'organisers[2].id: TODO — fill in: id for 省公安厅, lowercase latin like "police"',
      'events[1].summary: TODO — fill in: 一句话概要'
    ])
  })

  it('a TODO bundle version (the draft asks for the first version of the edition)', () => {
    const b = clone()
    b.bundleVersion = todo('2022.1.0')
    expect(lines(b)).toEqual(['bundleVersion: TODO — fill in: 2022.1.0'])
  })

  it('other problems beside a TODO are still reported', () => {
    const b = clone()
    b.channels = todo('channels')
    b.document.date = '2021-9-6'
    expect(lines(b)).toEqual([
      'channels: TODO — fill in: channels',
      'document.date: expected YYYY-MM-DD, got "2021-9-6"'
    ])
  })

  it('a long or strange hint still prints as one short line', () => {
    const b = clone()
    b.theme = todo(`主题\u001b[31m${'很长'.repeat(200)}`)
    const [line, ...rest] = lines(b)
    expect(rest).toEqual([])
    expect(line.startsWith('theme: TODO — fill in: 主题\\u001B[31m很长')).toBe(true)
    expect(line).not.toMatch(/[\u0000-\u001f]/)
    expect(line.length).toBeLessThan(400)
  })

  it('npm run content:check prints each TODO and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'todo-'))
    try {
      const b = clone()
      b.events[0].dates[0].date = todo('YYYY-MM-DD')
      const file = join(dir, 'draft.json')
      writeFileSync(file, JSON.stringify(b, null, 2))
      const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), resolve(__dirname, '../../scripts/content-check.ts'), file], { encoding: 'utf8' })
      expect(r.status).toBe(1)
      expect(r.stderr).toContain('events[0].dates[0].date: TODO — fill in: YYYY-MM-DD\n')
      expect(r.stderr).toMatch(/draft\.json: 1 problem\(s\)/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
