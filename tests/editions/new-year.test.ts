/**
 * @jest-environment node
 */
/**
 * A new year never breaks the tests (issue 26 item 6). In a temporary copy of the authoring
 * code and the content (never in src/), the SYNTHETIC 2031 notice (the 2021 notice with every
 * 2021 made 2031: tests/fixtures/synthetic-editions.ts) goes through content:new, as an editor's
 * notice would; its TODOs are filled with synthetic values, marked as such; then content:check
 * and the logic of the newest-edition tests (tests/editions/newest-edition.ts) run on it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import type { Edition } from '../../src/content/schema'
import { SYNTHETIC_MARK, syntheticEditionTexts } from '../fixtures/synthetic-editions'
import { anchorFailures, noticeTextOf, paragraphFailures, quizAnchorFailures } from './newest-edition'

const ROOT = resolve(__dirname, '../..')
const YEAR = '2031'
/** Shown beside each filled-in date: no one may take it for a real one. */
const SYNTHETIC_NOTE = '合成测试数据：日期为虚构'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

let copy = ''
const editionPath = () => join(copy, 'src/content/editions', `${YEAR}.json`)
/** Runs a script of the copy (its own src/content is the one it reads and writes). */
const run = (script: string, ...args: string[]) => spawnSync(
  process.execPath,
  [require.resolve('tsx/cli'), join('scripts', script), ...args],
  { cwd: copy, encoding: 'utf8' }
)

/** Fills every TODO content:new left with a synthetic value; throws on a TODO it does not know. */
function fillTodos(e: Json): Json {
  e.bundleVersion = `${YEAR}.1.0`
  e.campaign.name = `${e.campaign.name}${SYNTHETIC_MARK}`
  for (const ev of e.events) {
    // The month of the campaign, quoted from the notice: the least a date can claim.
    ev.dates = [{ precision: 'month', month: e.campaign.month, scope: 'hainan', note: SYNTHETIC_NOTE, source: e.campaign.source }]
  }
  const left = JSON.stringify(e).match(/"[^"]*TODO[^"]*"/g)
  if (left) throw new Error(`TODOs this test does not fill: ${left.slice(0, 3).join(', ')}`)
  return e
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'new-year-'))
  // What content:new and content:check use: the authoring code, src/content, src/lib, the paths.
  cpSync(join(ROOT, 'scripts'), join(copy, 'scripts'), { recursive: true })
  for (const dir of ['src/content', 'src/lib']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true })
  cpSync(join(ROOT, 'tsconfig.json'), join(copy, 'tsconfig.json'))
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  mkdirSync(join(copy, 'notices'))
  writeFileSync(join(copy, 'notices', `notice-${YEAR}.txt`), syntheticEditionTexts(YEAR).notice)
})
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true }) // the node_modules link, not its target
})

describe(`the synthetic ${YEAR} notice, drafted, filled in and checked`, () => {
  let filled: Edition

  it('content:new drafts it from the newest earlier edition, with TODOs that content:check rejects', () => {
    const r = run('content-new.ts', join('notices', `notice-${YEAR}.txt`))
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`src/content/editions/${YEAR}.json: drafted from notice-${YEAR}.txt`)
    expect(r.stdout).toContain('carried over from src/content/editions/2021.json')
    expect(r.stdout).toMatch(/\d+ TODO\(s\) to fill in/)
    const check = run('content-check.ts')
    expect(check.status).toBe(1)
    expect(check.stderr).toContain(`bundleVersion: TODO — fill in: ${YEAR}.1.0`)
  })

  it('filled with synthetic values, every edition passes content:check, each against its own notice', () => {
    filled = fillTodos(JSON.parse(readFileSync(editionPath(), 'utf8')))
    writeFileSync(editionPath(), `${JSON.stringify(filled, null, 2)}\n`)
    const r = run('content-check.ts')
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(`src/content/editions/2021.json: ok\nsrc/content/editions/${YEAR}.json: ok\n`)
    expect(r.status).toBe(0)
  })

  it(`the check holds ${YEAR} to its own notice: a sentence appended to a point of 二、活动内容 is caught`, () => {
    const forged: Json = structuredClone(filled)
    forged.sections.work.points[0].text += '所有企业一律免检。'
    const file = join(copy, 'forged', `${YEAR}.json`)
    mkdirSync(join(copy, 'forged'), { recursive: true })
    writeFileSync(file, JSON.stringify(forged, null, 2))
    const r = run('content-check.ts', file)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`^sections\\.work\\.points\\[0\\]\\.text: differs from the notice \\(notice-${YEAR}-hainan-quality-month\\.txt\\) at character \\d+`, 'm'))
  })

  it(`with ${YEAR} the newest edition, the newest-edition tests' logic holds for it`, () => {
    let newest: Edition | undefined
    jest.isolateModules(() => {
      jest.doMock('@/content/edition-files', () => {
        const real = jest.requireActual('@/content/edition-files')
        return { ...real, EDITION_FILES: [...real.EDITION_FILES, real.editionFile(YEAR, () => filled)] }
      })
      newest = (require('@/content/newest') as typeof import('../../src/content/newest')).edition
    })
    jest.dontMock('@/content/edition-files')
    expect(newest?.campaign.month).toBe(`${YEAR}-09`)
    const edition = newest as Edition
    expect(anchorFailures(edition)).toEqual([])
    expect(paragraphFailures(edition, noticeTextOf(YEAR, join(copy, 'src/content/source')))).toEqual([])
    // No bank yet for the new year: the 2021 bank still has every anchor in its own edition.
    const real2021 = JSON.parse(readFileSync(join(copy, 'src/content/editions/2021.json'), 'utf8')) as Edition
    expect(quizAnchorFailures(real2021, JSON.parse(readFileSync(join(copy, 'src/content/editions/2021.quiz.json'), 'utf8')))).toEqual([])
  })

  it('nothing was written into the repository', () => {
    expect(() => readFileSync(join(ROOT, 'src/content/editions', `${YEAR}.json`))).toThrow()
    expect(noticeTextOf.bind(null, YEAR)).toThrow(/expected one notice-2031/)
  })
})
