/**
 * The search screen in jsdom (Taro's H5 components): typing updates the results on every
 * keystroke, grouped and marked; empty and no-result states; results open their targets.
 */
import { act, render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { GROUP_LIMIT, SUGGESTIONS, SearchScreen } from './SearchScreen'
import { SearchEntry } from './SearchEntry'
import { appSearchIndex } from './search-index'
import { search } from './model'
import { takeTabParams } from '@/platform/navigation'
import { edition } from '@/content/newest'
import { revealAndFocus } from '@/platform/scroll'
import { hitId } from './return-point'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())
jest.mock('@/platform/scroll', () => ({ revealAndFocus: jest.fn(), useScrollMemory: jest.fn() }))

afterEach(() => {
  jest.clearAllMocks()
  // The search keeps its words in the history entry (H5), which jsdom shares between tests.
  sessionStorage.clear()
})

/** A new page opened (H5: a new history entry, with nothing kept in it yet). */
const newPage = () => window.history.pushState(null, '')

/** Types into the search box, found by its name as a screen reader says it. */
function type(value: string) {
  fireEvent.input(screen.getByRole('searchbox', { name: '搜索活动、主办单位、口号和通知原文' }), { target: { value } })
}

const groupTitles = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent)
const marks = (container: HTMLElement) => [...container.querySelectorAll('.search-mark')].map((m) => m.textContent)
const hit = (container: HTMLElement, kind: string, key: string) => {
  const el = container.querySelector(`.search-hit[data-kind="${kind}"][data-key="${key}"]`)
  if (!el) throw new Error(`no ${kind} result ${key}`)
  return el as HTMLElement
}

