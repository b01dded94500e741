/**
 * The picture of a WeChat chat card (5:4, as WeChat shows it), laid out as plain data so it
 * can be tested without a canvas, then painted on any 2D context. Drawn on the phone from
 * the card's own text: nothing is fetched. Pure (no Taro, no React).
 *
 *   ┌──────────────────────────────┐
 *   │ 2021年海南省“质量月” · 活动   │  eyebrow, small, on the brand band
 *   │                              │
 *   │ 检验检测机构开放日             │  title, large, up to 3 lines (… when longer)
 *   │ 9月15日 · 全国启动            │  subtitle, up to 2 lines
 *   │                              │
 *   │ 琼质强省办〔2021〕5号          │  footer
 *   └──────────────────────────────┘
 */
import { colors } from '@/styles/tokens'

export const SHARE_CARD_WIDTH = 500
export const SHARE_CARD_HEIGHT = 400

export type ShareCardContent = {
  eyebrow: string
  title: string
  subtitle?: string
  footer: string
}

export type ShareCardText = { text: string; x: number; y: number; font: string; color: string }

export type ShareCardLayout = {
  width: number
  height: number
  background: string
  band: { x: number; y: number; width: number; height: number; color: string }
  texts: ShareCardText[]
}

/** Text width in px for a CSS font (ctx.measureText in the app; a fixed width in tests). */
export type Measure = (text: string, font: string) => number

const PAD = 32
const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", sans-serif'
export const SHARE_CARD_FONTS = {
  eyebrow: `500 22px ${FONT_FAMILY}`,
  title: `bold 44px ${FONT_FAMILY}`,
  subtitle: `28px ${FONT_FAMILY}`,
  footer: `22px ${FONT_FAMILY}`
}

/** Characters that must not start a line (closing punctuation). */
const NO_LINE_START = /^[，。、；：！？）》」』”’〕】…·,.;:!?)\]]/

/**
 * Greedy line breaking by characters (Chinese text has no spaces), never starting a line
 * with closing punctuation; at most `maxLines`, the last one ending in … when cut.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, font: string, measure: Measure): string[] {
  const chars = Array.from(text.trim())
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < chars.length; i++) {
    const next = line + chars[i]
    if (line !== '' && measure(next, font) > maxWidth) {
      // Carry the last character along when the next one may not start a line.
      if (NO_LINE_START.test(chars[i]) && Array.from(line).length > 1) {
        const kept = Array.from(line)
        const carried = kept.pop() as string
        lines.push(kept.join(''))
        line = carried + chars[i]
      } else {
        lines.push(line)
        line = chars[i]
      }
    } else {
      line = next
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const shown = lines.slice(0, maxLines)
  let last = shown[maxLines - 1]
  while (last && measure(`${last}…`, font) > maxWidth) last = Array.from(last).slice(0, -1).join('')
  shown[maxLines - 1] = `${last}…`
  return shown
}

export function layoutShareCard(card: ShareCardContent, measure: Measure): ShareCardLayout {
  const width = SHARE_CARD_WIDTH
  const height = SHARE_CARD_HEIGHT
  const inner = width - PAD * 2
  const texts: ShareCardText[] = []
  const bandHeight = 64
  const eyebrow = wrapText(card.eyebrow, inner, 1, SHARE_CARD_FONTS.eyebrow, measure)[0] ?? ''
  texts.push({ text: eyebrow, x: PAD, y: 42, font: SHARE_CARD_FONTS.eyebrow, color: colors.surface })

  let y = bandHeight + 64
  for (const line of wrapText(card.title, inner, 3, SHARE_CARD_FONTS.title, measure)) {
    texts.push({ text: line, x: PAD, y, font: SHARE_CARD_FONTS.title, color: colors.text })
    y += 58
  }
  if (card.subtitle) {
    y += 6
    for (const line of wrapText(card.subtitle, inner, 2, SHARE_CARD_FONTS.subtitle, measure)) {
      texts.push({ text: line, x: PAD, y, font: SHARE_CARD_FONTS.subtitle, color: colors.brandDark })
      y += 40
    }
  }
  const footer = wrapText(card.footer, inner, 1, SHARE_CARD_FONTS.footer, measure)[0] ?? ''
  texts.push({ text: footer, x: PAD, y: height - PAD, font: SHARE_CARD_FONTS.footer, color: colors.textSecondary })
  return {
    width,
    height,
    background: colors.surface,
    band: { x: 0, y: 0, width, height: bandHeight, color: colors.brand },
    texts
  }
}

/** The drawing calls a 2D context needs here (browser canvas and WeChat's Canvas 2D both have them). */
export type ShareCardContext = {
  fillStyle: unknown
  font: string
  textBaseline: string
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
}

export function paintShareCard(ctx: ShareCardContext, layout: ShareCardLayout): void {
  ctx.fillStyle = layout.background
  ctx.fillRect(0, 0, layout.width, layout.height)
  ctx.fillStyle = layout.band.color
  ctx.fillRect(layout.band.x, layout.band.y, layout.band.width, layout.band.height)
  ctx.textBaseline = 'alphabetic'
  for (const t of layout.texts) {
    ctx.font = t.font
    ctx.fillStyle = t.color
    ctx.fillText(t.text, t.x, t.y)
  }
}

/** Lays out with the context's own measurement and paints. */
export function drawShareCard(ctx: ShareCardContext, card: ShareCardContent): ShareCardLayout {
  const layout = layoutShareCard(card, (text, font) => {
    ctx.font = font
    return ctx.measureText(text).width
  })
  paintShareCard(ctx, layout)
  return layout
}
