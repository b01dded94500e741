/**
 * The notice's screens in jsdom: the document with its table of contents and 复制, the
 * organiser page (found, unknown, missing) and 关于本程序.
 */
import { render, screen, fireEvent, act, within, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { NoticeDocument } from './NoticeDocument'
import { NoticeToc } from './NoticeToc'
import { OrganiserDetail } from './OrganiserDetail'
import { eventStatusLabel } from '@/lib/event-dates'
import { AppInfo } from './AppInfo'
import { noticeOutline, sloganAnchor } from '@/content/outline'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())
// Copying through wx.setClipboardData: the weapp variant, where jest resolves the H5 one (docs/platform-files.md).
jest.mock('@/platform/clipboard', () => jest.requireActual('@/platform/clipboard.weapp'))

afterEach(() => jest.clearAllMocks())

const byId = (container: HTMLElement, id: string) => {
  const el = container.querySelector(`[id="${id}"]`)
  if (!el) throw new Error(`no element #${id}`)
  return el as HTMLElement
}

describe('NoticeDocument', () => {
  it('shows the header: issuer, number, date, 此件主动公开', () => {
    const { container } = render(<NoticeDocument edition={edition} />)
    const header = within(byId(container, 'notice-top'))
    expect(header.getByText('海南省质量强省工作领导小组办公室文件')).toBeInTheDocument()
    expect(header.getByText('琼质强省办〔2021〕5号')).toBeInTheDocument()
    expect(header.getByRole('heading', { level: 1 })).toHaveTextContent(edition.document.title)
    expect(header.getByText('发文机关：海南省质量强省工作领导小组办公室')).toBeInTheDocument()
    expect(header.getByText('日期：2021年9月6日')).toBeInTheDocument()
    expect(header.getByText('此件主动公开')).toBeInTheDocument()
  })

  it('shows sections 一 to 三 with their points, the closing, the signature and both attachments', () => {
    const { container } = render(<NoticeDocument edition={edition} />)
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual([
      '一、活动主题', '二、活动内容', '三、活动要求',
      '附件1　2021年海南省“质量月”主办单位开展的主要活动', '附件2　2021年“质量月”活动口号'
    ])
    expect(byId(container, 'notice-work-5')).toHaveTextContent('（五）大力开展宣传活动，营造质量第一氛围。')
    expect(byId(container, 'notice-requirements-3')).toHaveTextContent(edition.sections.requirements.points[2].text)
    expect(byId(container, 'notice-closing-2')).toHaveTextContent('10月15日前报送')
    expect(byId(container, 'notice-section-closing')).toHaveTextContent('（此件主动公开）')
    expect(byId(container, 'notice-attachment-list-2')).toHaveTextContent('2.2021年“质量月”活动口号')
    expect(container.querySelectorAll('[id^="notice-organiser-"]')).toHaveLength(19)
    expect(byId(container, sloganAnchor('s16'))).toHaveTextContent('16. 个个树立质量意识 人人创造中国质量')
  })

  it('has one 复制本节 per section, none per paragraph; it copies the section as printed and says so', async () => {
    const { container } = render(<NoticeDocument edition={edition} />)
    const outline = noticeOutline(edition)
    expect(screen.getAllByText('复制本节')).toHaveLength(outline.length)
    expect(within(byId(container, 'notice-preamble')).queryByText(/复制/)).toBeNull()
    expect(within(byId(container, 'notice-work-1')).queryByText(/复制/)).toBeNull()

    const work = byId(container, 'notice-section-work')
    fireEvent.click(within(work).getByText('复制本节'))
    const copied = (Taro.setClipboardData as jest.Mock).mock.calls.at(-1)[0].data as string
    const lines = copied.split('\n')
    expect(lines[0]).toBe('二、活动内容')
    const p = edition.sections.work.points[0]
    expect(lines).toContain(`${p.number}${p.title}${p.text}`)
    expect(lines).toHaveLength(1 + outline.find((x) => x.id === 'work')!.paragraphs.length)
    await waitFor(() => expect(within(work).getByText('已复制')).toBeInTheDocument())

    ;(Taro.setClipboardData as jest.Mock).mockImplementationOnce(() => Promise.reject(new Error('denied')))
    const slogans = byId(container, 'notice-section-attachment-2')
    fireEvent.click(within(slogans).getByText('复制本节'))
    await waitFor(() => expect(within(slogans).getByText('复制失败，请长按文字复制')).toBeInTheDocument())
  })

  it('the 复制本节 buttons say what they copy, for screen readers', () => {
    render(<NoticeDocument edition={edition} />)
    expect(screen.getByLabelText('复制本节：主送单位与导语')).toBeInTheDocument()
    expect(screen.getByLabelText('复制本节：二、活动内容')).toBeInTheDocument()
  })

  it('an organiser of 附件1 opens its page', () => {
    const { container } = render(<NoticeDocument edition={edition} />)
    fireEvent.click(within(byId(container, 'notice-organiser-health')).getByText('查看该单位的活动'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/about/organiser/index?id=health&edition=2021' })
  })

  it('marks the paragraph a search result opened, with a label as well as colour', () => {
    const { container } = render(<NoticeDocument edition={edition} target='notice-work-4' />)
    const target = byId(container, 'notice-work-4')
    expect(target).toHaveClass('notice-para--target')
    expect(within(target).getByText('▶ 您要找的段落')).toBeInTheDocument()
    expect(container.querySelectorAll('.notice-para--target')).toHaveLength(1)
  })
})

describe('NoticeToc', () => {
  it('lists the sections and scrolls the page to the one tapped', () => {
    const { container } = render(<NoticeToc edition={edition} />)
    expect([...container.querySelectorAll('.notice-toc__item')].map((b) => b.textContent)).toEqual([
      '主送单位与导语', '一、活动主题', '二、活动内容', '三、活动要求', '结语、联系人与附件', '附件1　主办单位开展的主要活动', '附件2　活动口号'
    ])
    fireEvent.click(screen.getByText('三、活动要求'))
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#notice-section-requirements' }))
    fireEvent.click(container.querySelector('[data-anchor="notice-section-attachment-2"]')!)
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ selector: '#notice-section-attachment-2' }))
  })

  it('every entry points at an element of the document', () => {
    const { container } = render(<><NoticeToc edition={edition} /><NoticeDocument edition={edition} /></>)
    const anchors = [...container.querySelectorAll('.notice-toc__item')].map((b) => b.getAttribute('data-anchor'))
    expect(anchors).toHaveLength(7)
    for (const a of anchors) expect(container.querySelector(`[id="${a}"]`)).not.toBeNull()
  })
})