describe('SearchScreen', () => {
  it('an event result says what is known about each date, in its own scope (the one status rule)', () => {
    const at = (today: string, q: string, key: string) => {
      newPage()
      const { container, unmount } = render(<SearchScreen edition={edition} initialQuery={q} today={today} />)
      const meta = hit(container, 'event', key).querySelector('.search-hit__meta')!.textContent
      unmount()
      return meta
    }
    expect(at('2021-09-14', '绿色产品', 'green-cert-week')).toMatch(/^全国 · 9月27日–10月1日 · 13天后；海南 · 9月内，日期待定/)
    expect(at('2021-09-14', '开放日', 'open-day')).toMatch(/^全国 · 9月15日 · 明天；海南 · 9月内，日期待定/)
    expect(at('2021-09-14', '电梯', 'elevator-week')).toMatch(/^海南 · 9月内，日期待定/)
    expect(at('2021-08-20', '开放日', 'open-day')).toMatch(/^全国 · 9月15日 · 26天后；海南 · 9月内，日期待定/)
    expect(at('2026-11-26', '开放日', 'open-day')).toMatch(/^全国 · 9月15日 · 已结束；海南 · 2021年9月内 · 已结束/)
  })

  it('before anything is typed, says what can be searched and offers examples that find something', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    expect(screen.getByText(/可以搜索活动名称、主办单位/)).toBeInTheDocument()
    expect(screen.getByText(/要投诉举报，可以输入12315、12345/)).toBeInTheDocument()
    for (const s of SUGGESTIONS) expect(screen.getByText(s)).toBeInTheDocument()
    expect(container.querySelectorAll('.search-hit')).toHaveLength(0)
    for (const s of SUGGESTIONS) expect([s, search(appSearchIndex(edition), s).total > 0]).toEqual([s, true])
    // The complaint example leads to a channel first.
    expect(search(appSearchIndex(edition), '买到假货').groups[0].hits[0].entry.key).toBe('12315')
  })

  it('updates the results on every keystroke, grouped by kind with the match marked', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    type('电')
    const first = container.querySelectorAll('.search-hit').length
    expect(first).toBeGreaterThan(0)
    expect(marks(container).every((m) => m === '电')).toBe(true)

    type('电梯')
    expect(container.querySelectorAll('.search-hit').length).toBeLessThan(first)
    expect(groupTitles()).toEqual([
      `活动日历（${search(appSearchIndex(edition), '电梯').groups[0].hits.length}）`,
      expect.stringMatching(/^主办单位的活动（\d+）$/)
    ])
    const inEvent = within(hit(container, 'event', 'elevator-week')).getAllByText('电梯')
    expect(inEvent).toHaveLength(2) // title and summary
    for (const m of inEvent) expect(m).toHaveClass('search-mark')
    expect(hit(container, 'event', 'elevator-week').textContent).toContain('电梯安全宣传周')
    expect(screen.getByText(/^找到\d+条结果$/)).toBeInTheDocument()
    expect(new Set(marks(container))).toEqual(new Set(['电梯']))
  })

  it('ignores full-width/half-width differences and spaces, marking the original text', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    type('１２３１５ 平台')
    const activity = hit(container, 'activity', 'amr-5')
    expect(activity.textContent).toContain('开展12315平台和12345热线宣传活动。')
    expect(within(activity).getByText('12315平台')).toHaveClass('search-mark')
  })

  it('says so when nothing matches, with advice', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    type('火箭发射')
    expect(screen.getByText('没有找到与“火箭发射”相关的内容')).toBeInTheDocument()
    expect(screen.getByText(/可以换一个说法/)).toBeInTheDocument()
    expect(container.querySelectorAll('.search-hit')).toHaveLength(0)
  })

  it('starts from a query given to the page, and 清除 empties it', () => {
    const { container } = render(<SearchScreen edition={edition} initialQuery='工匠精神' />)
    expect(hit(container, 'slogan', 's11')).toBeInTheDocument()
    fireEvent.click(screen.getByText('清除'))
    expect(container.querySelectorAll('.search-hit')).toHaveLength(0)
    expect(screen.getByText(/可以搜索活动名称/)).toBeInTheDocument()
  })

  it('an example fills in the query', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    fireEvent.click(screen.getByText('电梯'))
    expect(hit(container, 'event', 'elevator-week')).toBeInTheDocument()
  })

  it(`shows ${GROUP_LIMIT} results per group, then all on 显示全部`, () => {
    const { container } = render(<SearchScreen edition={edition} />)
    type('质量')
    const activities = search(appSearchIndex(edition), '质量').groups.find((g) => g.kind === 'activity')!.hits.length
    expect(activities).toBeGreaterThan(GROUP_LIMIT)
    const group = () => container.querySelector('.search-group[data-kind="activity"]') as HTMLElement
    expect(group().querySelectorAll('.search-hit')).toHaveLength(GROUP_LIMIT)
    fireEvent.click(within(group()).getByText(`显示全部${activities}条主办单位的活动结果`))
    expect(group().querySelectorAll('.search-hit')).toHaveLength(activities)
  })

  it('口号 lists the 口号 page and all 16 slogans, each saying where it is', () => {
    const { container } = render(<SearchScreen edition={edition} initialQuery='口号' />)
    const group = container.querySelector('.search-group[data-kind="slogan"]') as HTMLElement
    const hits = [...group.querySelectorAll('.search-hit')] as HTMLElement[]
    expect(hits).toHaveLength(17)
    expect(hits[0].dataset.key).toBe('slogans-page')
    expect(hits[0].textContent).toContain('口号页 · 主题与全部16条口号')
    expect(hits[14].textContent).toContain('附件2 · 第14条口号')
    expect(groupTitles()[0]).toBe('活动口号（17）')
  })

  it('opens what a result points at: an event (its page), an organiser, a slogan (口号 page), a notice paragraph (关于 tab, with the way back)', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    type('电梯')
    fireEvent.click(hit(container, 'event', 'elevator-week'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/events/detail/index?id=elevator-week&edition=2021' })
    fireEvent.click(hit(container, 'activity', 'amr-3'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/about/organiser/index?id=amr&edition=2021' })
    type('工匠精神')
    fireEvent.click(hit(container, 'slogan', 's11'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/campaign/slogans/index?id=s11&edition=2021' })
    expect(Taro.switchTab).not.toHaveBeenCalled()
    type('口号')
    fireEvent.click(hit(container, 'slogan', 'slogans-page'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/campaign/slogans/index?edition=2021' })
    type('质量整治 ')
    fireEvent.click(hit(container, 'notice', 'notice-work-4'))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/about/index' })
    expect(takeTabParams('about')).toEqual({ anchor: 'notice-work-4', q: '质量整治', edition: '2021' })
  })
})

describe('the complaint channels', () => {
  it('买到假货 shows 12315 first, saying how to reach it, and opens the 投诉 tab at its card with the way back', () => {
    const { container } = render(<SearchScreen edition={edition} />)
    type('买到假货')
    expect(groupTitles()[0]).toBe('投诉举报渠道（2）')
    const hits = [...container.querySelectorAll('.search-hit')] as HTMLElement[]
    expect(hits[0].dataset.key).toBe('12315')
    expect(hits[0]).toHaveTextContent('12315 · 全国12315平台')
    expect(hits[0]).toHaveTextContent('电话 12315 · 网址 https://www.12315.cn · 微信小程序“12315”')
    expect(hits[1]).toHaveTextContent('我该找谁？')
    expect(hits[1]).toHaveTextContent('回答几个问题，看看该找12315还是12345')
    fireEvent.click(hits[0])
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/complaints/index' })
    expect(takeTabParams('complaints')).toEqual({ at: '12315', q: '买到假货' })
    fireEvent.click(hits[1])
    expect(takeTabParams('complaints')).toEqual({ at: 'guide', q: '买到假货' })
  })

  it('电话: the channels, then the 2021 campaign contact as what it is, not a channel', () => {
    const { container } = render(<SearchScreen edition={edition} initialQuery='电话' />)
    expect(groupTitles().slice(0, 2)).toEqual(['投诉举报渠道（3）', '活动联系人（1）'])
    const contact = hit(container, 'contact', 'contact')
    expect(contact).toHaveTextContent('2021年质量月活动联系人')
    expect(contact).toHaveTextContent('联系人：杨振；电话：0898-65396470')
    expect(contact).toHaveTextContent('通知原文所列，不是投诉渠道')
    expect(within(contact).getByText('电话')).toHaveClass('search-mark')
    fireEvent.click(contact)
    expect(takeTabParams('about')).toEqual({ anchor: 'notice-contact-1', q: '电话', edition: '2021' })
  })
})

describe('the way back from a notice paragraph (the 关于 tab closes the search)', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('the new search page for the same words starts at the result that was opened and focuses it; only once', () => {
    const first = render(<SearchScreen edition={edition} initialQuery='质量' />)
    const notices = first.container.querySelectorAll('.search-group[data-kind="notice"] .search-hit')
    expect(notices.length).toBeGreaterThan(10)
    const opened = notices[9] as HTMLElement
    const key = opened.dataset.key as string
    fireEvent.click(opened)
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/about/index' })
    first.unmount()

    // 返回搜索“质量”的结果: a new search page with the same words.
    newPage()
    const back = render(<SearchScreen edition={edition} initialQuery='质量' />)
    expect(back.container.querySelector(`#${hitId('notice', key)}`)).not.toBeNull()
    act(() => { jest.advanceTimersByTime(400) })
    expect(revealAndFocus).toHaveBeenCalledWith(hitId('notice', key))
    expect(screen.getByRole('searchbox')).not.toHaveFocus()
    back.unmount()

    // Opened again later, the search starts at the top as usual.
    jest.mocked(revealAndFocus).mockClear()
    newPage()
    const later = render(<SearchScreen edition={edition} initialQuery='质量' />)
    act(() => { jest.advanceTimersByTime(400) })
    expect(revealAndFocus).not.toHaveBeenCalled()
    expect(screen.getByRole('searchbox')).toHaveFocus()
    later.unmount()
  })

  it('other words start at the top', () => {
    const first = render(<SearchScreen edition={edition} initialQuery='质量整治' />)
    fireEvent.click(hit(first.container, 'notice', 'notice-work-4'))
    first.unmount()
    newPage()
    render(<SearchScreen edition={edition} initialQuery='电梯' />)
    act(() => { jest.advanceTimersByTime(400) })
    expect(revealAndFocus).not.toHaveBeenCalled()
    expect(screen.getByRole('searchbox')).toHaveFocus()
  })
})

describe('a search page made again in its history entry (H5: a reload, back or forward to it)', () => {
  it('has the words typed last, whatever its address said', () => {
    newPage()
    const first = render(<SearchScreen edition={edition} initialQuery='口号' today='2021-09-14' />)
    type('买到假货')
    first.unmount()
    const again = render(<SearchScreen edition={edition} initialQuery='口号' today='2021-09-14' />)
    expect(screen.getByRole('searchbox')).toHaveValue('买到假货')
    expect(hit(again.container, 'channel', '12315')).toBeInTheDocument()
    again.unmount()
    // A new search page starts from its own address.
    newPage()
    render(<SearchScreen edition={edition} initialQuery='口号' today='2021-09-14' />)
    expect(screen.getByRole('searchbox')).toHaveValue('口号')
  })

  it('starts fresh on another day, or from a corrupt value', () => {
    newPage()
    const first = render(<SearchScreen edition={edition} today='2021-09-14' />)
    type('电梯')
    first.unmount()
    const nextDay = render(<SearchScreen edition={edition} today='2021-09-15' />)
    expect(screen.getByRole('searchbox')).toHaveValue('')
    nextDay.unmount()
    newPage()
    sessionStorage.setItem('hq-entry-state', '{not json')
    render(<SearchScreen edition={edition} initialQuery='电梯' today='2021-09-14' />)
    expect(screen.getByRole('searchbox')).toHaveValue('电梯')
  })
})

describe('SearchEntry', () => {
  it('is a labelled search box that opens the search page', () => {
    render(<SearchEntry />)
    const box = screen.getByLabelText('搜索活动、主办单位、口号、通知原文')
    expect(box).toHaveTextContent('搜索')
    fireEvent.click(box)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/about/search/index' })
  })
})
