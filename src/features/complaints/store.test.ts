import Taro from '@tarojs/taro'
import { EMPTY_DRAFT, type Draft } from './model'
import { AUTOSAVE_MS, DRAFT_KEY, DRAFT_VERSION } from './store'
import { createAutosave } from './draft-save'

const draft: Draft = { ...EMPTY_DRAFT, businessName: '某某超市', what: '买到的牛奶已经变质了，要求退货。' }

beforeEach(() => {
  localStorage.clear()
  jest.resetModules()
})

/** A fresh store module, as after restarting the app. */
function loadStore(nowMs?: number) {
  let mod: typeof import('./store') | undefined
  jest.isolateModules(() => {
    if (nowMs !== undefined) (require('@/lib/clock') as typeof import('@/lib/clock')).setNow(nowMs)
    mod = require('./store')
  })
  return mod!
}

describe('the draft store on the phone', () => {
  it('saves { draft, savedAt } with its version under hq:complaint-draft, and a restart reads it back', () => {
    const first = loadStore(Date.parse('2021-09-14T04:00:00Z'))
    first.useDraftStore.getState().save(draft)
    expect(Taro.getStorageSync(DRAFT_KEY)).toEqual({ state: { draft, savedAt: Date.parse('2021-09-14T04:00:00Z') }, version: DRAFT_VERSION })
    const again = loadStore()
    expect(again.useDraftStore.getState().draft).toEqual(draft)
  })

  it('repairs a corrupt current-version value field by field on load', () => {
    Taro.setStorageSync(DRAFT_KEY, { state: { draft: { ...draft, date: 'soon', evidence: 'all', kind: 9 }, savedAt: 'x' }, version: DRAFT_VERSION })
    const { useDraftStore } = loadStore()
    expect(useDraftStore.getState().draft).toEqual({ ...draft, date: '', evidence: [], kind: 'complaint' })
    expect(useDraftStore.getState().savedAt).toBeNull()
  })

  it('repairs an old version (a flat draft, version 0) keeping its fields', () => {
    Taro.setStorageSync(DRAFT_KEY, { state: { ...draft, phone: 13800138000 }, version: 0 })
    const { useDraftStore } = loadStore()
    expect(useDraftStore.getState().draft).toEqual({ ...draft, phone: '13800138000' })
  })

  it.each([
    ['not JSON', 'not json {'],
    ['a number', 7],
    ['an array', [draft]],
    ['a null state', { state: null, version: DRAFT_VERSION }]
  ])('starts empty from %s, without crashing', (_label, stored) => {
    Taro.setStorageSync(DRAFT_KEY, stored)
    const { useDraftStore } = loadStore()
    expect(useDraftStore.getState().draft).toEqual(EMPTY_DRAFT)
  })

  it('clear() stores an empty draft', () => {
    const { useDraftStore } = loadStore()
    useDraftStore.getState().save(draft)
    useDraftStore.getState().clear()
    expect(loadStore().useDraftStore.getState().draft).toEqual(EMPTY_DRAFT)
  })
})

describe('createAutosave (debounced)', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('saves the last value once typing pauses for 400 ms', () => {
    const saved: string[] = []
    const a = createAutosave<string>((v) => saved.push(v))
    a.schedule('a')
    jest.advanceTimersByTime(AUTOSAVE_MS - 1)
    a.schedule('ab')
    jest.advanceTimersByTime(AUTOSAVE_MS - 1)
    expect(saved).toEqual([])
    expect(a.pending()).toBe(true)
    jest.advanceTimersByTime(1)
    expect(saved).toEqual(['ab'])
    expect(a.pending()).toBe(false)
  })

  it('flush saves at once, and only once', () => {
    const saved: string[] = []
    const a = createAutosave<string>((v) => saved.push(v))
    a.schedule('abc')
    a.flush()
    a.flush()
    jest.advanceTimersByTime(AUTOSAVE_MS * 2)
    expect(saved).toEqual(['abc'])
  })

  it('cancel drops the pending value', () => {
    const saved: string[] = []
    const a = createAutosave<string>((v) => saved.push(v))
    a.schedule('x')
    a.cancel()
    jest.advanceTimersByTime(AUTOSAVE_MS * 2)
    a.flush()
    expect(saved).toEqual([])
  })
})
