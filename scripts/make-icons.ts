/**
 * npm run icons
 * Draws the tabBar icons (src/assets/tab/{name}.png and {name}-active.png) from the SVG
 * below with @resvg/resvg-js. Nothing is downloaded and no fonts are used, so the output
 * is the same bytes on every run. Prints each file with its size; exit code 1 when a file
 * is not 81×81 px or is larger than 40 KB (the WeChat tabBar limit).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { colors } from '../src/styles/tokens'
import { TABS } from '../src/routes'

/** Icon size in px (WeChat recommends 81×81) and the largest allowed file. */
export const SIZE = 81
export const MAX_BYTES = 40 * 1024

export const ICONS = ['home', 'events', 'complaints', 'about'] as const
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

/** Renders an SVG document to PNG bytes at its own size, on a transparent background. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SIZE },
    font: { loadSystemFonts: false }
  })
  return resvg.render().asPng()
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
    for (const [suffix, colour] of [['', colors.textSecondary], ['-active', colors.brand]] as const) {
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
