import { edition } from '@/content/newest'
import { formatMonth } from '@/lib/civil-date'
import { colors } from '@/styles/tokens'
import { paintPoster, POSTER_HEIGHT, POSTER_WIDTH, type DrawOp, type MeasureText, type PosterContext } from '@/lib/poster'
import { layoutPoster, POSTER_CONTENT_BOTTOM, type PosterText } from './poster'

/** Like a CJK canvas font: a Chinese character is one font size wide, ASCII half. */
const measure: MeasureText = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)![1])
  return Array.from(text).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1) * size, 0)
}

const input = (i: number): PosterText => ({
  slogan: edition.slogans.items[i],
  theme: edition.slogans.theme,
  campaignName: edition.campaign.name,
  campaignMonth: formatMonth(edition.campaign.month),
  issuer: edition.document.issuer,
  documentNumber: edition.document.number
})

type TextOp = Extract<DrawOp, { op: 'text' }>
const texts = (ops: DrawOp[]) => ops.filter((o): o is TextOp => o.op === 'text')
const extent = (o: TextOp) => {
  const w = measure(o.text, o.font)
  return o.align === 'center' ? [o.x - w / 2, o.x + w / 2] : [o.x, o.x + w]
}

describe('poster layout', () => {
  it.each(edition.slogans.items.map((s, i) => [s.text, i] as const))('“%s”: large, whole, inside the margins', (text, i) => {
    const layout = layoutPoster(input(i), measure)
    expect([layout.width, layout.height]).toEqual([750, 1334])
    // The slogan: every character, in order, on at most 4 lines, at 60 px or more.
    expect(layout.sloganLines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    expect(layout.sloganLines.length).toBeLessThanOrEqual(4)
    expect(layout.sloganSize).toBeGreaterThanOrEqual(60)
    // Each half of the slogan stays whole on its line (all 16 can, at 60 px or more).
    for (const half of text.split(' ')) expect(layout.sloganLines.some((l) => l.split(' ').includes(half))).toBe(true)
    // The slogan is the largest text on the poster.
    const sizes = texts(layout.ops).map((o) => Number(/(\d+)px/.exec(o.font)![1]))
    expect(Math.max(...sizes)).toBe(layout.sloganSize)
    for (const o of texts(layout.ops)) {
      const [left, right] = extent(o)
      expect(left).toBeGreaterThanOrEqual(60)
      expect(right).toBeLessThanOrEqual(POSTER_WIDTH - 60)
      expect(o.y).toBeGreaterThan(0)
      expect(o.y).toBeLessThan(POSTER_HEIGHT)
    }
    // Texts on the white part stay clear of the blue foot.
    const onWhite = texts(layout.ops).filter((o) => o.color !== colors.surface)
    for (const o of onWhite) expect(o.y).toBeLessThanOrEqual(POSTER_CONTENT_BOTTOM)
  })

  it('carries the theme, the campaign name and year, the issuer, and says what it is in plain words (no internal number)', () => {
    const all = texts(layoutPoster(input(1), measure).ops).map((o) => o.text).join('\n')
    expect(all).toContain('坚持质量第一\n建设质量强省')
    expect(all).toContain('开展质量提升行动')
    expect(all).toContain('推动自贸港高质量发展')
    expect(all).toContain('2021年海南省“质量月”活动（2021年9月）')
    expect(all).toContain('发文：海南省质量强省工作领导小组办公室')
    expect(all).toContain('2021年海南省“质量月”活动口号')
    expect(all).not.toMatch(/口号\s*\d|第\d+条/)
    expect(all).toContain('琼质强省办〔2021〕5号')
  })

  it('draws its graphic in the app’s palette only', () => {
    const palette = new Set<string>(Object.values(colors))
    for (const o of layoutPoster(input(0), measure).ops) expect(palette.has(o.color)).toBe(true)
  })

  it('short slogans get a bigger font than long ones', () => {
    const short = layoutPoster(input(14), measure) // 质量提升 人人有责
    const long = layoutPoster(input(3), measure) //   深入实施质量强省战略 助力建设自由贸易港
    expect(short.sloganSize).toBeGreaterThan(long.sloganSize)
    expect(short.sloganLines).toEqual(['质量提升', '人人有责'])
    expect(long.sloganLines).toEqual(['深入实施质量强省战略', '助力建设自由贸易港'])
  })
})

describe('painting', () => {
  it('replays every operation on the context, texts with their font and colour', () => {
    const calls: string[] = []
    const ctx: PosterContext = {
      fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textAlign: 'start', textBaseline: 'top',
      fillRect: (x, y, w, h) => calls.push(`rect ${ctx.fillStyle} ${x},${y},${w},${h}`),
      beginPath: () => calls.push('begin'),
      arc: (x, y, r) => calls.push(`arc ${x},${y},${r}`),
      fill: () => calls.push(`fill ${ctx.fillStyle}`),
      stroke: () => calls.push(`stroke ${ctx.strokeStyle} ${ctx.lineWidth}`),
      fillText: (t, x, y) => calls.push(`text ${ctx.fillStyle} ${ctx.font.split(' ').slice(0, 2).join(' ')} ${ctx.textAlign} ${t}@${x},${y}`)
    }
    const layout = layoutPoster(input(1), measure)
    paintPoster(ctx, layout)
    expect(calls[0]).toBe(`rect ${colors.surface} 0,0,750,1334`)
    expect(calls).toContain(`fill ${colors.brandDark}`)
    expect(calls.filter((c) => c.startsWith('text'))).toHaveLength(texts(layout.ops).length)
    expect(calls.some((c) => c.startsWith(`text ${colors.surface} bold ${layout.sloganSize}px center 坚持质量第一`))).toBe(true)
    expect(ctx.textBaseline).toBe('alphabetic')
  })
})
