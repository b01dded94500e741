import { followedIn, followKey, otherFollowCounts, repairFollows, toggleId } from './follows'

describe('follows', () => {
  // Two editions; the second is SYNTHETIC (2099, made up for the test) and reuses an id of 2021.
  const known = new Map([
    ['2021', new Set(['open-day', 'green-cert-week', 'quality-month'])],
    ['2099', new Set(['open-day', 'synthetic-only'])]
  ])

  it('keeps known edition-qualified ids in order, without duplicates', () => {
    expect(repairFollows({ ids: ['2021/open-day', '2021/quality-month', '2021/open-day', '2099/open-day'] }, known))
      .toEqual({ ids: ['2021/open-day', '2021/quality-month', '2099/open-day'] })
  })

  it('drops ids no longer in their edition, and editions that are gone', () => {
    expect(repairFollows({ ids: ['2021/removed-2020', '2021/green-cert-week', '2099/quality-month', '2030/open-day'] }, known))
      .toEqual({ ids: ['2021/green-cert-week'] })
  })

  it('names version 1 bare ids with the oldest edition that has them (where they were followed), even when a newer one reuses the id', () => {
    expect(repairFollows({ ids: ['open-day', 'synthetic-only', 'gone', 'quality-month'] }, known))
      .toEqual({ ids: ['2021/open-day', '2099/synthetic-only', '2021/quality-month'] })
  })

  it('is stable: repairing a repaired slice changes nothing', () => {
    const once = repairFollows({ ids: ['open-day', '2099/open-day'] }, known)
    expect(repairFollows(once, known)).toEqual(once)
  })

  it('names a follow key and reads one edition\'s follows back', () => {
    expect(followKey('2021', 'open-day')).toBe('2021/open-day')
    expect(followedIn(['2021/open-day', '2099/open-day', '2021/quality-month'], '2021')).toEqual(['open-day', 'quality-month'])
    expect(followedIn(['2021/open-day'], '2099')).toEqual([])
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'open-day'],
    ['corrupt JSON text', '{"ids":["open-day"'],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['true', true],
    ['a bare array of ids', ['open-day']],
    ['ids as a string', { ids: 'open-day' }],
    ['ids as an object', { ids: { 0: 'open-day' } }],
    ['ids null', { ids: null }],
    ['ids of numbers, objects and nulls', { ids: [1, null, { id: 'open-day' }, ['open-day']] }],
    ['a foreign object', { favourites: ['open-day'] }],
    ['a function', () => 'open-day'],
    ['an empty object', {}]
  ])('resets %s to no follows', (_label, stored) => {
    const r = repairFollows(stored, known)
    expect(r).toEqual({ ids: [] })
  })

  it('toggles an id on and off', () => {
    expect(toggleId([], 'a')).toEqual(['a'])
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b'])
    expect(toggleId(['b'], 'a')).toEqual(['b', 'a'])
  })

  it('counts the follows of the other editions, newest first, leaving out those with none or gone from their edition', () => {
    const metas = [
      { year: '2021', eventIds: ['open-day', 'green-cert-week', 'quality-month'] },
      { year: '2022', eventIds: ['open-day'] },
      { year: '2099', eventIds: ['open-day', 'synthetic-only'] }
    ]
    const keys = ['2021/open-day', '2021/quality-month', '2021/removed', '2099/synthetic-only', '2030/open-day']
    expect(otherFollowCounts(keys, metas, '2099')).toEqual([{ year: '2021', count: 2 }])
    expect(otherFollowCounts(keys, metas, '2022')).toEqual([{ year: '2099', count: 1 }, { year: '2021', count: 2 }])
    expect(otherFollowCounts(['2099/open-day'], metas, '2099')).toEqual([])
    expect(metas.map((m) => m.year)).toEqual(['2021', '2022', '2099']) // the caller's list is left as it was
  })
})
