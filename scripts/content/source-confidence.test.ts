/**
 * The same source has the same confidence everywhere (issue 24, item 8), in every edition
 * bundle shipped: content:check (validate.ts) rejects a bundle that rates one source twice.
 */
import { readdirSync, readFileSync } from 'fs'
import { join } from 'path'
import { citations, confidenceConflicts } from './source-confidence'
import { validateEdition } from './validate'

const DIR = join(__dirname, '../../src/content/editions')
const bundles = readdirSync(DIR).filter((f) => /^\d{4}\.json$/.test(f)).map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8'))] as const)

it('finds the bundles (or the checks below check nothing)', () => {
  expect(bundles.map(([f]) => f)).toContain('2021.json')
})

describe.each(bundles)('%s', (_, bundle) => {
  it('cites public sources, each found with its confidence', () => {
    const cs = citations(bundle)
    expect(cs.length).toBeGreaterThan(5)
    for (const c of cs) expect([c.path, c.confidence]).toEqual([c.path, expect.stringMatching(/^(certain|high|medium-high|medium)$/)])
  })

  it('rates a source cited twice (same id, address, or publisher and title) the same everywhere', () => {
    expect(confidenceConflicts(bundle)).toEqual([])
  })
})

describe('the check', () => {
  const cite = (url: string, confidence: string) => ({ kind: 'public', publisher: '某报', title: '某文', url, confidence })
  it('names the source and each place when one address is rated twice differently', () => {
    const bundle = { a: { source: cite('https://example.org/x', 'high') }, b: [{ source: cite('https://example.org/x', 'medium') }] }
    expect(confidenceConflicts(bundle)).toEqual(['url https://example.org/x: high at a.source; medium at b[0].source'])
  })

  it('groups source entries by id too, and lets different sources differ', () => {
    const bundle = {
      sources: [{ id: 's1', publisher: '某报', title: '某文', confidence: 'high', excerpts: ['…'] }],
      other: { id: 's1', publisher: '某报', title: '某文', confidence: 'medium' },
      fine: [cite('https://example.org/a', 'high'), cite('https://example.org/b', 'medium')]
    }
    expect(confidenceConflicts(bundle)).toEqual(['id s1: high at sources[0]; medium at other'])
  })

  it('without an id or address, takes the same publisher and title for the same source', () => {
    const doc = (confidence: string, title = '关于开展某宣传周的通知') => ({ kind: 'public', publisher: '某局办公厅', title, confidence })
    const bundle = { events: [{ source: doc('medium-high') }, { source: doc('medium') }, { source: doc('high', '另一份通知') }] }
    expect(confidenceConflicts(bundle)).toEqual(['source 某局办公厅《关于开展某宣传周的通知》: medium-high at events[0].source; medium at events[1].source'])
  })

  it('content:check rejects the 2021 bundle with one date of a source rated differently, at that date', () => {
    const bundle = JSON.parse(readFileSync(join(DIR, '2021.json'), 'utf8'))
    const i = bundle.events.findIndex((e: { title: string }) => e.title === '有机产品认证宣传周')
    bundle.events[i].dates[0].source.confidence = 'medium-high'
    const result = validateEdition(bundle)
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toEqual([expect.objectContaining({ path: expect.stringMatching(/^events\[\d+\]\.dates\[0\]\.source$/), reason: expect.stringContaining('one source has one confidence everywhere') })])
  })
})
