/**
 * H5's reduced-motion preference, read from the browser each time it is asked (a user who
 * turns the setting on sees it on the next slide change, without a reload). weapp has nothing
 * to read (WeChat does not tell mini programs): motion.weapp.ts always answers no, and the
 * carousel's pause button is the user's control there.
 */
import { prefersReducedMotion } from './motion.h5'

function browserSetting(reduce: boolean | 'throws') {
  const queries: string[] = []
  window.matchMedia = ((q: string) => {
    queries.push(q)
    if (reduce === 'throws') throw new Error('matchMedia failed')
    return { matches: reduce && q === '(prefers-reduced-motion: reduce)' }
  }) as unknown as typeof window.matchMedia
  return queries
}

afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia
})

it('follows the browser setting, asked again each time', () => {
  const queries = browserSetting(true)
  expect(prefersReducedMotion()).toBe(true)
  expect(queries).toEqual(['(prefers-reduced-motion: reduce)'])
  browserSetting(false)
  expect(prefersReducedMotion()).toBe(false)
  browserSetting(true)
  expect(prefersReducedMotion()).toBe(true)
})

it('is no preference when the browser cannot say (no matchMedia, or it throws)', () => {
  expect(prefersReducedMotion()).toBe(false)
  browserSetting('throws')
  expect(prefersReducedMotion()).toBe(false)
})
