import { edition } from '@/content/newest'
import { colors } from '@/styles/tokens'
import { POSTER_HEIGHT, POSTER_WIDTH, type DrawOp, type MeasureText } from '@/lib/poster'
import { layoutQuizPoster, QUIZ_POSTER_CONTENT_BOTTOM, type QuizPosterText } from './poster'

/** Like a CJK canvas font: a Chinese character is one font size wide, ASCII half. */
const measure: MeasureText = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)![1])
  return Array.from(text).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1) * size, 0)
}
type TextOp = Extract<DrawOp, { op: 'text' }>
const texts = (ops: DrawOp[]) => ops.filter((o): o is TextOp => o.op === 'text')

const input: QuizPosterText = {
  score: 8, total: 10, dateText: '2021年9月14日', modeLabel: '每日一练',
  theme: edition.theme, campaignName: edition.campaign.name, issuer: edition.document.issuer, documentNumber: edition.document.number
}

describe('the quiz poster', () => {
  const layout = layoutQuizPoster(input, measure)
  const all = texts(layout.ops).map((o) => o.text).join('\n')

  it('shows the score, the date and the campaign theme', () => {
    expect([layout.width, layout.height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT])
    expect(all).toContain('8 / 10')
    expect(all).toContain('答对8题，共10题')
    expect(all).toContain('2021年9月14日')
    expect(all).toContain('质量知识问答 · 每日一练')
    expect(all.replace(/\n/g, ' ')).toContain('开展质量提升行动 推动自贸港高质量发展')
    expect(all).toContain(edition.document.number)
  })

  it('the score is the largest text; everything stays inside the margins and above the foot', () => {
    const size = (o: TextOp) => Number(/(\d+)px/.exec(o.font)![1])
    const score = texts(layout.ops).find((o) => o.text === '8 / 10')!
    expect(Math.max(...texts(layout.ops).map(size))).toBe(size(score))
    for (const o of texts(layout.ops)) {
      const w = measure(o.text, o.font)
      const [l, r] = o.align === 'center' ? [o.x - w / 2, o.x + w / 2] : [o.x, o.x + w]
      expect(l).toBeGreaterThanOrEqual(60)
      expect(r).toBeLessThanOrEqual(POSTER_WIDTH - 60)
      if (o.color !== colors.surface) expect(o.y).toBeLessThanOrEqual(QUIZ_POSTER_CONTENT_BOTTOM)
    }
  })

  it('carries no personal data: only the score, the date and campaign facts', () => {
    const known = new Set([
      '质量知识问答 · 每日一练', '2021年9月14日', '8 / 10', '答对8题，共10题', '活动主题', edition.campaign.name,
      `发文：${edition.document.issuer}`, '题目出自通知原文与注明来源的公开资料', edition.document.number
    ])
    const unknown = texts(layout.ops).map((o) => o.text).filter((t) => !known.has(t) && !edition.theme.replace(/\s/g, '').includes(t.replace(/\s/g, '')))
    expect(unknown).toEqual([])
  })

  it('draws in the app’s palette only', () => {
    const palette = new Set<string>(Object.values(colors))
    for (const o of layout.ops) expect(palette.has(o.color)).toBe(true)
  })
})
