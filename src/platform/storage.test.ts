/** lib/persisted.ts over the phone's storage (deviceStorage): versions, repair, failed writes. */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import Taro from '@tarojs/taro'
import { persistedOptions } from '@/lib/persisted'
import { deviceStorage, onStorageFailure } from './storage'

type Slice = { ids: string[]; note: string }
type State = Slice & { add: (id: string) => void; setNote: (n: string) => void }

const KNOWN = new Set(['a', 'b', 'c'])
/** Keeps each field that is still valid: known ids only, a string note. */
function repair(stored: unknown): Slice {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>
  return {
    ids: Array.isArray(s.ids) ? [...new Set(s.ids.filter((x): x is string => typeof x === 'string' && KNOWN.has(x)))] : [],
    note: typeof s.note === 'string' ? s.note : ''
  }
}

const KEY = 'hq:test'
function makeStore() {
  return create<State>()(persist((set) => ({
    ids: [],
    note: '',
    add: (id) => set((s) => ({ ids: [...s.ids, id] })),
    setNote: (note) => set({ note })
  }), persistedOptions<State, Slice>({ key: KEY, version: 2, partialize: (s) => ({ ids: s.ids, note: s.note }), repair, storage: deviceStorage })))
}

beforeEach(() => {
  localStorage.clear()
})

describe('persisted zustand store', () => {
  it('starts empty and saves what changes, with its version', () => {
    const store = makeStore()
    expect(store.getState().ids).toEqual([])
    store.getState().add('a')
    store.getState().setNote('写了一半')
    expect(Taro.getStorageSync(KEY)).toEqual({ state: { ids: ['a'], note: '写了一半' }, version: 2 })
    const again = makeStore()
    expect(again.getState().ids).toEqual(['a'])
    expect(again.getState().note).toBe('写了一半')
  })

  it.each([
    ['a corrupt string', 'not json {'],
    ['a number', 42],
    ['an array', ['a']],
    ['null state', { state: null, version: 2 }],
    ['a foreign object', { hello: 'world' }]
  ])('resets %s without crashing', (_label, stored) => {
    Taro.setStorageSync(KEY, stored)
    const store = makeStore()
    expect(store.getState().ids).toEqual([])
    expect(store.getState().note).toBe('')
    store.getState().add('b')
    expect(store.getState().ids).toEqual(['b'])
  })

  it('keeps the valid fields of an old version and drops the rest, field by field', () => {
    Taro.setStorageSync(KEY, { state: { ids: ['a', 'gone', 7, 'c', 'a'], note: 99 }, version: 1 })
    const store = makeStore()
    expect(store.getState().ids).toEqual(['a', 'c'])
    expect(store.getState().note).toBe('')
  })

  it('repairs a current-version value too (ids no longer in the bundle)', () => {
    Taro.setStorageSync(KEY, { state: { ids: ['c', 'removed'], note: '留着' }, version: 2 })
    const store = makeStore()
    expect(store.getState()).toMatchObject({ ids: ['c'], note: '留着' })
  })

  it('reports a failed write and keeps the state in memory', () => {
    const failures: Array<unknown> = []
    const off = onStorageFailure((f) => failures.push(f))
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    const store = makeStore()
    store.getState().setNote('不能丢')
    expect(store.getState().note).toBe('不能丢')
    expect(failures.at(-1)).toMatchObject({ key: KEY })
    spy.mockRestore()
    store.getState().setNote('不能丢！')
    expect(failures.at(-1)).toBeNull()
    off()
  })
})

describe('reading a key that is not stored (H5)', () => {
  afterEach(() => jest.restoreAllMocks())

  it('is nothing, without Taro parsing an empty string (an exception that slowed the first page), and a stored key is read through Taro', () => {
    const read = jest.spyOn(Taro, 'getStorageSync')
    expect(deviceStorage.read('hq:nothing-here')).toBeUndefined()
    expect(read).not.toHaveBeenCalled()
    deviceStorage.write('hq:something', { n: 1 })
    expect(deviceStorage.read('hq:something')).toEqual({ n: 1 })
    expect(read).toHaveBeenCalledWith('hq:something')
  })

  it('falls back to Taro when localStorage itself refuses (a privacy mode)', () => {
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError')
    })
    const read = jest.spyOn(Taro, 'getStorageSync').mockReturnValue('')
    expect(deviceStorage.read('hq:display')).toBeUndefined()
    expect(read).toHaveBeenCalledWith('hq:display')
  })
})
