import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { TABS } from '../src/routes'
import theme from '../src/theme.json'
import { ICON_COLOURS, MAX_BYTES, SIZE, decodePng, pngSize, renderPng, renderRgbaPng, svgIcon, type IconName } from './make-icons'

const dir = resolve(__dirname, '../src/assets/tab')

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

describe('tabBar icons', () => {
  it.each(TABS.flatMap((t) => [[t.icon, `${t.icon}.png`, ICON_COLOURS.idle], [t.icon, `${t.icon}-active.png`, ICON_COLOURS.active]]))(
    '%s: %s is an 81×81 PNG under 40 KB, the script’s current output',
    (icon, file, colour) => {
      const path = resolve(dir, file)
      const png = readFileSync(path)
      expect(pngSize(png)).toEqual({ width: SIZE, height: SIZE })
      expect(statSync(path).size).toBeLessThanOrEqual(MAX_BYTES)
      // Committed icons are exactly what `npm run icons` makes from the SVG in the repo.
      expect(renderPng(svgIcon(icon as IconName, colour)).equals(png)).toBe(true)
    }
  )

  it.each(TABS.flatMap((t) => [[`${t.icon}.png`, t.icon, ICON_COLOURS.idle], [`${t.icon}-active.png`, t.icon, ICON_COLOURS.active]]))(
    '%s holds exactly the pixels resvg draws (the indexed PNG is lossless)',
    (file, icon, colour) => {
      const stored = decodePng(readFileSync(resolve(dir, file)))
      const drawn = decodePng(renderRgbaPng(svgIcon(icon as IconName, colour)))
      expect([stored.width, stored.height]).toEqual([drawn.width, drawn.height])
      expect(stored.rgba.equals(drawn.rgba)).toBe(true)
      // Not a blank image: the icon's colour is there, opaque.
      expect(stored.rgba.includes(Buffer.from([...Buffer.from(colour.slice(1), 'hex'), 0xff]))).toBe(true)
    }
  )

  it.each(['light', 'dark'] as const)('both icon colours stand out at least 3:1 from the %s tab bar (one PNG for both schemes)', (scheme) => {
    const bar = theme[scheme].tabBgColor
    expect(contrast(ICON_COLOURS.idle, bar)).toBeGreaterThanOrEqual(3)
    expect(contrast(ICON_COLOURS.active, bar)).toBeGreaterThanOrEqual(3)
  })

  it('rejects a file that is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a'))).toThrow()
  })
})
