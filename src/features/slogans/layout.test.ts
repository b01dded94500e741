import { edition } from '@/content/newest'
import { wrapText } from '@/lib/text-wrap'
import { em, expectSound } from '../../../tests/support/text-wrap'

const SLOGANS = edition.slogans.items.map((s) => s.text)
const halves = (t: string) => t.split(' ')

describe('wrapText on the 16 slogans', () => {
  it('has 16 slogans, each two halves separated by one space (the data the rules rely on)', () => {
    expect(SLOGANS).toHaveLength(16)
    for (const s of SLOGANS) expect(halves(s)).toHaveLength(2)
  })

  // 10 em: every half fits (the longest, 深入实施质量强省战略, is 10 characters).
  it.each(SLOGANS)('10 em: "%s" keeps each half whole', (text) => {
    const lines = wrapText(text, 10, em)
    expectSound(text, lines, 10)
    for (const half of halves(text)) expect(lines.some((l) => l.includes(half))).toBe(true)
    // Two halves share a line only when both fit on it together.
    if (em(text) <= 10) expect(lines).toEqual([text])
    else expect(lines).toEqual(halves(text))
  })

  // 6 em: halves of up to 6 characters stay whole; longer ones are broken evenly.
  it.each(SLOGANS)('6 em: "%s" breaks only halves wider than the line', (text) => {
    const lines = wrapText(text, 6, em)
    expectSound(text, lines, 6)
    for (const half of halves(text)) {
      if (em(half) <= 6) {
        expect(lines).toContain(half)
      } else {
        const pieces = lines.filter((l) => half.includes(l))
        expect(pieces.join('')).toBe(half)
        expect(pieces.length).toBe(Math.ceil(half.length / 6))
        // Even lengths: no piece is more than one character longer than another.
        const lengths = pieces.map((p) => p.length)
        expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1)
      }
    }
  })

  it('examples a reader can check', () => {
    expect(wrapText('质量提升 人人有责', 10, em)).toEqual(['质量提升 人人有责'])
    expect(wrapText('质量提升 人人有责', 6, em)).toEqual(['质量提升', '人人有责'])
    expect(wrapText('深入实施质量强省战略 助力建设自由贸易港', 6, em)).toEqual(['深入实施质', '量强省战略', '助力建设自', '由贸易港'])
    expect(wrapText('让质量强省深入人心 让质量提升扎实推进', 10, em)).toEqual(['让质量强省深入人心', '让质量提升扎实推进'])
  })
})
