import { fitOneLine, posterScale, POSTER_HEIGHT } from './poster'

describe('poster pixel ratio', () => {
  it('follows the device, between 1 and 3', () => {
    expect(posterScale(2)).toBe(2)
    expect(posterScale(3)).toBe(3)
    expect(posterScale(1.5)).toBe(1.5)
    expect(posterScale(4)).toBe(3)
    expect(posterScale(0.5)).toBe(1)
    expect(posterScale(undefined)).toBe(2)
    expect(posterScale(NaN)).toBe(2)
    // 3 × 1334 stays under the 4096 px canvas limit of many phones.
    expect(posterScale(10) * POSTER_HEIGHT).toBeLessThanOrEqual(4096)
  })
})

describe('one line of text', () => {
  const measure = (t: string) => Array.from(t).length * 10
  it('is kept whole when it fits, else cut with …', () => {
    expect(fitOneLine('质量知识问答', 'x', 60, measure)).toBe('质量知识问答')
    expect(fitOneLine('质量知识问答', 'x', 40, measure)).toBe('质量知…')
  })
})
