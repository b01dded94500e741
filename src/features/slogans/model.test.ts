import { edition } from '@/content/newest'
import { runProbe } from '../../../tests/support/probe'
import { isRunning, rotate, sloganOfTheDay, startRotation, type Rotation } from './model'
import { posterFileName, resolveSloganParam, sloganShareQuery, sloganSharePath } from './page-model'

const SLOGANS = edition.slogans.items
const START = edition.campaign.start // 2021-09-01

describe('slogan of the day (China civil date)', () => {
  it('day 1 of the campaign shows slogan 1, day 16 slogan 16, day 17 slogan 1 again', () => {
    expect(sloganOfTheDay(SLOGANS, '2021-09-01', START).id).toBe('s1')
    expect(sloganOfTheDay(SLOGANS, '2021-09-02', START).id).toBe('s2')
    expect(sloganOfTheDay(SLOGANS, '2021-09-16', START).id).toBe('s16')
    expect(sloganOfTheDay(SLOGANS, '2021-09-17', START).id).toBe('s1')
    expect(sloganOfTheDay(SLOGANS, '2021-09-30', START).id).toBe('s14')
  })

  it('is defined before the campaign and years after it', () => {
    expect(sloganOfTheDay(SLOGANS, '2021-08-31', START).id).toBe('s16')
    expect(sloganOfTheDay(SLOGANS, '2021-08-16', START).id).toBe('s1')
    // 2026-11-24 is 1910 days after 2021-09-01; 1910 mod 16 = 6 → the 7th slogan.
    expect(sloganOfTheDay(SLOGANS, '2026-11-24', START).id).toBe('s7')
  })

  it('changes every day and comes back after 16 days', () => {
    const ids = Array.from({ length: 32 }, (_, i) => {
      const d = new Date(Date.UTC(2021, 8, 1 + i)).toISOString().slice(0, 10)
      return sloganOfTheDay(SLOGANS, d, START).id
    })
    for (let i = 1; i < ids.length; i++) expect(ids[i]).not.toBe(ids[i - 1])
    expect(ids.slice(16)).toEqual(ids.slice(0, 16))
    expect(new Set(ids).size).toBe(16)
  })

  it('refuses an empty list', () => {
    expect(() => sloganOfTheDay([], '2021-09-01', START)).toThrow(/no slogans/)
  })
})

/** Instants near midnight in China: the slogan must follow China's date, not the device's. */
const INSTANTS: Array<[string, string]> = [
  ['2021-08-31T15:59:59Z', 's16'], // 23:59:59 on 31 Aug in China
  ['2021-08-31T16:00:00Z', 's1'], //  00:00 on 1 Sep in China (still 31 Aug in Los Angeles and UTC)
  ['2021-09-01T15:30:00Z', 's1'], //  23:30 on 1 Sep in China (already 2 Sep in Kiritimati)
  ['2021-09-14T20:00:00Z', 's15'], // 04:00 on 15 Sep in China
  ['2021-09-30T15:59:00Z', 's14']
]
const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']

describe('everyone sees the same slogan on a China day, whatever the phone’s time zone', () => {
  // Each zone in its own process: TZ must be set before Node starts (see lib/clock.test.ts).
  it.each(ZONES)('TZ=%s', (zone) => {
    const rows = runProbe<Array<{ id: string; localDate: string; offset: number }>>('slogan-probe.ts', INSTANTS.map((i) => i[0]), zone)
    expect(rows.map((row) => row.id)).toEqual(INSTANTS.map((i) => i[1]))
    // The probe really ran in that zone: its own calendar disagrees with China's somewhere.
    const expectedOffset = { 'America/Los_Angeles': 420, UTC: 0, 'Asia/Shanghai': -480, 'Pacific/Kiritimati': -840 }[zone]
    expect(rows[3].offset).toBe(expectedOffset)
  })
})

