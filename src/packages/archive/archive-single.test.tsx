/** 往届 with the shipped 2021 edition only (with a second, synthetic edition: archive.test.tsx). */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { page } from '../../../tests/support/taro-page'
import { setNow } from '@/lib/clock'
import About from '../../pages/about/index'
import Editions from './list/index'
import Edition from './edition/index'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())

afterEach(() => {
  jest.clearAllMocks()
  page.reset()
  setNow(null)
})

it('关于 leads to 往届, which says there is no earlier edition yet', () => {
  render(<About />)
  screen.getByText('往届：历年质量月活动').click()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/archive/list/index' })
  page.params = { now: '2021-09-14' }
  render(<Editions />)
  expect(screen.getByText('本届')).toBeInTheDocument()
  expect(screen.getByText('还没有往届活动：本程序目前只收录了2021年海南省“质量月”活动。')).toBeInTheDocument()
})

describe('years later (2026-12-07), with no newer edition (issue 24, item 3)', () => {
  beforeEach(() => setNow(Date.parse('2026-12-07T04:00:00Z')))

  it('往届 calls 2021 最近一届（2021年）, an archive, never 本届', () => {
    const { container } = render(<Editions />)
    expect(screen.getByText('最近一届（2021年）')).toBeInTheDocument()
    expect(screen.getByText('2021年9月1日–30日 · 已结束（存档）· 首页、活动、关于各页显示的就是这一届')).toBeInTheDocument()
    expect(screen.getByText('没有更早的活动：本程序目前只收录了2021年海南省“质量月”活动。')).toBeInTheDocument()
    expect(container.textContent).not.toContain('本届')
  })

  it('2021\'s own page says 最近一届 · 存档 and names its slogans by year', () => {
    page.params = { edition: '2021' }
    const { container } = render(<Edition />)
    expect(screen.getByText('最近一届 · 存档：2021年海南省“质量月”活动（2021年9月1日–30日）')).toBeInTheDocument()
    expect(screen.getByText('查看2021年全部16条口号')).toBeInTheDocument()
    expect(container.textContent).not.toContain('本届')
  })
})

it('关于 has 往届 and 关于本程序 at the top, before the notice\'s 目录, as links (issue 24, item 8)', () => {
  render(<About />)
  const links = screen.getAllByRole('link').slice(0, 2)
  expect(links.map((l) => l.textContent)).toEqual(['往届活动', '关于本程序'])
  const toc = screen.getByText('目录')
  for (const l of links) expect(l.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  links[0].click()
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/archive/list/index' })
  links[1].click()
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/about/app-info/index' })
})

it('an edition page for a year the app does not have says so and leads to 往届', () => {
  page.params = { edition: '1999' }
  render(<Edition />)
  expect(screen.getByText('本程序没有收录1999年的质量月活动。')).toBeInTheDocument()
  screen.getByText('查看往届列表').click()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/archive/list/index' })
})
