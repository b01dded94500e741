import { drawShareCard, layoutShareCard, SHARE_CARD_FONTS, SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH, wrapText, type Measure } from './share-card'

/** Every character 40 px wide at the title size, proportionally smaller for the others. */
const measure: Measure = (text, font) => Array.from(text).length * (parseInt(/(\d+)px/.exec(font)![1], 10) * 0.9)

it('is 5:4', () => {
  expect(SHARE_CARD_WIDTH / SHARE_CARD_HEIGHT).toBe(5 / 4)
})

it('wraps by characters within the width, never starting a line with closing punctuation', () => {
  const lines = wrapText('坚持质量第一，建设质量强省', 6 * 40, 3, SHARE_CARD_FONTS.title, (t) => Array.from(t).length * 40)
  expect(lines).toEqual(['坚持质量第', '一，建设质量', '强省'])
  for (const l of lines) expect(Array.from(l).length * 40).toBeLessThanOrEqual(6 * 40)
})

it('cuts with … after the last allowed line', () => {
  const lines = wrapText('一二三四五六七八九十', 4 * 10, 2, 'x', (t) => Array.from(t).length * 10)
  expect(lines).toEqual(['一二三四', '五六七…'])
})

it('lays out eyebrow, title, subtitle and footer inside the card, from top to bottom', () => {
  const layout = layoutShareCard({ eyebrow: '2021年海南省“质量月” · 活动', title: '检验检测机构开放日', subtitle: '9月15日 · 全国启动', footer: '琼质强省办〔2021〕5号' }, measure)
  expect(layout.texts.map((t) => t.text)).toEqual(['2021年海南省“质量月” · 活动', '检验检测机构开放日', '9月15日 · 全国启动', '琼质强省办〔2021〕5号'])
  const ys = layout.texts.map((t) => t.y)
  expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  for (const t of layout.texts) {
    expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(SHARE_CARD_WIDTH)
    expect(t.y).toBeLessThanOrEqual(SHARE_CARD_HEIGHT)
  }
})

it('paints with the context\'s own measurement', () => {
  const calls: string[] = []
  const ctx = {
    fillStyle: '' as unknown, font: '', textBaseline: '',
    fillRect: (x: number, y: number, w: number, h: number) => calls.push(`rect ${x},${y},${w},${h}`),
    fillText: (t: string) => calls.push(`text ${t}`),
    measureText: (t: string) => ({ width: Array.from(t).length * 20 })
  }
  drawShareCard(ctx, { eyebrow: '口号', title: '质量第一', footer: '海南' })
  expect(calls).toEqual(['rect 0,0,500,400', 'rect 0,0,500,64', 'text 口号', 'text 质量第一', 'text 海南'])
})
