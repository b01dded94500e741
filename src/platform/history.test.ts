/**
 * history.h5.ts: what a page keeps for the way back, per browser history entry (it survives a
 * reload; a missing or corrupt store starts fresh), and tab switches that push an entry.
 * history.weapp.ts: WeChat's switchTab, nothing kept.
 */
import Taro from '@tarojs/taro'
import * as h5 from './history.h5'
import * as weapp from './history.weapp'

afterEach(() => {
  jest.restoreAllMocks()
  window.sessionStorage.clear()
  window.history.replaceState(null, '')
})

/** A new browser history entry, as a navigation makes (Taro's state, without our id). */
const newEntry = (hash: string) => window.history.pushState({ usr: {}, key: Math.random().toString(36).slice(2), idx: 1 }, '', hash)

describe('entryState (H5)', () => {
  it('keeps a value per history entry: another entry does not see it, the entry does again after a reload', () => {
    newEntry('#/pages/about/index')
    h5.entryState('notice').save({ top: 1200, stamp: '2021' })
    const aboutState = window.history.state
    expect(aboutState).toEqual(expect.objectContaining({ usr: {}, idx: 1 })) // Taro's fields kept
    newEntry('#/packages/about/organiser/index?id=amr')
    expect(h5.entryState('notice').read()).toBeUndefined()
    // Back to the about entry (its state, as the browser gives it back after a reload too).
    window.history.replaceState(aboutState, '')
    expect(h5.entryState('notice').read()).toEqual({ top: 1200, stamp: '2021' })
    expect(h5.entryState('calendar').read()).toBeUndefined()
  })

  it('a save made after the address changed goes to the entry it was read for', () => {
    newEntry('#/pages/about/index')
    const entry = h5.entryState('notice')
    const aboutState = window.history.state
    newEntry('#/packages/about/app-info/index')
    entry.save({ top: 300, stamp: '2021' })
    expect(h5.entryState('notice').read()).toBeUndefined()
    window.history.replaceState(aboutState, '')
    expect(h5.entryState('notice').read()).toEqual({ top: 300, stamp: '2021' })
  })

  it.each([['not JSON {'], ['{"a":1}'], ['[["x"], 3, null]']])('a corrupt store (%s) reads as nothing saved, and the next save replaces it', (raw) => {
    window.sessionStorage.setItem(h5.STORE_KEY, raw)
    window.localStorage.setItem('hq-other', 'kept')
    newEntry('#/pages/about/index')
    expect(h5.entryState('notice').read()).toBeUndefined()
    h5.entryState('notice').save({ top: 5, stamp: '2021' })
    expect(h5.entryState('notice').read()).toEqual({ top: 5, stamp: '2021' })
    expect(window.localStorage.getItem('hq-other')).toBe('kept')
    window.localStorage.removeItem('hq-other')
  })

  it.each([['a string', 'garbage'], ['a number', 7], ['an id that is not a string', { hqEntry: 42 }]])('an entry whose history state is %s starts fresh, and can then keep a value', (_what, state) => {
    window.history.pushState(state, '', '#/pages/about/index')
    expect(h5.entryState('notice').read()).toBeUndefined()
    h5.entryState('notice').save({ top: 9, stamp: '2021' })
    expect(h5.entryState('notice').read()).toEqual({ top: 9, stamp: '2021' })
  })

  it('keeps the last 30 entries only', () => {
    const states: unknown[] = []
    for (let i = 0; i < 35; i++) {
      newEntry(`#/pages/about/index?i=${i}`)
      h5.entryState('notice').save({ top: i, stamp: '2021' })
      states.push(window.history.state)
    }
    window.history.replaceState(states[0], '')
    expect(h5.entryState('notice').read()).toBeUndefined()
    window.history.replaceState(states[34], '')
    expect(h5.entryState('notice').read()).toEqual({ top: 34, stamp: '2021' })
  })

  it('storage that fails is no error: nothing is kept', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    newEntry('#/pages/about/index')
    expect(() => h5.entryState('notice').save({ top: 5, stamp: '2021' })).not.toThrow()
    expect(h5.entryState('notice').read()).toBeUndefined()
  })
})

describe('switchTab', () => {
  it('H5, from a tab: navigateTo, a new history entry; the same tab: switchTab (no entry that back would seem to skip)', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never)
    window.history.replaceState(null, '', '#/pages/home/index')
    void h5.switchTab('/pages/about/index')
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/about/index' })
    void h5.switchTab('/pages/home/index')
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
    expect(navigateTo).toHaveBeenCalledTimes(1)
  })

  it('H5, from a page that is not a tab: switchTab, which closes that page as WeChat does', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never)
    window.history.replaceState(null, '', '#/packages/about/search/index?q=12315')
    void h5.switchTab('/pages/complaints/index')
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/complaints/index' })
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('weapp: WeChat’s switchTab; nothing kept for the way back', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' } as never)
    void weapp.switchTab('/pages/events/index')
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/events/index' })
    weapp.entryState('notice').save({ top: 5, stamp: '2021' })
    expect(weapp.entryState('notice').read()).toBeUndefined()
  })
})
