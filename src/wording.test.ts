/**
 * The app speaks to citizens with 您, never 你: every user-facing string in the source, and
 * the app's own texts in the content bundle (the guide, what to prepare, the channels). The
 * notice's own words are quoted as printed and are not checked here (the 2021 notice has no 你).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { edition } from '@/content/newest'

const SRC = __dirname
const SKIP_DIRS = new Set(['content'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) && dir === SRC ? [] : sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('您 throughout', () => {
  it('no 你 in the app’s source', () => {
    const hits = sourceFiles(SRC).flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .map((line, i) => (line.includes('你') ? `${relative(SRC, file)}:${i + 1}: ${line.trim()}` : ''))
      .filter(Boolean))
    expect(hits).toEqual([])
  })

  it('no 你 in the bundle’s own texts (guide, preparation, channels)', () => {
    const own = JSON.stringify([edition.complaintGuide, edition.complaintPrep, edition.channels])
    expect(own.match(/.{0,12}你.{0,12}/g) ?? []).toEqual([])
  })
})
