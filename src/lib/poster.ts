/**
 * Poster drawing, generic: a poster is a list of drawing operations (worked out by a pure
 * layout function, tested) replayed on any CanvasRenderingContext2D-like object (a weapp
 * Canvas 2D node's context, or an H5 <canvas>). The platform layer (src/platform/poster.*)
 * finds the canvas and exports the image; ui/PosterSheet.tsx shows it with its actions.
 *
 * Coordinates are logical poster pixels, 750 × 1334; the platform scales the context by
 * the canvas's pixel ratio.
 */
import { colors } from '@/styles/tokens'
import type { PosterDrawingContext } from './poster-types'
import { wrapText } from './text-wrap'

export const POSTER_WIDTH = 750
export const POSTER_HEIGHT = 1334

/** The largest pixel ratio used: 750×1334 × 3 = 2250×4002 px, under 4096 and 16.7 Mpx. */
export const POSTER_MAX_SCALE = 3

/** The canvas's pixel ratio for a device pixel ratio: at least 1, at most POSTER_MAX_SCALE. */
export function posterScale(devicePixelRatio: number | undefined): number {
  const r = Number(devicePixelRatio)
  if (!Number.isFinite(r) || r <= 0) return 2
  return Math.min(POSTER_MAX_SCALE, Math.max(1, r))
}

export type DrawOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { op: 'circle'; x: number; y: number; r: number; color: string }
  | { op: 'ring'; x: number; y: number; r: number; width: number; color: string }
  | { op: 'text'; text: string; x: number; y: number; font: string; color: string; align: 'left' | 'center' }

/** What a layout function returns: the poster's size and what to draw. */
export type PosterDrawing = { width: number; height: number; ops: DrawOp[] }

/** Measures `text` drawn in `font` (CSS font shorthand), in logical px. */
export type MeasureText = (text: string, font: string) => number

export const POSTER_FONT_FAMILY = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif'

/** The poster's font at `size` px. */
export const posterFont = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${POSTER_FONT_FAMILY}`

/** Every poster's margins, its red band and where text on the white part must end (above the blue foot). */
export const POSTER_MARGIN = 64
export const POSTER_TEXT_WIDTH = POSTER_WIDTH - 2 * POSTER_MARGIN
export const POSTER_BAND_HEIGHT = 720
export const POSTER_CONTENT_BOTTOM = POSTER_HEIGHT - 170

/** The frame every poster shares: a white page, the red band at the top, the blue foot with a row of stripes above it. */
export function posterFrameOps(): DrawOp[] {
  const W = POSTER_WIDTH
  const H = POSTER_HEIGHT
  return [
    { op: 'rect', x: 0, y: 0, w: W, h: H, color: colors.surface },
    { op: 'rect', x: 0, y: 0, w: W, h: POSTER_BAND_HEIGHT, color: colors.brand },
    { op: 'rect', x: 0, y: H - 120, w: W, h: 120, color: colors.accent },
    ...Array.from({ length: 6 }, (_, i): DrawOp => ({ op: 'rect', x: POSTER_MARGIN + i * 36, y: H - 150, w: 24, h: 8, color: colors.accent }))
  ]
}

/**
 * What every poster prints below its band — 活动主题 and the theme, a short red rule, then
 * the `body` lines — and the document number, white in the blue foot.
 */
export function posterInfoOps(p: { theme: string; body: readonly string[]; documentNumber: string }, measure: MeasureText): DrawOp[] {
  const ops: DrawOp[] = []
  const left = (text: string, y: number, font: string, color: string) => ops.push({ op: 'text', text, x: POSTER_MARGIN, y, font, color, align: 'left' })
  let y = POSTER_BAND_HEIGHT + 80
  left('活动主题', y, posterFont(28), colors.textSecondary)
  y += 56
  const themeFont = posterFont(40, true)
  for (const line of wrapText(p.theme, POSTER_TEXT_WIDTH, (t) => measure(t, themeFont))) {
    left(line, y, themeFont, colors.text)
    y += 54
  }
  ops.push({ op: 'rect', x: POSTER_MARGIN, y: y - 14, w: 96, h: 6, color: colors.brand })
  y += 44
  const bodyFont = posterFont(30)
  for (const text of p.body) {
    for (const line of wrapText(text, POSTER_TEXT_WIDTH, (t) => measure(t, bodyFont))) {
      left(line, y, bodyFont, colors.text)
      y += 42
    }
  }
  const footFont = posterFont(28)
  ops.push({ op: 'text', text: fitOneLine(p.documentNumber, footFont, POSTER_TEXT_WIDTH, measure), x: POSTER_WIDTH / 2, y: POSTER_HEIGHT - 48, font: footFont, color: colors.surface, align: 'center' })
  return ops
}

/** One line: the text itself, or its first characters plus … when it is too wide. */
export function fitOneLine(text: string, font: string, width: number, measure: MeasureText): string {
  if (measure(text, font) <= width) return text
  const chars = Array.from(text)
  while (chars.length > 1 && measure(`${chars.join('')}…`, font) > width) chars.pop()
  return `${chars.join('')}…`
}

/** The subset of CanvasRenderingContext2D the painter uses (the platform's drawing context minus setup calls). */
export type PosterContext = Omit<PosterDrawingContext, 'measureText' | 'setTransform'>

/** Replays the operations on a context already scaled to logical poster px. */
export function paintPoster(ctx: PosterContext, drawing: Pick<PosterDrawing, 'ops'>): void {
  ctx.textBaseline = 'alphabetic'
  for (const o of drawing.ops) {
    switch (o.op) {
      case 'rect':
        ctx.fillStyle = o.color
        ctx.fillRect(o.x, o.y, o.w, o.h)
        break
      case 'circle':
        ctx.fillStyle = o.color
        ctx.beginPath()
        ctx.arc(o.x, o.y, o.r, 0, Math.PI * 2)
        ctx.fill()
        break
      case 'ring':
        ctx.strokeStyle = o.color
        ctx.lineWidth = o.width
        ctx.beginPath()
        ctx.arc(o.x, o.y, o.r, 0, Math.PI * 2)
        ctx.stroke()
        break
      case 'text':
        ctx.fillStyle = o.color
        ctx.font = o.font
        ctx.textAlign = o.align
        ctx.fillText(o.text, o.x, o.y)
        break
    }
  }
}
