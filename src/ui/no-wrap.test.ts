import { keepTogether } from './no-wrap'

const kept = (text: string) => keepTogether(text).filter((p) => p.keep).map((p) => p.text)

describe('keepTogether', () => {
  it('keeps dates, ranges, document numbers and phone numbers whole', () => {
    expect(kept('琼质强省办〔2021〕5号，2021年9月6日印发')).toEqual(['〔2021〕5号', '2021年9月6日'])
    expect(kept('本届（2021年9月1日–30日）')).toEqual(['2021年9月1日–30日'])
    expect(kept('全国 · 9月27日–10月1日 · 13天后')).toEqual(['9月27日–10月1日', '13天后'])
    expect(kept('联系人：杨振；电话：0898-65396470')).toEqual(['0898-65396470'])
    expect(kept('2021年海南省“质量月”活动')).toEqual([])
  })

  it('keeps a number with its measure word, a count in brackets, a time; a bare number needs nothing', () => {
    expect(kept('商家可能先在10个工作日内与您协商')).toEqual(['10个'])
    expect(kept('涉及金额：36.50元')).toEqual(['36.50元'])
    expect(kept('活动日历中的活动（12项）')).toEqual(['（12项）'])
    expect(kept('我的关注（0）')).toEqual(['（0）'])
    expect(kept('上午9:30开始')).toEqual(['9:30'])
    expect(kept('拨打12315或12345，16. 个个树立质量意识')).toEqual([])
  })

  it('gives back the text unchanged when joined, and nothing to keep in plain words', () => {
    const text = '来源：人民日报海外版2021年9月24日《全国检验检测机构开放日活动启动》，共16条。'
    expect(keepTogether(text).map((p) => p.text).join('')).toBe(text)
    expect(keepTogether('活动口号')).toEqual([{ text: '活动口号', keep: false }])
    expect(keepTogether('')).toEqual([])
  })
})
