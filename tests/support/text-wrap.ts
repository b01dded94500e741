/** Shared by the line-breaking tests (lib/text-wrap, the slogan poster's layout). */
import { CLOSING_MARKS, OPENING_MARKS, type Measure } from '../../src/lib/text-wrap'

/**
 * A stand-in for canvas measureText: 1 em per Chinese character or mark, 0.5 em per space,
 * Latin letter or digit — near enough to a CJK font, and exact so tests can reason in ems.
 */
export const em: Measure = (s) => Array.from(s).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0)
export const squash = (s: string) => s.replace(/\s+/g, '')

/** Properties every wrap must have, whatever the width. */
export function expectSound(text: string, lines: string[], width: number) {
  expect(lines.length).toBeGreaterThan(0)
  // Nothing lost, nothing added, order kept.
  expect(squash(lines.join(''))).toBe(squash(text))
  for (const line of lines) {
    expect(line).toBe(line.trim())
    expect(line.length).toBeGreaterThan(0)
    expect(em(line)).toBeLessThanOrEqual(width)
    expect(CLOSING_MARKS).not.toContain(line[0])
    expect(OPENING_MARKS).not.toContain(line[line.length - 1])
  }
}
