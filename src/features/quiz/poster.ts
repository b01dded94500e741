/**
 * The quiz's result poster: the score, the date, the campaign theme. No personal data:
 * no name, no answers. Pure layout (tested); lib/poster.ts paints it, ui/PosterSheet shows it.
 */
import { colors } from '@/styles/tokens'
import { wrapText } from '@/lib/text-wrap'
import { fitOneLine, posterFont as font, POSTER_HEIGHT, POSTER_WIDTH, type DrawOp, type MeasureText, type PosterDrawing } from '@/lib/poster'

export type QuizPosterText = {
  score: number
  total: number
  /** e.g. 2021年9月14日 */
  dateText: string
  /** 每日一练 or 练习 */
  modeLabel: string
  theme: string
  campaignName: string
  issuer: string
  documentNumber: string
}

const MARGIN = 64
const TEXT_WIDTH = POSTER_WIDTH - 2 * MARGIN
const BAND_HEIGHT = 720
/** Text on the white part stays above the blue foot. */
export const QUIZ_POSTER_CONTENT_BOTTOM = POSTER_HEIGHT - 170

export function layoutQuizPoster(p: QuizPosterText, measure: MeasureText): PosterDrawing {
  const W = POSTER_WIDTH
  const H = POSTER_HEIGHT
  const ops: DrawOp[] = []
  const text = (t: string, x: number, y: number, size: number, color: string, align: 'left' | 'center' = 'left', bold = false) => {
    const f = font(size, bold)
    ops.push({ op: 'text', text: fitOneLine(t, f, TEXT_WIDTH, measure), x, y, font: f, color, align })
  }

  ops.push({ op: 'rect', x: 0, y: 0, w: W, h: H, color: colors.surface })
  ops.push({ op: 'rect', x: 0, y: 0, w: W, h: BAND_HEIGHT, color: colors.brand })
  ops.push({ op: 'ring', x: W / 2, y: 400, r: 230, width: 10, color: colors.brandDark })
  ops.push({ op: 'rect', x: 0, y: H - 120, w: W, h: 120, color: colors.accent })
  for (let i = 0; i < 6; i++) ops.push({ op: 'rect', x: MARGIN + i * 36, y: H - 150, w: 24, h: 8, color: colors.accent })

  // The band: what it is, the date, the score large in the ring.
  text(`质量知识问答 · ${p.modeLabel}`, MARGIN, 100, 34, colors.surface, 'left', true)
  text(p.dateText, MARGIN, 150, 30, colors.surface)
  // The score as large as fits: 140 px, smaller only if a font draws it wider than the line.
  const scoreText = `${p.score} / ${p.total}`
  const scoreSize = [140, 120, 100, 80].find((size) => measure(scoreText, font(size, true)) <= TEXT_WIDTH) ?? 80
  text(scoreText, W / 2, 440, scoreSize, colors.surface, 'center', true)
  text(`答对${p.score}题，共${p.total}题`, W / 2, 540, 36, colors.surface, 'center')

  // Below the band: the theme, the campaign, the issuer.
  let y = BAND_HEIGHT + 80
  text('活动主题', MARGIN, y, 28, colors.textSecondary)
  y += 56
  const themeFont = font(40, true)
  for (const line of wrapText(p.theme, TEXT_WIDTH, (t) => measure(t, themeFont))) {
    ops.push({ op: 'text', text: line, x: MARGIN, y, font: themeFont, color: colors.text, align: 'left' })
    y += 54
  }
  ops.push({ op: 'rect', x: MARGIN, y: y - 14, w: 96, h: 6, color: colors.brand })
  y += 44
  const bodyFont = font(30)
  for (const t of [p.campaignName, `发文：${p.issuer}`, '题目出自通知原文与注明来源的公开资料']) {
    for (const line of wrapText(t, TEXT_WIDTH, (s) => measure(s, bodyFont))) {
      ops.push({ op: 'text', text: line, x: MARGIN, y, font: bodyFont, color: colors.text, align: 'left' })
      y += 42
    }
  }
  text(p.documentNumber, W / 2, H - 48, 28, colors.surface, 'center')
  return { width: W, height: H, ops }
}
