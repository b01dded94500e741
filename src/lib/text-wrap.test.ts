import { units, wrapText } from './text-wrap'
import { em, expectSound } from '../../tests/support/text-wrap'

describe('wrapText: punctuation and words', () => {
  const NAME = '2021年海南省“质量月”活动'
  const THEME = '开展质量提升行动 推动自贸港高质量发展'

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    for (let width = 4; width <= 14; width++) {
      for (const text of [NAME, '开展“食品安全科普宣传”、“检验检测机构开放日”等系列活动。', '通知（琼质强省办〔2021〕5号）》', THEME]) {
        expectSound(text, wrapText(text, width, em), width)
      }
    }
  })

  it('moves the character before a closing mark down with it', () => {
    // Greedy filling at 4 em would end the line at 质量 and start the next with ”.
    expect(wrapText('“质量月”活动', 4, em)).toEqual(['“质量', '月”活动'])
    expect(wrapText('宣传周、开放日。', 3, em)).toEqual(['宣传', '周、开', '放日。'])
  })

  it('keeps an opening mark with the character after it', () => {
    // Filling 4 em by characters would give 海南省“ / 质量月” ; the mark moves down with 质.
    expect(wrapText('海南省“质量月”', 4, em)).toEqual(['海南省', '“质量', '月”'])
    expect(wrapText('海南省“质量月”', 5, em)).toEqual(['海南省“质', '量月”'])
  })

  it('never splits a number', () => {
    const lines = wrapText('2021年海南省', 2.5, em)
    expect(lines[0]).toBe('2021')
    expect(lines).toEqual(['2021', '年海', '南省'])
  })

  it('a unit wider than the line stands alone instead of looping or vanishing', () => {
    expect(wrapText('质量', 0.5, em)).toEqual(['质', '量'])
    expect(wrapText('', 10, em)).toEqual([])
    expect(wrapText('   ', 10, em)).toEqual([])
  })

  it('splits phrases into units with marks attached', () => {
    expect(units('2021年“质量月”')).toEqual(['2021', '年', '“质', '量', '月”'])
    expect(units('（一）')).toEqual(['（一）'])
    expect(units('”开头')).toEqual(['”', '开', '头'])
  })
})
