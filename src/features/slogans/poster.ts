/**
 * The slogan poster's layout: what to draw, worked out as a list of drawing operations
 * (pure, tested). The generic pieces (sizes, fonts, the painter) are in lib/poster.ts.
 */
import { colors } from '@/styles/tokens'
import { wrapText } from '@/lib/text-wrap'
import {
  fitOneLine as fitOne, posterFont as font, posterFrameOps, posterInfoOps, POSTER_BAND_HEIGHT as BAND_HEIGHT,
  POSTER_HEIGHT, POSTER_MARGIN as MARGIN, POSTER_TEXT_WIDTH as TEXT_WIDTH, POSTER_WIDTH, type DrawOp, type MeasureText, type PosterDrawing
} from '@/lib/poster'

/** Text below the red band stays above this line (the blue foot and its stripes start here). */
export { POSTER_CONTENT_BOTTOM } from '@/lib/poster'

export type PosterText = {
  /** The slogan, its number, and the campaign facts printed with it. */
  slogan: { number: number; text: string }
  theme: string
  campaignName: string
  /** e.g. 2021年9月 */
  campaignMonth: string
  issuer: string
  documentNumber: string
}

/** The slogan sits between the kicker and the band's foot. */
const SLOGAN_TOP = 170
const SLOGAN_BOTTOM = BAND_HEIGHT - 50
/** The slogan's font: as large as possible from 104 px down to 60 px, on at most 4 lines. */
const SLOGAN_SIZES = [104, 96, 88, 80, 72, 64, 60]
const SLOGAN_MAX_LINES = 4

export type PosterLayout = PosterDrawing & { sloganLines: string[]; sloganSize: number }

/** Lays the poster out. Every text op fits inside the poster's margins. */
export function layoutPoster(p: PosterText, measure: MeasureText): PosterLayout {
  const ops: DrawOp[] = []
  const W = POSTER_WIDTH
  const H = POSTER_HEIGHT

  // The frame (red band, blue foot) and the band's graphic: a sun-like disc and rings.
  ops.push(...posterFrameOps())
  ops.push({ op: 'circle', x: W - 90, y: 120, r: 210, color: colors.brandDark })
  ops.push({ op: 'ring', x: W - 90, y: 120, r: 260, width: 6, color: colors.brandDark })
  ops.push({ op: 'ring', x: W - 100, y: BAND_HEIGHT, r: 110, width: 6, color: colors.brandDark })

  // Kicker: what this is, in plain words (2021年海南省“质量月”活动口号); never the attachment's
  // internal numbering (口号14 means nothing to the public).
  const kickerFont = font(30)
  const kicker = fitOne(`${p.campaignName}口号`, kickerFont, TEXT_WIDTH, measure)
  ops.push({ op: 'text', text: kicker, x: MARGIN, y: 110, font: kickerFont, color: colors.surface, align: 'left' })

  // The slogan, large, centred in the band: the largest size at which each half of it
  // stays whole on its line; failing that, the largest at which it fits at all.
  const { size: sloganSize, lines: sloganLines } = fitSlogan(p.slogan.text, measure)
  const lineHeight = Math.round(sloganSize * 1.3)
  const blockTop = SLOGAN_TOP + (SLOGAN_BOTTOM - SLOGAN_TOP - sloganLines.length * lineHeight) / 2
  sloganLines.forEach((line, i) => {
    ops.push({ op: 'text', text: line, x: W / 2, y: Math.round(blockTop + (i + 0.8) * lineHeight), font: font(sloganSize, true), color: colors.surface, align: 'center' })
  })

  // Below the band: the theme, the campaign and its month, the issuer; the document number in the foot.
  ops.push(...posterInfoOps({ theme: p.theme, body: [`${p.campaignName}（${p.campaignMonth}）`, `发文：${p.issuer}`], documentNumber: p.documentNumber }, measure))

  return { width: W, height: H, ops, sloganLines, sloganSize }
}

function fitSlogan(text: string, measure: MeasureText): { size: number; lines: string[] } {
  const phrases = text.split(/\s+/).filter((x) => x !== '')
  const tries = SLOGAN_SIZES.map((size) => {
    const f = font(size, true)
    const lines = wrapText(text, TEXT_WIDTH, (t) => measure(t, f))
    const fits = lines.length <= SLOGAN_MAX_LINES &&
      lines.length * Math.round(size * 1.3) <= SLOGAN_BOTTOM - SLOGAN_TOP &&
      lines.every((l) => measure(l, f) <= TEXT_WIDTH)
    const whole = phrases.every((ph) => lines.some((l) => l.split(' ').includes(ph)))
    return { size, lines, fits, whole }
  })
  const best = tries.find((t) => t.fits && t.whole) ?? tries.find((t) => t.fits) ?? tries[tries.length - 1]
  return { size: best.size, lines: best.lines }
}
