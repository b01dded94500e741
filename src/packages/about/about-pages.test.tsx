/**
 * The 关于 tab and the about subpackage pages, with their page parameters (useRouter) and
 * the show event (useDidShow) as Taro gives them.
 */
import { render, screen, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { sloganAnchor } from '@/content/outline'
import { openPage } from '@/platform/navigation'
import AboutPage from '../../pages/about/index'
import OrganiserPage from './organiser/index'
import SearchPage from './search/index'
import AppInfoPage from './app-info/index'
import NotFoundPage from './not-found/index'
import { page } from '../../../tests/support/taro-page'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())
// Scrolling with wx.pageScrollTo: the weapp variant, where jest resolves the H5 one (docs/platform-files.md).
jest.mock('@/platform/scroll', () => jest.requireActual('@/platform/scroll.weapp'))

beforeEach(() => jest.useFakeTimers())
afterEach(() => {
  jest.useRealTimers()
  jest.clearAllMocks()
  page.reset()
  // The search keeps its words in the history entry (H5), which jsdom shares between tests.
  sessionStorage.clear()
})

const showPage = () => act(() => page.show())

describe('关于 tab', () => {
  it('has the search box, the table of contents, the notice and a link to 关于本程序', () => {
    render(<AboutPage />)
    expect(screen.getByLabelText('搜索活动、主办单位、口号、通知原文')).toBeInTheDocument()
    expect(screen.getByText('目录')).toBeInTheDocument()
    expect(screen.getAllByText('琼质强省办〔2021〕5号').length).toBeGreaterThan(0)
    screen.getByText('关于本程序：数据来源与隐私').click()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/about/app-info/index' })
  })

  it('opened at a paragraph (from a search result), scrolls to it and marks it', () => {
    openPage('about', { anchor: sloganAnchor('s11') })
    const { container } = render(<AboutPage />)
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/about/index' })
    expect(container.querySelector('.notice-para--target')?.id).toBe('notice-slogan-s11')
    act(() => jest.advanceTimersByTime(200))
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#notice-slogan-s11' }))
  })

  it('already open, scrolls when shown again at another paragraph; the same anchor is not replayed', () => {
    const { container } = render(<AboutPage />)
    act(() => jest.advanceTimersByTime(200))
    expect(Taro.pageScrollTo).not.toHaveBeenCalled()
    openPage('about', { anchor: 'notice-work-2' })
    showPage()
    act(() => jest.advanceTimersByTime(200))
    expect(Taro.pageScrollTo).toHaveBeenCalledTimes(1)
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#notice-work-2' }))
    expect(container.querySelector('.notice-para--target')?.id).toBe('notice-work-2')
    showPage()
    act(() => jest.advanceTimersByTime(200))
    expect(Taro.pageScrollTo).toHaveBeenCalledTimes(1)
  })

  it('opened from a search result, offers the way back to that search (the tab closed the search page)', () => {
    openPage('about', { anchor: 'notice-work-4', q: '质量整治' })
    const { container } = render(<AboutPage />)
    const target = container.querySelector('.notice-para--target') as HTMLElement
    expect(target.id).toBe('notice-work-4')
    const back = screen.getByLabelText('返回搜索“质量整治”的结果')
    expect(target).toContainElement(back)
    back.click()
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/about/search/index?q=${encodeURIComponent('质量整治')}` })
  })

  it('opened at a paragraph without a search (the quiz, the table of contents), offers no way back to one', () => {
    openPage('about', { anchor: 'notice-work-4' })
    render(<AboutPage />)
    expect(screen.getByText('▶ 您要找的段落')).toBeInTheDocument()
    expect(screen.queryByText('‹ 返回搜索结果')).toBeNull()
  })

  it('ignores an anchor that is not in the notice', () => {
    openPage('about', { anchor: 'notice-nowhere' })
    const { container } = render(<AboutPage />)
    act(() => jest.advanceTimersByTime(200))
    expect(Taro.pageScrollTo).not.toHaveBeenCalled()
    expect(container.querySelector('.notice-para--target')).toBeNull()
  })
})

describe('organiser page', () => {
  it('shows the organiser named by its id parameter', () => {
    page.params = { id: 'education' }
    render(<OrganiserPage />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('省教育厅')
    for (const a of edition.organisers.find((o) => o.id === 'education')!.activities) expect(screen.getByText(a)).toBeInTheDocument()
  })

  it('an unknown id gives a helpful message, not a blank page', () => {
    page.params = { id: 'no-such-unit' }
    render(<OrganiserPage />)
    expect(screen.getByText('没有找到这个主办单位')).toBeInTheDocument()
    expect(screen.getByText('一、省市场监管局')).toBeInTheDocument()
  })
})

describe('找不到页面 (an unknown address)', () => {
  it('says which address is not a page, with the way to 首页 and the search', () => {
    page.params = { path: encodeURIComponent('/pages/nope/index') }
    render(<NotFoundPage />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('找不到这个页面')
    expect(screen.getByText(/链接中的地址“\/pages\/nope\/index”不是本程序的页面/)).toBeInTheDocument()
    screen.getByText('回到首页').click()
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
    screen.getByText('搜索活动、口号和通知').click()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/about/search/index' })
  })

  it('without an address, still explains', () => {
    render(<NotFoundPage />)
    expect(screen.getByText(/这个链接不是本程序的页面/)).toBeInTheDocument()
  })
})

describe('search page', () => {
  it('starts from its q parameter, decoded', () => {
    page.params = { q: encodeURIComponent('电梯') }
    const { container } = render(<SearchPage />)
    expect(container.querySelector('.search-hit[data-key="elevator-week"]')).not.toBeNull()
  })

  it('without q, shows what can be searched', () => {
    render(<SearchPage />)
    expect(screen.getByText(/可以搜索活动名称/)).toBeInTheDocument()
  })
})

describe('关于本程序 page', () => {
  it('shows the bundle version and the privacy statement', () => {
    render(<AppInfoPage />)
    expect(screen.getByText(`内容包版本：${edition.bundleVersion}`)).toBeInTheDocument()
    expect(screen.getByText('隐私')).toBeInTheDocument()
  })

  it('?source= (from the quiz) marks that source with its words and scrolls to it', () => {
    page.params = { source: 'xinhua-2021-hangzhou' }
    const { container } = render(<AppInfoPage />)
    const row = container.querySelector('#source-xinhua-2021-hangzhou')!
    expect(row).toHaveTextContent('▶ 您要找的来源')
    expect(row).toHaveTextContent('原文摘录：“中国质量（杭州）大会16日在浙江杭州开幕。')
    expect(row).toHaveTextContent('用于质量知识问答；可信度：高')
    showPage()
    act(() => { jest.runAllTimers() })
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#source-xinhua-2021-hangzhou' }))
  })

  it('an unknown source id marks nothing', () => {
    page.params = { source: 'nowhere' }
    render(<AppInfoPage />)
    expect(screen.queryByText('▶ 您要找的来源')).toBeNull()
  })
})
