/**
 * @jest-environment node
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isTodo, todoHint } from './todo'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import { checkFile, DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const shipped = loadBundleFile(DEFAULT_BUNDLE)
const clone = (): Json => JSON.parse(JSON.stringify(shipped))

describe('a root that is not an object says so, with or without a quiz bank beside it', () => {
  it.each([
    ['[]', 'a list'],
    ['null', 'null'],
    ['"x"', '"x"'],
    ['5', '5'],
    ['[{"questions": []}]', 'a list']
  ])('%s', (json, got) => {
    const dir = mkdtempSync(join(tmpdir(), 'root-'))
    try {
      const file = join(dir, '2030.json')
      writeFileSync(file, json)
      const expected = [`(root): expected an object (the edition's fields), got ${got}`]
      expect(checkFile(file).map(formatProblem)).toEqual(expected)
      writeFileSync(join(dir, '2030.quiz.json'), JSON.stringify({ questions: [] }))
      expect(checkFile(file).map(formatProblem)).toEqual(expected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('TODO in any case and width, and as the Chinese placeholders', () => {
  it.each([
    ['ＴＯＤＯ：核实日期', '核实日期'],
    ['todo: 核实日期', '核实日期'],
    ['ToDo 核实日期', '核实日期'],
    ['ｔｏｄｏ', ''],
    ['日期待核实', '日期'],
    ['待填：活动日期', '活动日期'],
    ['待补充', ''],
    ['联系人待核对', '联系人']
  ])('%s as a note', (note, hint) => {
    const b = clone()
    b.events[0].dates[0].note = note
    expect(validateEdition(b).problems.map(formatProblem))
      .toEqual([`events[0].dates[0].note: ${hint ? `TODO — fill in: ${hint}` : 'TODO — fill in this value'}`])
  })

  it('not inside other words, and not 待定 (a true note: to be decided)', () => {
    expect(['todos', 'Mastodon', 'ＴＯＤＯＳ', '日期待定', '有待核实'].map(isTodo)).toEqual([false, false, false, false, true])
    expect(todoHint('ＴＯＤＯ：核实日期')).toBe('核实日期')
  })
})
