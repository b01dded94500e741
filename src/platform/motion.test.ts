import { prefersReducedMotion as h5 } from './motion.h5'
import { prefersReducedMotion as weapp } from './motion'

describe('prefers reduced motion', () => {
  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia
  })

  it('H5 follows the browser setting', () => {
    const queries: string[] = []
    window.matchMedia = ((q: string) => { queries.push(q); return { matches: true } }) as unknown as typeof window.matchMedia
    expect(h5()).toBe(true)
    expect(queries).toEqual(['(prefers-reduced-motion: reduce)'])
    window.matchMedia = (() => ({ matches: false })) as unknown as typeof window.matchMedia
    expect(h5()).toBe(false)
  })

  it('H5 without matchMedia, or when it throws: no preference', () => {
    expect(h5()).toBe(false)
    window.matchMedia = (() => { throw new Error('x') }) as unknown as typeof window.matchMedia
    expect(h5()).toBe(false)
  })

  it('weapp: WeChat does not say, so no preference', () => {
    expect(weapp()).toBe(false)
  })
})
