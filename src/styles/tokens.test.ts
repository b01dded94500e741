import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { colors } from './tokens'

const scss = readFileSync(resolve(__dirname, 'tokens.scss'), 'utf8')
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

describe('design tokens', () => {
  it.each(Object.entries(colors))('tokens.ts %s matches tokens.scss', (name, value) => {
    expect(scss).toContain(`$color-${kebab(name)}: ${value};`)
  })

  it('text colours keep at least 4.5:1 contrast on the backgrounds they sit on', () => {
    for (const bg of [colors.surface, colors.background]) {
      expect(contrast(colors.text, bg)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(colors.textSecondary, bg)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(colors.brand, bg)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(colors.accent, bg)).toBeGreaterThanOrEqual(4.5)
    }
    expect(contrast('#ffffff', colors.brand)).toBeGreaterThanOrEqual(4.5)
  })
})
