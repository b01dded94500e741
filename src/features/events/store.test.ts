/**
 * 关注 persisted over Taro storage (localStorage under jest): saved with its version and each
 * event's edition, restored on the next start, version 1's bare ids named with their edition,
 * ids no longer in the bundle dropped, and whatever corrupt or foreign value is found reset
 * without a crash.
 */
import Taro from '@tarojs/taro'

type StoreModule = typeof import('./store')

/** A fresh start of the app: the store module loaded anew, reading what storage holds. */
function start(): StoreModule {
  let mod: StoreModule | undefined
  jest.isolateModules(() => {
    mod = require('./store') as StoreModule
  })
  return mod!
}

beforeEach(() => localStorage.clear())

describe('关注 survives a restart', () => {
  it('saves each change with its schema version and restores it', () => {
    const first = start()
    expect(first.useFollows.getState().ids).toEqual([])
    first.useFollows.getState().toggle('2021/open-day')
    first.useFollows.getState().toggle('2021/green-cert-week')
    expect(Taro.getStorageSync(first.FOLLOWS_KEY)).toEqual({ state: { ids: ['2021/open-day', '2021/green-cert-week'] }, version: 2 })
    first.useFollows.getState().toggle('2021/open-day')

    const second = start()
    expect(second.useFollows.getState().ids).toEqual(['2021/green-cert-week'])
  })

  it('migrates version 1 (bare ids, one edition): each known id named with its edition, the rest dropped', () => {
    Taro.setStorageSync('hq:follows', { state: { ids: ['open-day', 'event-of-2020', 'open-day', 'quality-month'] }, version: 1 })
    const s = start()
    expect(s.useFollows.getState().ids).toEqual(['2021/open-day', '2021/quality-month'])
    s.useFollows.getState().toggle('2021/elevator-week')
    expect(Taro.getStorageSync('hq:follows')).toEqual({ state: { ids: ['2021/open-day', '2021/quality-month', '2021/elevator-week'] }, version: 2 })
  })

  it('repairs an older or unknown version field by field', () => {
    Taro.setStorageSync('hq:follows', { state: { ids: ['elevator-week', 3] }, version: 0 })
    expect(start().useFollows.getState().ids).toEqual(['2021/elevator-week'])
    Taro.setStorageSync('hq:follows', { state: { ids: ['2021/elevator-week', '2021/nope'] }, version: 99 })
    expect(start().useFollows.getState().ids).toEqual(['2021/elevator-week'])
  })

  it.each([
    ['a corrupt string', 'not json {'],
    ['an empty string', ''],
    ['a number', 42],
    ['true', true],
    ['an array', ['open-day']],
    ['null state', { state: null, version: 1 }],
    ['state as a string', { state: 'open-day', version: 1 }],
    ['ids as a string', { state: { ids: 'open-day' }, version: 1 }],
    ['ids as an object', { state: { ids: { a: 'open-day' } }, version: 1 }],
    ['ids of wrong types', { state: { ids: [null, 1, {}, ['open-day']] }, version: 1 }],
    ['a foreign object', { hello: 'world' }],
    ['another app’s shape', { favourites: ['open-day'], v: 2 }]
  ])('resets %s to no follows, and keeps working', (_label, stored) => {
    Taro.setStorageSync('hq:follows', stored)
    const s = start()
    expect(s.useFollows.getState().ids).toEqual([])
    s.useFollows.getState().toggle('2021/open-day')
    expect(s.useFollows.getState().ids).toEqual(['2021/open-day'])
    expect(Taro.getStorageSync('hq:follows')).toEqual({ state: { ids: ['2021/open-day'] }, version: 2 })
  })

  it('resets raw text that is not JSON at all', () => {
    localStorage.setItem('hq:follows', '{{{garbage')
    expect(start().useFollows.getState().ids).toEqual([])
  })
})

describe('关注 when a new edition arrives', () => {
  afterEach(() => jest.dontMock('@/content/edition-files'))

  it('keeps the follows of 2021, even when the new edition reuses their event ids', () => {
    // Stored by the app when it had only 2021 (version 1: bare ids).
    Taro.setStorageSync('hq:follows', { state: { ids: ['open-day', 'quality-month'] }, version: 1 })
    // A new edition ships: SYNTHETIC 2099 (tests/fixtures), with the same event ids as 2021.
    jest.doMock('@/content/edition-files', () => jest.requireActual('../../../tests/fixtures/synthetic-editions').editionFilesWithSynthetic('2099'))
    const s = start()
    expect(s.useFollows.getState().ids).toEqual(['2021/open-day', '2021/quality-month'])
    // Following 2099's open-day is a follow of its own; 2021's stays.
    s.useFollows.getState().toggle('2099/open-day')
    expect(start().useFollows.getState().ids).toEqual(['2021/open-day', '2021/quality-month', '2099/open-day'])
  })
})

describe('the calendar view state', () => {
  it('keeps filters and view in memory (not stored), and clears filters together', () => {
    const s = start()
    const v = s.useCalendarView.getState()
    v.setCategory('certification')
    v.setOrganiser('amr')
    v.setView('list')
    expect(s.useCalendarView.getState()).toMatchObject({ categoryId: 'certification', organiserId: 'amr', view: 'list' })
    s.useCalendarView.getState().clearFilters()
    expect(s.useCalendarView.getState()).toMatchObject({ categoryId: null, organiserId: null, view: 'list' })
    s.useCalendarView.getState().pickDay('2021-09-15')
    s.useCalendarView.getState().setMonth('2021-10')
    expect(s.useCalendarView.getState()).toMatchObject({ month: '2021-10', day: null })
    expect(Object.keys(localStorage).filter((k) => k !== 'hq:follows')).toEqual([])
  })
})
