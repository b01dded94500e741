import type { Page } from 'playwright-core'

/**
 * A stand-in Chinese font for layout tests. The test machine's Chromium has no CJK font
 * (Debian's chromium brings none), so Chinese text falls back to narrow "tofu" boxes about
 * a third of an em wide, and a line holds three times the characters it holds on a phone:
 * nothing wraps where it would. This builds, in memory, a tiny TrueType font whose every
 * Han character and full-width sign is one em wide, as in PingFang or Noto Sans CJK, and
 * registers it under the family names the app's text asks for, for those
 * characters only (unicode-range), so digits and Latin letters keep the system's font.
 * Each character is drawn as a box, so a screenshot still shows where the text is.
 */

/** The full-width characters, as in a CJK font: CJK punctuation and symbols, Han, full-width forms, curly quotes, ellipsis. */
const RANGES: Array<[number, number]> = [
  [0x2018, 0x2019], [0x201c, 0x201d], [0x2026, 0x2026], [0x2e80, 0x2fdf], [0x3000, 0x303f], [0x3100, 0x312f],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xffef]
]

const EM = 1000

class Writer {
  private bytes: number[] = []
  u8(v: number) { this.bytes.push(v & 0xff); return this }
  u16(v: number) { return this.u8(v >> 8).u8(v) }
  i16(v: number) { return this.u16(v < 0 ? v + 0x10000 : v) }
  u32(v: number) { return this.u16(Math.floor(v / 0x10000)).u16(v & 0xffff) }
  tag(s: string) { for (const c of s) this.u8(c.charCodeAt(0)); return this }
  zeros(n: number) { for (let i = 0; i < n; i++) this.u8(0); return this }
  raw(b: number[]) { this.bytes.push(...b); return this }
  get length() { return this.bytes.length }
  done() { return this.bytes }
}

function cmap(): number[] {
  // (3,1) format 4: required by the font sanitizer; maps one character. (3,10) format 13:
  // every range to the one box glyph.
  const f4 = new Writer().u16(4).u16(32).u16(0).u16(4).u16(4).u16(1).u16(0)
    .u16(0x3000).u16(0xffff).u16(0) // endCode
    .u16(0x3000).u16(0xffff) // startCode
    .i16(1 - 0x3000).i16(1) // idDelta
    .u16(0).u16(0) // idRangeOffset
    .done()
  const f13 = new Writer().u16(13).u16(0).u32(16 + 12 * RANGES.length).u32(0).u32(RANGES.length)
  for (const [start, end] of RANGES) f13.u32(start).u32(end).u32(1)
  const header = new Writer().u16(0).u16(2).u16(3).u16(1).u32(20).u16(3).u16(10).u32(20 + f4.length)
  return header.raw(f4).raw(f13.done()).done()
}

function nameTable(family: string): number[] {
  const names: Array<[number, string]> = [[1, family], [2, 'Regular'], [3, family], [4, family], [6, family.replace(/\s/g, '')]]
  const strings = names.map(([, s]) => Array.from(s).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]))
  const w = new Writer().u16(0).u16(names.length).u16(6 + 12 * names.length)
  let offset = 0
  names.forEach(([id], i) => {
    w.u16(3).u16(1).u16(0x409).u16(id).u16(strings[i].length).u16(offset)
    offset += strings[i].length
  })
  for (const s of strings) w.raw(s)
  return w.done()
}

