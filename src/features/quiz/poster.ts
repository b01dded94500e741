/**
 * The quiz's result poster: the score, the date, the campaign theme. No personal data:
 * no name, no answers. Pure layout (tested); lib/poster.ts paints it, ui/PosterSheet shows it.
 */
import { colors } from '@/styles/tokens'
import {
  fitOneLine, posterFont as font, posterFrameOps, posterInfoOps, POSTER_CONTENT_BOTTOM, POSTER_HEIGHT,
  POSTER_MARGIN as MARGIN, POSTER_TEXT_WIDTH as TEXT_WIDTH, POSTER_WIDTH, type DrawOp, type MeasureText, type PosterDrawing
} from '@/lib/poster'

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

/** Text on the white part stays above the blue foot. */
export const QUIZ_POSTER_CONTENT_BOTTOM = POSTER_CONTENT_BOTTOM

export function layoutQuizPoster(p: QuizPosterText, measure: MeasureText): PosterDrawing {
  const W = POSTER_WIDTH
  const H = POSTER_HEIGHT
  const ops: DrawOp[] = []
  const text = (t: string, x: number, y: number, size: number, color: string, align: 'left' | 'center' = 'left', bold = false) => {
    const f = font(size, bold)
    ops.push({ op: 'text', text: fitOneLine(t, f, TEXT_WIDTH, measure), x, y, font: f, color, align })
  }

  ops.push(...posterFrameOps())
  ops.push({ op: 'ring', x: W / 2, y: 400, r: 230, width: 10, color: colors.brandDark })

  // The band: what it is, the date, the score large in the ring.
  text(`质量知识问答 · ${p.modeLabel}`, MARGIN, 100, 34, colors.surface, 'left', true)
  text(p.dateText, MARGIN, 150, 30, colors.surface)
  // The score as large as fits: 140 px, smaller only if a font draws it wider than the line.
  const scoreText = `${p.score} / ${p.total}`
  const scoreSize = [140, 120, 100, 80].find((size) => measure(scoreText, font(size, true)) <= TEXT_WIDTH) ?? 80
  text(scoreText, W / 2, 440, scoreSize, colors.surface, 'center', true)
  text(`答对${p.score}题，共${p.total}题`, W / 2, 540, 36, colors.surface, 'center')

  // Below the band: the theme, the campaign, the issuer; the document number in the foot.
  const body = [p.campaignName, `发文：${p.issuer}`, '题目出自通知原文与注明来源的公开资料']
  ops.push(...posterInfoOps({ theme: p.theme, body, documentNumber: p.documentNumber }, measure))
  return { width: W, height: H, ops }
}
