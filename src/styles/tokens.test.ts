import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { colors } from './tokens'

const scss = readFileSync(resolve(__dirname, 'tokens.scss'), 'utf8')
// weapp's theme.json (src/theme.json, read as a file: styles import nothing outside styles).
const theme = JSON.parse(readFileSync(resolve(__dirname, '../theme.json'), 'utf8')) as Record<'light' | 'dark', Record<string, string>>
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** tokens.scss's $palette: name → [custom property, light, dark]. */
const palette = Object.fromEntries(
  Array.from(scss.matchAll(/^ {2}([a-z-]+): \(([a-z0-9]+), (#[0-9a-f]{6}), (#[0-9a-f]{6})\),$/gm), (m) => [m[1], { prop: m[2], light: m[3], dark: m[4] }])
)
type Scheme = 'light' | 'dark'
const set = (scheme: Scheme) => (name: string) => {
  const entry = palette[name]
  if (!entry) throw new Error(`no ${name} in tokens.scss $palette`)
  return entry[scheme]
}

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

/**
 * Every text colour on every background it is used on (the feature styles: text, secondary
 * text, brand, brand-dark and accent/link on the page, cards and the two soft highlights;
 * on-brand on the brand buttons, on-header on the pages' coloured headers), at least 4.5:1 (WCAG AA, normal text).
 */
const TEXT_ON = {
  'text': ['surface', 'background', 'brand-soft', 'accent-soft'],
  'text-secondary': ['surface', 'background', 'brand-soft', 'accent-soft'],
  'brand': ['surface', 'background', 'brand-soft', 'accent-soft'],
  'brand-dark': ['surface', 'background', 'brand-soft', 'accent-soft'],
  'accent': ['surface', 'background', 'brand-soft', 'accent-soft'],
  'on-brand': ['brand'],
  'on-header': ['header']
}
const PAIRS = Object.entries(TEXT_ON).flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg] as const))

describe('design tokens', () => {
  it('tokens.scss has a light and a dark value for each colour, each with its own custom property', () => {
    expect(Object.keys(palette).sort()).toEqual(['accent', 'accent-soft', 'background', 'border', 'brand', 'brand-dark', 'brand-soft', 'header', 'on-brand', 'on-header', 'surface', 'text', 'text-secondary'])
    for (const [name, { prop }] of Object.entries(palette)) expect(scss).toContain(`$color-${name}: var(--${prop});`)
    expect(new Set(Object.values(palette).map((p) => p.prop)).size).toBe(Object.keys(palette).length)
  })

  it.each(Object.entries(colors))('tokens.ts %s is the light value in tokens.scss', (name, value) => {
    expect(set('light')(kebab(name))).toBe(value)
  })

  it.each(['light', 'dark'] as const)('%s: every text colour keeps at least 4.5:1 on the backgrounds it sits on', (scheme) => {
    const c = set(scheme)
    const low = PAIRS.map(([fg, bg]) => `${fg} on ${bg} ${contrast(c(fg), c(bg)).toFixed(2)}:1`)
      .filter((line) => Number(line.split(' ').pop()?.replace(':1', '')) < 4.5)
    expect(low).toEqual([])
  })

  it.each(['light', 'dark'] as const)('%s: the focus ring (accent) and the brand marks stand out at least 3:1 from the page and the cards', (scheme) => {
    const c = set(scheme)
    for (const fg of ['accent', 'brand']) {
      for (const bg of ['surface', 'background']) expect(contrast(c(fg), c(bg))).toBeGreaterThanOrEqual(3)
    }
  })

  it('weapp theme.json draws WeChat’s bars from the same palette', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const c = set(scheme)
      const t = theme[scheme]
      expect([t.bgColor, t.tabBgColor, t.tabColor, t.tabSelectedColor]).toEqual([c('background'), c('surface'), c('text-secondary'), c('brand')])
      // The title bar: the brand red (light), a deeper red in dark; white text on it either way.
      expect(t.navBgColor).toBe(scheme === 'light' ? c('brand') : set('light')('brand-dark'))
      expect(t.navTextStyle).toBe('white')
      expect(contrast('#ffffff', t.navBgColor)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(t.tabColor, t.tabBgColor)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(t.tabSelectedColor, t.tabBgColor)).toBeGreaterThanOrEqual(4.5)
    }
    // The tab bar's top line: dark on the light bar, light on the dark one.
    expect([theme.light.tabBorderStyle, theme.dark.tabBorderStyle]).toEqual(['black', 'white'])
  })
})
