import { runProbe } from '../../tests/support/probe'
import { chinaDate, now, parseNowParam, setNow, today, applyNowParam } from './clock'

/** Instants around midnight in China, and the China civil date each must give. */
const INSTANTS: Array<[string, string]> = [
  ['2021-08-31T15:59:59Z', '2021-08-31'], // 23:59:59 in China
  ['2021-08-31T16:00:00Z', '2021-09-01'], // 00:00 in China: the campaign starts
  ['2021-09-30T15:59:59Z', '2021-09-30'],
  ['2021-09-30T16:00:00Z', '2021-10-01'],
  ['2021-12-31T16:30:00Z', '2022-01-01'], // year boundary
  ['2021-09-15T03:00:00Z', '2021-09-15'] // midday
]

const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']

describe('today() is the China civil date in every device time zone', () => {
  // Each zone runs in its own process: TZ must be set before Node starts to be honoured.
  const probe = (zone: string) =>
    runProbe<Array<{ iso: string; today: string; local: string; offset: number }>>('clock-probe.ts', INSTANTS.map((i) => i[0]), zone)

  it.each(ZONES)('TZ=%s', (zone) => {
    const rows = probe(zone)
    expect(rows.map((r) => r.today)).toEqual(INSTANTS.map((i) => i[1]))
    // The device's own calendar differs from China's at some of these instants, so a
    // local-time bug would fail here (except in China's own zone).
    const localDiffers = rows.filter((r, i) => r.local !== INSTANTS[i][1]).length
    if (zone === 'Asia/Shanghai') expect(localDiffers).toBe(0)
    else expect(localDiffers).toBeGreaterThan(0)
    const expectedOffset = { 'America/Los_Angeles': 420, UTC: 0, 'Asia/Shanghai': -480, 'Pacific/Kiritimati': -840 }[zone]
    expect(rows.find((r) => r.iso.startsWith('2021-09-15'))!.offset).toBe(expectedOffset)
  })
})

describe('clock override', () => {
  afterEach(() => setNow(null))

  it('uses the real time when not set', () => {
    const before = Date.now()
    expect(now()).toBeGreaterThanOrEqual(before)
    expect(today()).toBe(chinaDate(Date.now()))
  })

  it('parses a date as noon in China, and a China time', () => {
    expect(chinaDate(parseNowParam('2021-09-14')!)).toBe('2021-09-14')
    expect(new Date(parseNowParam('2021-09-14')!).toISOString()).toBe('2021-09-14T04:00:00.000Z')
    expect(new Date(parseNowParam('2021-09-14T23:30')!).toISOString()).toBe('2021-09-14T15:30:00.000Z')
    expect(chinaDate(parseNowParam('2021-09-14T23:30')!)).toBe('2021-09-14')
  })

  it.each(['', '2021-9-14', '2021-02-30', 'tomorrow', '2021-09-14T24:00', '2021-09-14T12:60', undefined, null])(
    'ignores a bad parameter: %p',
    (bad) => {
      expect(parseNowParam(bad as string)).toBeNull()
      expect(applyNowParam(bad as string)).toBe(false)
    }
  )

  it.each([
    ['0000-01-01', '0000-01-01T04:00:00.000Z'],
    ['0021-09-14', '0021-09-14T04:00:00.000Z'],
    ['0099-12-31T23:30', '0099-12-31T15:30:00.000Z'],
    ['0004-02-29', '0004-02-29T04:00:00.000Z'] // a leap year (proleptic Gregorian)
  ])('reads year 0000–0099 as written, not as 1900–1999: %s', (param, iso) => {
    const ms = parseNowParam(param)!
    expect(new Date(ms).toISOString()).toBe(iso)
    expect(chinaDate(ms)).toBe(param.slice(0, 10))
  })

  it.each(['0001-02-29', '0099-02-29', '0021-13-01'])('refuses a date that does not exist in a year 0000–0099: %s', (bad) => {
    expect(parseNowParam(bad)).toBeNull()
  })

  it('applies a good parameter', () => {
    expect(applyNowParam('2021-09-30')).toBe(true)
    expect(today()).toBe('2021-09-30')
  })
})
