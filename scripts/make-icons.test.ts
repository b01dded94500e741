import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { TABS } from '../src/routes'
import { colors } from '../src/styles/tokens'
import { MAX_BYTES, SIZE, decodePng, pngSize, renderPng, renderRgbaPng, svgIcon, type IconName } from './make-icons'

const dir = resolve(__dirname, '../src/assets/tab')

describe('tabBar icons', () => {
  it.each(TABS.flatMap((t) => [[t.icon, `${t.icon}.png`, colors.textSecondary], [t.icon, `${t.icon}-active.png`, colors.brand]]))(
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

  it.each(TABS.flatMap((t) => [[`${t.icon}.png`, t.icon, colors.textSecondary], [`${t.icon}-active.png`, t.icon, colors.brand]]))(
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

  it('rejects a file that is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a'))).toThrow()
  })
})
