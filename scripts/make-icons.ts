/**
 * npm run icons
 * Draws the tabBar icons (src/assets/tab/{name}.png and {name}-active.png) from the SVG
 * below with @resvg/resvg-js. Nothing is downloaded and no fonts are used, so the output
 * is the same bytes on every run. Prints each file with its size; exit code 1 when a file
 * is not 81×81 px or is larger than 40 KB (the WeChat tabBar limit).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { deflateSync, inflateSync } from 'node:zlib'
import { Resvg } from '@resvg/resvg-js'
import { TABS } from '../src/routes'

/** Icon size in px (WeChat recommends 81×81) and the largest allowed file. */
export const SIZE = 81
export const MAX_BYTES = 40 * 1024

export const ICONS = ['home', 'events', 'complaints', 'about'] as const

/**
 * The icons' colours (tab not chosen, tab chosen). One PNG serves both schemes, WeChat's bar
 * and H5's: each colour keeps at least 3:1 (WCAG, non-text) on the light bar and on the dark
 * one (src/theme.json tabBgColor; test), where the text colours' greys and brand red would not
 * (#595959 and #b3261e are about 2.4:1 on the dark bar). So no dark copies (each ~500 B of the
 * weapp main package) and no `@` icon paths in theme.json, which Taro 4.2.1 would not copy into
 * dist/ (its MiniPlugin copies the tabBar icon paths that are files in src/).
 */
export const ICON_COLOURS = { idle: '#767676', active: '#d93b30' } as const
export type IconName = (typeof ICONS)[number]

/**
 * Line art on an 81×81 canvas, drawn with `currentColor`: a 6 px stroke with round caps and
 * joins is set on the outer group, so strokes here need no attributes; filled dots say
 * `fill="currentColor"` and `stroke="none"`. Shapes keep ~8 px clear of the edge.
 */
const ART: Record<IconName, string> = {
  // A house: roof, walls, door.
  home: `
    <path d="M11 39 L40.5 13 L70 39"/>
    <path d="M20 32 V69 H61 V32"/>
    <path d="M34 69 V51 H47 V69"/>`,
  // A calendar: page with two rings on top, a header line and a 3×2 grid of dots.
  events: `
    <rect x="12" y="17" width="57" height="53" rx="7"/>
    <path d="M27 10 V24 M54 10 V24"/>
    <path d="M12 33 H69"/>
    <g fill="currentColor" stroke="none">
      <circle cx="27" cy="45" r="4"/><circle cx="40.5" cy="45" r="4"/><circle cx="54" cy="45" r="4"/>
      <circle cx="27" cy="58" r="4"/><circle cx="40.5" cy="58" r="4"/><circle cx="54" cy="58" r="4"/>
    </g>`,
  // A speech bubble with a tail, holding an exclamation mark.
  complaints: `
    <path d="M20 13 H61 A8 8 0 0 1 69 21 V48 A8 8 0 0 1 61 56 H37 L22 69 V56 H20 A8 8 0 0 1 12 48 V21 A8 8 0 0 1 20 13 Z"/>
    <path d="M40.5 23 V37"/>
    <circle cx="40.5" cy="46.5" r="4" fill="currentColor" stroke="none"/>`,
  // A notice: a page with a folded corner and lines of text.
  about: `
    <path d="M19 10 H48 L63 25 V71 H19 Z"/>
    <path d="M47 11 V26 H62"/>
    <path d="M29 39 H53 M29 49 H53 M29 59 H44"/>`
}

