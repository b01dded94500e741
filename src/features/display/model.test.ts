import { displayScale, repairTextMode, scaleStyle } from './model'

describe('display scale (适老化)', () => {
  it('standard ignores the WeChat font size', () => {
    expect(displayScale('standard', 1.6)).toEqual({ fontScale: 1, spaceScale: 1, targetScale: 1, large: false })
  })

  it('large gives body text of at least 18 pt and targets of at least 60 px', () => {
    const s = displayScale('large', 1)
    expect(16 * s.fontScale * 0.75).toBeGreaterThanOrEqual(18) // 16 CSS px body, 1 px = 0.75 pt
    expect(44 * s.targetScale).toBeGreaterThanOrEqual(60)
    expect(s.large).toBe(true)
  })

  it('auto follows WeChat: a bigger system font scales up, a large one switches to the large mode', () => {
    expect(displayScale('auto', 1)).toMatchObject({ fontScale: 1, large: false })
    expect(displayScale('auto', 1.15)).toMatchObject({ fontScale: 1.15, large: false })
    expect(displayScale('auto', 1.3)).toMatchObject({ fontScale: 1.5, large: true, targetScale: 1.4 })
    expect(displayScale('auto', 1.8)).toMatchObject({ fontScale: 1.8, large: true })
  })

  it('never shrinks below standard nor grows past twice, and survives a bad factor', () => {
    expect(displayScale('auto', 0.8).fontScale).toBe(1)
    expect(displayScale('large', 3).fontScale).toBe(2)
    expect(displayScale('auto', Number.NaN).fontScale).toBe(1)
  })

  it('writes the custom properties the tokens read', () => {
    expect(scaleStyle(displayScale('large', 1))).toEqual({ '--hq-font-scale': '1.5', '--hq-space-scale': '1.25', '--hq-target-scale': '1.4' })
  })

  it.each([[undefined], [null], ['large'], [{ mode: 'huge' }], [{ mode: 2 }]])('repairs a stored %p to auto', (stored) => {
    expect(repairTextMode(stored)).toEqual({ mode: 'auto' })
  })

  it('keeps a valid stored mode', () => {
    expect(repairTextMode({ mode: 'large' })).toEqual({ mode: 'large' })
  })
})
