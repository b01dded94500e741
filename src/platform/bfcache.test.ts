import * as weapp from './bfcache.weapp'
import * as h5 from './bfcache.h5'
import { onPageRestore } from '@/lib/page-restore'

describe('installPageRestore', () => {
  it('H5: only a pageshow from the back-forward cache (persisted) counts as a restore', () => {
    const restored = jest.fn()
    const off = onPageRestore(restored)
    h5.installPageRestore()
    // A first load's pageshow is not a restore.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }))
    expect(restored).not.toHaveBeenCalled()
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
    expect(restored).toHaveBeenCalledTimes(1)
    off()
  })

  it('weapp: nothing to install (no page comes back from a cache)', () => {
    expect(() => weapp.installPageRestore()).not.toThrow()
  })
})