/** The font file (TrueType), built from scratch: one empty .notdef and one box glyph one em wide. */
export function cjkTestFont(family = 'HQ CJK Test'): Buffer {
  const ascent = 880
  const descent = 120
  // The box: a 4-point contour inside the em, drawn with relative coordinates.
  const glyf = new Writer().i16(1).i16(100).i16(-50).i16(900).i16(750).u16(3).u16(0)
    .u8(1).u8(1).u8(1).u8(1)
    .i16(100).i16(0).i16(800).i16(0)
    .i16(-50).i16(800).i16(0).i16(-800)
    .done()
  const tables: Record<string, number[]> = {
    'OS/2': new Writer().u16(4).i16(EM).u16(400).u16(5).u16(0)
      .i16(650).i16(600).i16(0).i16(75).i16(650).i16(600).i16(0).i16(350).i16(50).i16(250)
      .i16(0).zeros(10).u32(0).u32(0x28000000).u32(0).u32(0).tag('NONE')
      .u16(0x40).u16(0x2018).u16(0xffef).i16(ascent).i16(-descent).i16(0).u16(ascent).u16(descent)
      .u32(0x00040000).u32(0).i16(500).i16(700).u16(0).u16(0x20).u16(1)
      .done(),
    cmap: cmap(),
    glyf,
    head: new Writer().u32(0x00010000).u32(0x00010000).u32(0).u32(0x5f0f3cf5).u16(0x000b).u16(EM)
      .zeros(16).i16(0).i16(-descent).i16(EM).i16(ascent).u16(0).u16(8).i16(2).i16(0).i16(0)
      .done(),
    hhea: new Writer().u32(0x00010000).i16(ascent).i16(-descent).i16(0).u16(EM).i16(0).i16(0).i16(EM)
      .i16(1).i16(0).i16(0).zeros(8).i16(0).u16(2)
      .done(),
    hmtx: new Writer().u16(EM / 2).i16(0).u16(EM).i16(100).done(),
    loca: new Writer().u16(0).u16(0).u16(glyf.length / 2).done(),
    maxp: new Writer().u32(0x00010000).u16(2).u16(4).u16(1).u16(0).u16(0).u16(2).zeros(16).done(),
    name: nameTable(family),
    post: new Writer().u32(0x00030000).u32(0).i16(-100).i16(50).u32(0).zeros(16).done()
  }
  const tags = Object.keys(tables).sort()
  const n = tags.length
  const power = 2 ** Math.floor(Math.log2(n))
  const out = new Writer().u32(0x00010000).u16(n).u16(power * 16).u16(Math.log2(power)).u16(n * 16 - power * 16)
  let offset = 12 + 16 * n
  const body = new Writer()
  for (const tag of tags) {
    const data = tables[tag]
    const padded = [...data, ...new Array((4 - (data.length % 4)) % 4).fill(0)]
    let sum = 0
    for (let i = 0; i < padded.length; i += 4) sum = (sum + ((padded[i] << 24) >>> 0) + (padded[i + 1] << 16) + (padded[i + 2] << 8) + padded[i + 3]) % 0x100000000
    out.tag(tag.padEnd(4, ' ')).u32(sum).u32(offset).u32(data.length)
    body.raw(padded)
    offset += padded.length
  }
  return Buffer.from([...out.done(), ...body.done()])
}

/**
 * The named families of the fonts stacks the H5 build uses: Taro's body font (-apple-system-font,
 * Helvetica Neue, sans-serif: a phone shows Chinese in it with its system CJK font) and the
 * app's own (app.scss).
 */
const FAMILIES = ['Helvetica Neue', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC']

/**
 * Makes those families this font, for the full-width characters only, in every document the
 * page loads from now on (before the app's own scripts run).
 */
export async function useCjkTestFont(page: Page): Promise<void> {
  const ranges = RANGES.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(', ')
  await page.addInitScript(({ base64, families, unicodeRange }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    for (const family of families) {
      const face = new FontFace(family, bytes, { unicodeRange })
      document.fonts.add(face)
      void face.load()
    }
  }, { base64: cjkTestFont().toString('base64'), families: FAMILIES, unicodeRange: ranges })
}

/** The width of 中 in the body's font at 16 px: 16 when the stand-in is in use (about 6 with tofu). */
export function hanWidth(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await document.fonts.ready
    const probe = document.createElement('span')
    probe.style.cssText = 'position:absolute;font-size:16px;white-space:nowrap;visibility:hidden'
    probe.textContent = '中'
    document.body.append(probe)
    const w = probe.getBoundingClientRect().width
    probe.remove()
    return w
  })
}
