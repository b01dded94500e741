import { BANNER, editionRole, shownHeading } from './roles'

const m = (year: string) => ({ year, name: `${year}年海南省“质量月”活动`, start: `${year}-09-01`, end: `${year}-09-30` })
const y2021 = m('2021')
const y2022 = m('2022')

describe('what an edition is to the user on a China date', () => {
  it('the shown edition is 本届 until it is over, then 最近一届（2021年）, an archive — never 本届 years later', () => {
    expect(editionRole(y2021, y2021, '2021-08-20')).toBe('current')
    expect(editionRole(y2021, y2021, '2021-09-30')).toBe('current')
    expect(editionRole(y2021, y2021, '2021-10-01')).toBe('latest')
    expect(editionRole(y2021, y2021, '2026-12-07')).toBe('latest')
    expect(shownHeading('latest', '2021')).toBe('最近一届（2021年）')
    expect(shownHeading('current', '2021')).toBe('本届')
    expect(BANNER.latest).toBe('最近一届 · 存档')
  })

  it('another edition is 往届 when it has begun, 下一届 when it has not', () => {
    expect(editionRole(y2021, y2022, '2022-09-10')).toBe('past')
    expect(editionRole(y2022, y2021, '2022-03-01')).toBe('upcoming')
    expect(BANNER.past).toBe('往届 · 存档')
  })
})
