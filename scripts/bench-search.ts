/**
 * npm run bench:search — how long search takes, per keystroke, over
 *   1. the real 2021 bundle, and
 *   2. a synthetic edition with 10,000 events (titles and summaries built from the bundle's own
 *      sentences, so matches are as dense as in real text).
 * For each: the time to build the index (once per app start), and per query the time to
 * search and to mark the matches of the results a screen shows (GROUP_LIMIT per group):
 * median and 95th percentile over many runs. Node's V8 on this machine, not a phone: expect
 * a phone's JS engine to be several times slower.
 */
import { performance } from 'node:perf_hooks'
import rawEdition from '../src/content/editions/2021.json'
import type { CampaignEvent, Edition } from '../src/content/schema'
import { NOTICE_TOP, noticeOutline } from '../src/content/outline'
import { editionEntries } from '../src/features/search/entries'
import { buildIndex, matchRanges, search, type SearchIndex } from '../src/features/search/model'

/** Results per group the screen shows before 显示全部 (SearchScreen's GROUP_LIMIT). */
const SHOWN_PER_GROUP = 20

const real = rawEdition as unknown as Edition

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same data. */
function rng(seed: number) {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function syntheticEdition(count: number): Edition {
  const random = rng(2021)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const sentences = real.organisers.flatMap((o) => o.activities)
  const titles = real.events.map((e) => e.title)
  const places = ['海口', '三亚', '儋州', '琼海', '文昌', '万宁', '五指山', '东方', '定安', '屯昌', '澄迈', '临高', '洋浦']
  const events: CampaignEvent[] = []
  for (let i = 0; i < count; i++) {
    const base = real.events[i % real.events.length]
    events.push({
      ...base,
      id: `synthetic-${i}`,
      title: `${pick(places)}${pick(titles)}（第${i + 1}场）`,
      summary: pick(sentences),
      organiserId: pick(real.organisers).id
    })
  }
  return { ...real, events }
}

function time(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] }
}

/** One keystroke's work: search, then mark the matches of what the screen shows. */
function keystroke(index: SearchIndex, query: string): number {
  const result = search(index, query)
  let marked = 0
  for (const g of result.groups) {
    for (const h of g.hits.slice(0, SHOWN_PER_GROUP)) {
      for (const f of h.entry.fields) marked += matchRanges(f.text, query).length
    }
  }
  return result.total + marked
}

const QUERIES = ['质', '电梯', '质量', '１２３１５', '电梯 宣传', '琼质强省办(2021)5号', '不存在的词语']
/** Typing 电梯安全宣传周 one character at a time, as the screen searches on every keystroke. */
const TYPING = [...'电梯安全宣传周'].map((_, i, all) => all.slice(0, i + 1).join(''))

function bench(label: string, edition: Edition, runs: number): void {
  const outline = noticeOutline(edition)
  let index!: SearchIndex
  const entriesCount = editionEntries(edition, outline, { top: NOTICE_TOP }).length
  const build = stats(Array.from({ length: Math.max(3, Math.floor(runs / 20)) }, () => time(() => {
    index = buildIndex(editionEntries(edition, outline, { top: NOTICE_TOP }))
  })))
  console.log(`\n${label}: ${edition.events.length} events, ${entriesCount} searchable entries`)
  console.log(`  build index (once per app start): median ${build.median.toFixed(2)} ms, p95 ${build.p95.toFixed(2)} ms`)
  console.log(`  ${'query'.padEnd(22)} ${'results'.padStart(7)}  ${'median'.padStart(9)}  ${'p95'.padStart(9)}`)
  for (const q of QUERIES) {
    for (let i = 0; i < 3; i++) keystroke(index, q) // warm up
    const s = stats(Array.from({ length: runs }, () => time(() => keystroke(index, q))))
    const total = search(index, q).total
    console.log(`  ${JSON.stringify(q).padEnd(22)} ${String(total).padStart(7)}  ${s.median.toFixed(3).padStart(6)} ms  ${s.p95.toFixed(3).padStart(6)} ms`)
  }
  const typing = stats(Array.from({ length: runs }, () => time(() => TYPING.forEach((q) => keystroke(index, q)))))
  console.log(`  typing ${TYPING[TYPING.length - 1]} (${TYPING.length} keystrokes): median ${typing.median.toFixed(3)} ms, p95 ${typing.p95.toFixed(3)} ms in all`)
}

console.log(`search benchmark — Node ${process.version}, ${SHOWN_PER_GROUP} results marked per group per keystroke`)
bench('real bundle (2021)', real, 400)
bench('synthetic edition', syntheticEdition(10_000), 40)