/** The complete SVG document for one icon in one colour. */
export function svgIcon(name: IconName, colour: string): string {
  const art = ART[name]
  if (art === undefined) throw new Error(`unknown icon ${name}`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <g color="${colour}" fill="none" stroke="currentColor" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">${art}
  </g>
</svg>
`
}

/**
 * Renders an SVG document to PNG bytes at its own size, on a transparent background.
 * resvg writes 32-bit RGBA; an icon is one colour with anti-aliased edges, a few dozen
 * distinct pixels, so the same pixels are stored again as an indexed PNG (palette with
 * transparency): lossless, and under half the bytes (the icons are in the main package).
 */
export function renderPng(svg: string): Buffer {
  return indexedPng(decodePng(renderRgbaPng(svg)))
}

/** resvg's own rendering: a 32-bit RGBA PNG. */
export function renderRgbaPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SIZE },
    font: { loadSystemFonts: false }
  })
  return resvg.render().asPng()
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export type RgbaImage = { width: number; height: number; rgba: Buffer }

/** The chunks of a PNG, in order. */
function pngChunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG')
  const chunks: Array<{ type: string; data: Buffer }> = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return chunks
}

/** Undoes the PNG row filters (filter byte first in each row) of `bpp` bytes per pixel. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp
  const out = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const row = y * stride
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0
      const b = y > 0 ? out[row - stride + x] : 0
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0
      const p = a + b - c
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]
      if (predictor === undefined) throw new Error(`PNG row ${y}: unknown filter ${filter}`)
      out[row + x] = (raw[y * (stride + 1) + 1 + x] + predictor) & 0xff
    }
  }
  return out
}

/** The pixels of an 8-bit RGBA (colour type 6), non-interlaced PNG, or of an 8-bit indexed one. */
export function decodePng(png: Buffer): RgbaImage {
  const chunks = pngChunks(png)
  const ihdr = chunks.find((c) => c.type === 'IHDR')
  if (!ihdr) throw new Error('not a PNG')
  const width = ihdr.data.readUInt32BE(0)
  const height = ihdr.data.readUInt32BE(4)
  const [depth, colourType, , , interlace] = ihdr.data.subarray(8, 13)
  if (depth !== 8 || interlace !== 0 || (colourType !== 6 && colourType !== 3)) {
    throw new Error(`unsupported PNG (bit depth ${depth}, colour type ${colourType}, interlace ${interlace})`)
  }
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)))
  if (colourType === 6) return { width, height, rgba: unfilter(raw, width, height, 4) }
  const plte = chunks.find((c) => c.type === 'PLTE')?.data ?? Buffer.alloc(0)
  const trns = chunks.find((c) => c.type === 'tRNS')?.data ?? Buffer.alloc(0)
  const indices = unfilter(raw, width, height, 1)
  const rgba = Buffer.alloc(width * height * 4)
  indices.forEach((i, n) => {
    plte.copy(rgba, n * 4, i * 3, i * 3 + 3)
    rgba[n * 4 + 3] = i < trns.length ? trns[i] : 0xff
  })
  return { width, height, rgba }
}

/** CRC-32 (ISO 3309, as PNG uses), table-driven. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * The same pixels as an 8-bit indexed PNG: palette (PLTE) and alpha (tRNS) in order of first
 * appearance, rows unfiltered, deflate level 9. Throws past 256 distinct RGBA values.
 */
export function indexedPng({ width, height, rgba }: RgbaImage): Buffer {
  const palette = new Map<number, number>()
  const raw = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = rgba.readUInt32BE((y * width + x) * 4)
      let index = palette.get(colour)
      if (index === undefined) {
        index = palette.size
        if (index > 255) throw new Error('more than 256 colours: cannot be an indexed PNG')
        palette.set(colour, index)
      }
      raw[y * (width + 1) + 1 + x] = index
    }
  }
  const colours = [...palette.keys()]
  const plte = Buffer.alloc(colours.length * 3)
  const trns = Buffer.alloc(colours.length)
  colours.forEach((c, i) => {
    plte.writeUIntBE(c >>> 8, i * 3, 3)
    trns[i] = c & 0xff
  })
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 3, 0, 0, 0], 8)
  return Buffer.concat([
    PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('tRNS', trns),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))
  ])
}

/** Width and height from a PNG's IHDR chunk (which must come first, right after the signature). */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG')
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

function main(): void {
  const outDir = resolve(__dirname, '../src/assets/tab')
  mkdirSync(outDir, { recursive: true })
  let failed = false

  const missing = TABS.map((t) => t.icon).filter((icon) => !(ICONS as readonly string[]).includes(icon))
  if (missing.length) {
    console.error(`routes.ts names icons with no drawing: ${missing.join(', ')}`)
    failed = true
  }

  for (const name of ICONS) {
    for (const [suffix, colour] of [['', ICON_COLOURS.idle], ['-active', ICON_COLOURS.active]] as const) {
      const file = resolve(outDir, `${name}${suffix}.png`)
      writeFileSync(file, renderPng(svgIcon(name, colour)))

      const written = readFileSync(file)
      const label = relative(process.cwd(), file) || file
      let problem = ''
      try {
        const { width, height } = pngSize(written)
        if (width !== SIZE || height !== SIZE) problem = `is ${width}×${height}, want ${SIZE}×${SIZE}`
      } catch (e) {
        problem = (e as Error).message
      }
      if (!problem && written.length > MAX_BYTES) problem = `is over ${MAX_BYTES} bytes`
      if (problem) {
        console.error(`${label}  ${written.length} B  ${problem}`)
        failed = true
      } else {
        console.log(`${label}  ${written.length} B`)
      }
    }
  }
  if (failed) process.exit(1)
}

if (require.main === module) main()
