import { decodeParam } from './page-params'

describe('decodeParam', () => {
  it('decodes an encoded parameter once and leaves plain text alone', () => {
    expect(decodeParam('%E7%94%B5%E6%A2%AF')).toBe('电梯')
    expect(decodeParam('电梯')).toBe('电梯')
    expect(decodeParam('%2541')).toBe('%41') // once, not twice
    expect(decodeParam('100%')).toBe('100%')
    expect(decodeParam('%E7%94')).toBe('%E7%94')
    expect(decodeParam(undefined)).toBe('')
    expect(decodeParam(null)).toBe('')
  })
})
