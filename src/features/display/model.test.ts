import { appearanceClass, displayScale, repairDisplay, scaleStyle } from './model'

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

  it.each([[undefined], [null], ['large'], [{ mode: 'huge' }], [{ mode: 2 }]])('repairs a stored %p to auto, following the system', (stored) => {
    expect(repairDisplay(stored)).toEqual({ mode: 'auto', appearance: 'system' })
  })

  it('keeps a valid stored choice', () => {
    expect(repairDisplay({ mode: 'large', appearance: 'dark' })).toEqual({ mode: 'large', appearance: 'dark' })
  })
})

describe('appearance (跟随系统 / 浅色 / 深色)', () => {
  it('a version 1 value (text size only) keeps its text size and follows the system', () => {
    expect(repairDisplay({ mode: 'large' })).toEqual({ mode: 'large', appearance: 'system' })
  })

  it.each([['midnight'], [1], [null], [{ dark: true }], ['']])('a corrupt appearance %p falls back to 跟随系统 without losing the text size', (appearance) => {
    expect(repairDisplay({ mode: 'standard', appearance })).toEqual({ mode: 'standard', appearance: 'system' })
  })

  it('a forced scheme puts its class on the root; following the system puts none', () => {
    expect(['system', 'light', 'dark'].map((a) => appearanceClass(a as 'system'))).toEqual(['', ' hq-light', ' hq-dark'])
  })
})