describe('OrganiserDetail', () => {
  it('lists the organiser’s activities exactly, and its events, which open their event pages', () => {
    const { container } = render(<OrganiserDetail edition={edition} id='amr' today='2021-09-14' />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('省市场监管局')
    expect(screen.getByText('主要活动（13项）')).toBeInTheDocument()
    const activities = [...container.querySelectorAll('.organiser-activity__text')].map((a) => a.textContent)
    expect(activities).toEqual(edition.organisers[0].activities)
    const events = edition.events.filter((e) => e.organiserId === 'amr')
    expect(screen.getByText(`活动日历中的活动（${events.length}项）`)).toBeInTheDocument()
    fireEvent.click(screen.getByText('电梯安全宣传周'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/events/detail/index?id=elevator-week&edition=2021' })
  })

  it('says each event\'s status and dates in the words of the events list (the one status rule)', () => {
    const { container } = render(<OrganiserDetail edition={edition} id='amr' today='2021-09-14' />)
    const card = (id: string) => container.querySelector(`[aria-label="查看活动：${edition.events.find((e) => e.id === id)!.title}"]`) as HTMLElement
    expect(card('open-day').textContent).toContain('全国 · 9月15日 · 明天')
    expect(card('open-day').textContent).toContain('海南 · 9月内，日期待定')
    expect(card('open-day').querySelector('.organiser-event__status')!.textContent).toBe(eventStatusLabel(edition.events.find((e) => e.id === 'open-day')!, '2021-09-14'))
    expect(card('elevator-week').querySelector('.organiser-event__status')!.textContent).toBe('海南 · 日期待定') // the badge names the date it comes from (lib/event-dates badgeDate)
    expect(card('quality-month').textContent).not.toMatch(/进行中/)
    // The old wording (具体安排以主办单位通知为准, no status) is gone.
    expect(container.textContent).not.toContain('2021年9月内 · 具体安排以主办单位通知为准')
    const archived = render(<OrganiserDetail edition={edition} id='amr' today='2026-11-26' />)
    expect(archived.container.textContent).toContain('全国 · 9月15日 · 已结束')
    expect(archived.container.textContent).not.toMatch(/明天|天后|进行中/)
  })

  it('shows an organiser without calendar events, saying so', () => {
    render(<OrganiserDetail edition={edition} id='police' today='2021-09-14' />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('省公安厅')
    expect(screen.getByText(/活动日历中暂无该单位单独列出的活动/)).toBeInTheDocument()
  })

  it('opens the notice at the organiser’s paragraph', () => {
    render(<OrganiserDetail edition={edition} id='water' today='2021-09-14' />)
    fireEvent.click(screen.getByText('在通知全文中查看'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/about/index' })
  })

  it.each([
    ['nowhere', '“nowhere”不是附件1中主办单位的编号。'],
    [undefined, '打开页面时没有指明是哪个主办单位。']
  ])('id %p: a helpful message and the 19 organisers to choose from', (id, why) => {
    const { container } = render(<OrganiserDetail edition={edition} id={id} today='2021-09-14' />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('没有找到这个主办单位')
    expect(screen.getByText(new RegExp(why))).toBeInTheDocument()
    expect(container.querySelectorAll('.organiser-list__item')).toHaveLength(19)
    fireEvent.click(screen.getByText('十二、省卫生健康委员会'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/about/organiser/index?id=health&edition=2021' })
  })
})

describe('AppInfo', () => {
  it('in a build with signed content updates, the privacy card names the one request it makes, and no longer says it makes none', () => {
    render(<AppInfo edition={edition} updatesFrom='https://content.example.cn' />)
    expect(screen.getByText(/唯一的网络请求是从 https:\/\/content\.example\.cn 下载经签名核验的内容更新/)).toBeInTheDocument()
    expect(screen.queryByText(/不发出任何网络请求/)).toBeNull()
  })

  it('says what the app is, where the data comes from, the bundle version and the privacy statement', () => {
    const { container } = render(<AppInfo edition={edition} />)
    expect(screen.getByText(/本程序把《海南省质量强省工作领导小组办公室关于开展2021年海南省“质量月”活动的通知》/)).toBeInTheDocument()
    expect(screen.getByText(/活动的全部内容来自这份通知：.*琼质强省办〔2021〕5号.*此件主动公开/)).toBeInTheDocument()
    expect(screen.getByText(`内容包版本：${edition.bundleVersion}`)).toBeInTheDocument()
    expect(screen.getByText(/不发出任何网络请求/)).toBeInTheDocument()
    expect(screen.getByText(/本机保存的内容/)).toBeInTheDocument()
    const rows = container.querySelectorAll('.source-row')
    expect(rows.length).toBe(7 + edition.sources.length)
    const link = [...rows].find((r) => r.textContent!.includes('trcrsired/pwa-store'))!
    expect(link).toHaveTextContent('用于“12315”小程序的链接：#小程序://12315/bTgvVMQdjPhAHjr；可信度：中等')
    expect(link).toHaveTextContent('复制链接')
    const openDay = [...rows].find((r) => r.textContent!.includes('仪器信息网'))!
    expect(openDay).toHaveTextContent('https://www.instrument.com.cn/news/20210907/590893.shtml')
    expect(openDay).toHaveTextContent('用于活动日期：检验检测机构开放日；可信度：高')
  })

  it('copies a source’s address', async () => {
    render(<AppInfo edition={edition} />)
    fireEvent.click(screen.getByLabelText('复制：仪器信息网的网址'))
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: 'https://www.instrument.com.cn/news/20210907/590893.shtml' })
    await act(async () => undefined)
  })
})
