import { ANNOUNCE_DAYS, otherEditions, selectCurrentEdition, type EditionMeta } from './select-edition'

// SYNTHETIC editions: made-up years and dates to exercise the rule; not real campaigns.
const meta = (year: string, start: string, end: string): EditionMeta => ({ year, name: `合成${year}（测试用，非真实活动）`, start, end })
const Y2021 = meta('2021', '2021-09-01', '2021-09-30')
const Y2022 = meta('2022', '2022-09-01', '2022-09-30')
const Y2023 = meta('2023', '2023-09-01', '2023-09-30')
const ALL = [Y2022, Y2021, Y2023] // not in order: the rule sorts

const current = (today: string, metas: readonly EditionMeta[] = ALL) => selectCurrentEdition(metas, today).year

describe('the current edition by China date', () => {
  it('with one edition, it is always that one: before, during and years after its campaign', () => {
    for (const d of ['2020-01-01', '2021-09-14', '2026-11-26']) expect(current(d, [Y2021])).toBe('2021')
  })

  it('is the newest edition whose campaign has begun, also after it ended', () => {
    expect(current('2021-09-01')).toBe('2021')
    expect(current('2022-03-15')).toBe('2021')
    expect(current('2022-09-14')).toBe('2022')
    expect(current('2023-07-01')).toBe('2022')
  })

  it(`switches to an upcoming edition exactly ${ANNOUNCE_DAYS} days before its start, not the day before that`, () => {
    expect(current('2022-08-01')).toBe('2021') // 31 days before 2022-09-01
    expect(current('2022-08-02')).toBe('2022') // 30 days before
    expect(current('2022-08-31')).toBe('2022') // the day before
  })

  it('before any edition has begun: the oldest (the first to begin), shown as upcoming', () => {
    expect(current('2019-05-01')).toBe('2021')
    expect(current('2021-08-02')).toBe('2021')
  })

  it('when two upcoming editions are both within the window, the sooner one', () => {
    const early = meta('2030', '2030-03-01', '2030-03-31')
    const later = meta('2031', '2030-03-20', '2030-04-10') // synthetic overlap
    expect(current('2030-02-25', [Y2021, early, later])).toBe('2030')
  })

  it('refuses an empty list with a clear message', () => {
    expect(() => selectCurrentEdition([], '2021-09-01')).toThrow(/no editions/)
  })
})

describe('往届: the other editions', () => {
  it('are every edition but the current one, newest first', () => {
    expect(otherEditions(ALL, Y2022).map((m) => m.year)).toEqual(['2023', '2021'])
    expect(otherEditions([Y2021], Y2021)).toEqual([])
  })
})
