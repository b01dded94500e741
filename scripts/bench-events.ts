/**
 * npm run bench:events — timings of the events calendar model (src/features/events/model.ts;
 * the calendar entries from page-model.ts) on the real 2021 bundle and on a synthetic
 * edition of 10,000 events. Not a test: it prints figures (median of several timed runs,
 * each repeated until it lasts ≥ 20 ms).
 *
 *   npm run bench:events            # both editions
 *   npm run bench:events -- 50000   # another synthetic size
 */
import { performance } from 'node:perf_hooks'
import raw from '../src/content/editions/2021.json'
import type { CampaignEvent, Edition, EventDate } from '../src/content/schema'
import { addDays } from '../src/lib/civil-date'
import {
  buildDayIndex, calendarMonths, eventsOnDay, eventsOnDayScan, facetCounts, filterEvents,
  groupByWeek, monthGrid, monthOnlyEvents
} from '../src/features/events/model'
import { calendarEntries } from '../src/features/events/page-model'
import { eventStatus, sortEvents } from '../src/lib/event-dates'
import { buildIcs } from '../src/lib/ics'

// The 2021 file itself (this runs under tsx: no webpack require.context).
const edition = raw as unknown as Edition

/** A small seeded PRNG (mulberry32), so every run measures the same edition. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** n events over August–November 2021: 30% a day, 30% a range of 2–8 days, 40% month-only. */
function syntheticEvents(n: number): CampaignEvent[] {
  const rand = rng(20210906)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const source = { kind: 'public', publisher: '合成数据', title: '基准测试', confidence: 'medium' } as const
  const events: CampaignEvent[] = []
  for (let i = 0; i < n; i++) {
    const start = addDays('2021-08-01', Math.floor(rand() * 122))
    const r = rand()
    const scope = rand() < 0.5 ? 'national' : 'hainan'
    const date: EventDate = r < 0.3 ? { scope, precision: 'day', date: start, source }
      : r < 0.6 ? { scope, precision: 'range', start, end: addDays(start, 1 + Math.floor(rand() * 7)), source }
        : { scope, precision: 'month', month: start.slice(0, 7), source }
    events.push({
      id: `syn-${String(i).padStart(5, '0')}`,
      title: `合成活动${i}`,
      summary: `合成活动${i}`,
      organiserId: pick(edition.organisers).id,
      categoryId: pick(edition.categories).id,
      description: ['合成'],
      dates: [date]
    })
  }
  return events
}

type Row = { what: string; perOp: number }

/** Median time per call in ms over 7 samples, each ≥ 20 ms of repeated calls. */
function time(what: string, fn: () => unknown): Row {
  let reps = 1
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < reps; i++) fn()
    if (performance.now() - t0 >= 20) break
    reps *= 2
  }
  const samples: number[] = []
  for (let s = 0; s < 7; s++) {
    const t0 = performance.now()
    for (let i = 0; i < reps; i++) fn()
    samples.push((performance.now() - t0) / reps)
  }
  samples.sort((a, b) => a - b)
  return { what, perOp: samples[3] }
}

function fmt(ms: number): string {
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`
}

function bench(label: string, events: CampaignEvent[]): void {
  const index = buildDayIndex(events)
  const months = calendarMonths(events, '2021-09')
  const days: string[] = []
  for (let d = '2021-08-01'; d <= '2021-11-30'; d = addDays(d, 1)) days.push(d)
  const ctx = { campaignName: edition.campaign.name, documentNumber: edition.document.number }
  const entries = events.slice(0, 200).flatMap((e) => calendarEntries(e, ctx))

  const rows: Row[] = [
    time('sortEvents (all)', () => sortEvents(events)),
    time('buildDayIndex (once per filter change)', () => buildDayIndex(events)),
    time('monthGrid 2021-09 (with index)', () => monthGrid('2021-09', index, '2021-09-14')),
    time(`monthGrid × ${months.length} reachable months`, () => months.map((m) => monthGrid(m, index, '2021-09-14'))),
    time('eventsOnDay (index lookup) × 122 days', () => days.map((d) => eventsOnDay(index, d))),
    time('eventsOnDayScan (no index) × 1 day', () => eventsOnDayScan(events, '2021-09-15')),
    time('filterEvents category+organiser', () => filterEvents(events, { categoryId: edition.categories[3].id, organiserId: 'amr' })),
    time('facetCounts (9 categories, 19 organisers)', () => facetCounts(events, { categoryId: edition.categories[3].id, organiserId: null }, edition.categories, edition.organisers)),
    time('groupByWeek (list view)', () => groupByWeek(events)),
    time('monthOnlyEvents 2021-09', () => monthOnlyEvents(events, '2021-09')),
    time('eventStatus (all)', () => events.map((e) => eventStatus(e, '2021-09-14'))),
    time(`buildIcs (${entries.length} entries)`, () => buildIcs(entries, { dtstamp: 0 }))
  ]
  const width = Math.max(...rows.map((r) => r.what.length))
  console.log(`\n${label}: ${events.length} events, ${index.size} days with events, months ${months.join(', ')}`)
  for (const r of rows) console.log(`  ${r.what.padEnd(width)}  ${fmt(r.perOp).padStart(10)}`)
}

const n = Number(process.argv[2] ?? 10_000)
console.log(`events model benchmark · node ${process.version} · median per call`)
bench('real bundle (2021.json)', edition.events)
bench('synthetic edition', syntheticEvents(Number.isFinite(n) && n > 0 ? n : 10_000))
