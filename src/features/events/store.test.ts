/**
 * 关注 persisted over Taro storage (localStorage under jest): saved with its version,
 * restored on the next start, ids no longer in the bundle dropped, and whatever corrupt or
 * foreign value is found reset without a crash.
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
    first.useFollows.getState().toggle('open-day')
    first.useFollows.getState().toggle('green-cert-week')
    expect(Taro.getStorageSync(first.FOLLOWS_KEY)).toEqual({ state: { ids: ['open-day', 'green-cert-week'] }, version: first.FOLLOWS_VERSION })
    first.useFollows.getState().toggle('open-day')

    const second = start()
    expect(second.useFollows.getState().ids).toEqual(['green-cert-week'])
  })

  it('drops ids no longer in the bundle, keeps the rest', () => {
    Taro.setStorageSync('hq:follows', { state: { ids: ['open-day', 'event-of-2020', 'open-day', 'quality-month'] }, version: 1 })
    expect(start().useFollows.getState().ids).toEqual(['open-day', 'quality-month'])
  })

  it('repairs an older or unknown version field by field', () => {
    Taro.setStorageSync('hq:follows', { state: { ids: ['elevator-week', 3] }, version: 0 })
    expect(start().useFollows.getState().ids).toEqual(['elevator-week'])
    Taro.setStorageSync('hq:follows', { state: { ids: ['elevator-week'] }, version: 99 })
    expect(start().useFollows.getState().ids).toEqual(['elevator-week'])
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
    s.useFollows.getState().toggle('open-day')
    expect(s.useFollows.getState().ids).toEqual(['open-day'])
    expect(Taro.getStorageSync('hq:follows')).toEqual({ state: { ids: ['open-day'] }, version: 1 })
  })

  it('resets raw text that is not JSON at all', () => {
    localStorage.setItem('hq:follows', '{{{garbage')
    expect(start().useFollows.getState().ids).toEqual([])
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