describe('slogan ids in links', () => {
  it('finds a slogan by its id, and tolerates S5 or 5', () => {
    expect(resolveSloganParam(SLOGANS, 's5')).toEqual({ kind: 'found', slogan: SLOGANS[4] })
    expect(resolveSloganParam(SLOGANS, ' S12 ')).toEqual({ kind: 'found', slogan: SLOGANS[11] })
    expect(resolveSloganParam(SLOGANS, '16')).toEqual({ kind: 'found', slogan: SLOGANS[15] })
    expect(resolveSloganParam(SLOGANS, 's%31')).toEqual({ kind: 'found', slogan: SLOGANS[0] })
    expect(resolveSloganParam(SLOGANS, 's1\u0000')).toEqual({ kind: 'found', slogan: SLOGANS[0] })
  })

  it('no id: the plain list', () => {
    expect(resolveSloganParam(SLOGANS, undefined)).toEqual({ kind: 'none' })
    expect(resolveSloganParam(SLOGANS, null)).toEqual({ kind: 'none' })
    expect(resolveSloganParam(SLOGANS, '  ')).toEqual({ kind: 'none' })
  })

  it.each([
    ['s99', 's99'], ['s0', 's0'], ['s-1', 's-1'], ['abc', 'abc'], ['%E4%B8%AD', '中'], ['%E4%B8', '%E4%B8'],
    ['<script>alert(1)</script>', '<script>alert(1)</sc…'], ['s9\u00009', 's99']
  ])('an unknown or malformed id %p is reported as %p, never thrown', (raw, shown) => {
    expect(resolveSloganParam(SLOGANS, raw)).toEqual({ kind: 'unknown', shown })
  })

  it('builds the share path and the 朋友圈 query', () => {
    expect(sloganSharePath('s3')).toBe('/packages/campaign/slogans/index?id=s3')
    expect(sloganShareQuery('s3')).toBe('id=s3')
    // A shared link names its edition, so it still opens that year's slogans after a new edition ships.
    expect(sloganSharePath('s3', '2021')).toBe('/packages/campaign/slogans/index?id=s3&edition=2021')
    expect(sloganShareQuery('s3', '2021')).toBe('id=s3&edition=2021')
  })

  it('names the poster file after the slogan', () => {
    expect(posterFileName(SLOGANS[1])).toBe('质量月口号-坚持质量第一 建设质量强省.png')
    expect(posterFileName({ text: 'a/b:c*?"<>| d' })).toBe('质量月口号-abc d.png')
  })
})

describe('rotation of the home carousel', () => {
  const run = (r: Rotation, ...types: Array<Parameters<typeof rotate>[1]['type']>) =>
    types.reduce((s, type) => rotate(s, type === 'go' ? { type, index: 0 } : { type } as Parameters<typeof rotate>[1]), r)

  it('ticks forward and wraps around', () => {
    let r = startRotation(3, true)
    expect(r).toEqual({ index: 0, count: 3, playing: true, visible: true, focused: false })
    r = run(r, 'tick', 'tick')
    expect(r.index).toBe(2)
    expect(run(r, 'tick').index).toBe(0)
  })

  it('does not move while hidden or paused, and resumes where it was', () => {
    let r = run(startRotation(16, true), 'tick') // 1
    r = run(r, 'hide', 'tick', 'tick')
    expect(r.index).toBe(1)
    expect(isRunning(r)).toBe(false)
    r = run(r, 'show', 'tick')
    expect(r.index).toBe(2)
    r = run(r, 'toggle', 'tick')
    expect(r).toMatchObject({ index: 2, playing: false })
    expect(run(r, 'toggle', 'tick').index).toBe(3)
  })

  it('holds still while a slide has keyboard focus (still playing: it goes on once focus leaves)', () => {
    let r = run(startRotation(16, true), 'focus')
    expect(isRunning(r)).toBe(false)
    r = run(r, 'tick', 'tick')
    expect(r).toMatchObject({ index: 0, playing: true })
    expect(run(r, 'focus')).toBe(r) // no new state, no re-render
    r = run(r, 'next') // the user's own step still works
    expect(r.index).toBe(1)
    r = run(r, 'blur', 'tick')
    expect(r.index).toBe(2)
    expect(isRunning(r)).toBe(true)
  })

  it('without autoplay (reduced motion) it stays put until the user moves it', () => {
    let r = startRotation(16, false)
    expect(isRunning(r)).toBe(false)
    r = run(r, 'tick', 'tick')
    expect(r.index).toBe(0)
    r = run(r, 'next', 'next', 'prev')
    expect(r.index).toBe(1)
    expect(run(startRotation(16, false), 'prev').index).toBe(15)
  })

  it('a swipe goes to that slide; out-of-range or odd indexes are normalised', () => {
    const r = startRotation(16, true)
    expect(rotate(r, { type: 'go', index: 7 }).index).toBe(7)
    expect(rotate(r, { type: 'go', index: 17 }).index).toBe(1)
    expect(rotate(r, { type: 'go', index: -1 }).index).toBe(15)
    expect(rotate(r, { type: 'go', index: NaN })).toBe(r)
    expect(rotate(r, { type: 'go', index: 0 })).toBe(r) // same slide: no new state, no re-render
    expect(startRotation(16, true, 20).index).toBe(4)
  })

  it('one slide or none never runs a timer nor fails', () => {
    expect(isRunning(startRotation(1, true))).toBe(false)
    const empty = startRotation(0, true)
    expect(rotate(empty, { type: 'next' })).toBe(empty)
    expect(rotate(empty, { type: 'go', index: 3 })).toBe(empty)
  })
})
