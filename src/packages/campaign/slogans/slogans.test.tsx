/**
 * 口号 page (Taro's H5 components in jsdom, platform calls mocked): all 16 slogans, a link's
 * slogan highlighted, a bad id explained, the share card titled with the tapped slogan,
 * copying, and the poster's flows including a refused album permission.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { recordingContext } from '../../../../tests/support/canvas'
import { edition } from '@/content/newest'
import SlogansPage from './index'

type ShareRes = { from?: string; target?: unknown }
const mockHooks: { share?: (res: ShareRes) => { title?: string; path?: string }; timeline?: () => { title?: string; query?: string }; ready?: () => void } = {}
let mockParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {},
  useRouter: () => ({ params: mockParams }),
  useDidShow: () => undefined,
  useReady: (fn: () => void) => { mockHooks.ready = fn },
  useShareAppMessage: (fn: typeof mockHooks.share) => { mockHooks.share = fn },
  useShareTimeline: (fn: typeof mockHooks.timeline) => { mockHooks.timeline = fn }
}))

/** A slogan as shown (its halves are separate text elements inside a .slogan-text block). */
const shownSlogans = (t: string) => screen.queryAllByText((_, el) => !!el && el.classList.contains('slogan-text') && el.textContent === t)
const mockPlatform = {
  SHARE_TO_CHAT: true,
  POSTER_ACTIONS: ['share', 'save'],
  isSinglePageMode: jest.fn(() => false),
  copyText: jest.fn(async () => true),
  copyPageLink: jest.fn(async () => true),
  openTab: jest.fn(),
  scrollToId: jest.fn(),
  devicePixelRatio: () => 3,
  drawPoster: jest.fn(async () => ({ ok: true, pixelWidth: 2250, pixelHeight: 4002 })),
  exportPoster: jest.fn(async (): Promise<unknown> => ({ ok: true, action: 'share' })),
  openAlbumSettings: jest.fn(async () => true),
  holdDialogFocus: () => () => undefined
}
// Each platform module the page and its feature use, read lazily from mockPlatform: the page
// module is imported (hoisted) before that object exists.
function mockPlatformModule() {
  return new Proxy({}, {
    get: (_t, key) => (key === '__esModule' ? true : (mockPlatform as Record<string | symbol, unknown>)[key])
  })
}
jest.mock('@/platform/share', () => mockPlatformModule())
jest.mock('@/platform/clipboard', () => ({
  copy: async (text: string) => ((await (mockPlatform.copyText as jest.Mock)(text))
    ? { ok: true }
    : { ok: false, reason: 'failed', message: '没能复制，请长按文字手动复制。' })
}))
jest.mock('@/platform/navigation', () => mockPlatformModule())
jest.mock('@/platform/scroll', () => mockPlatformModule())
jest.mock('@/platform/poster', () => mockPlatformModule())

const SLOGANS = edition.slogans.items
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)) })

beforeEach(() => {
  mockParams = {}
  jest.clearAllMocks()
  mockPlatform.SHARE_TO_CHAT = true
  mockPlatform.isSinglePageMode.mockReturnValue(false)
})

describe('口号 page', () => {
  it('shows the campaign, the theme and all 16 slogans on its own', () => {
    render(<SlogansPage />)
    expect(screen.getByText('2021年“质量月”活动口号')).toBeTruthy()
    expect(screen.getByText('开展质量提升行动 推动自贸港高质量发展')).toBeTruthy()
    expect(screen.getByText(/2021年海南省“质量月”活动 · 2021年9月/)).toBeTruthy()
    expect(screen.getByText(/海南省质量强省工作领导小组办公室《琼质强省办〔2021〕5号》附件2/)).toBeTruthy()
    for (const s of SLOGANS) expect(shownSlogans(s.text).length).toBeGreaterThan(0)
    expect(screen.getAllByText('分享给朋友')).toHaveLength(16)
    expect(screen.queryByText('您打开的口号')).toBeNull()
  })

  it('a link with ?id=s5 highlights slogan 5 and scrolls to it when the page is ready', () => {
    mockParams = { id: 's5' }
    render(<SlogansPage />)
    const item = screen.getByTestId('slogan-s5')
    expect(item.className).toContain('slogan-item--highlighted')
    expect(within(item).getByText('您打开的口号')).toBeTruthy()
    expect(screen.getAllByText('您打开的口号')).toHaveLength(1)
    mockHooks.ready!()
    expect(mockPlatform.scrollToId).toHaveBeenCalledWith('slogan-s5')
  })

  it.each(['s99', 'abc', '%E4%B8'])('an unknown id (%s) shows the list with a short message', (id) => {
    mockParams = { id }
    render(<SlogansPage />)
    expect(screen.getByText(/没有找到链接中的口号“.+”，以下是全部16条口号。/)).toBeTruthy()
    for (const s of SLOGANS) expect(shownSlogans(s.text).length).toBeGreaterThan(0)
    mockHooks.ready!()
    expect(mockPlatform.scrollToId).not.toHaveBeenCalled()
  })

  it('a slogan’s share button titles the card with that slogan and links back to it', () => {
    render(<SlogansPage />)
    const button = within(screen.getByTestId('slogan-s7')).getByText('分享给朋友')
    expect(button.getAttribute('data-id')).toBe('s7')
    expect(mockHooks.share!({ from: 'button', target: { dataset: { id: 's7' } } })).toEqual({
      title: '推动高质量发展 共享高品质生活', path: '/packages/campaign/slogans/index?id=s7&edition=2021'
    })
    // From the menu, with no slogan opened: the page itself.
    expect(mockHooks.share!({ from: 'menu' })).toEqual({ title: '2021年“质量月”活动口号', path: '/packages/campaign/slogans/index?edition=2021' })
    expect(mockHooks.timeline!()).toEqual({ title: '2021年“质量月”活动口号', query: 'edition=2021' })
  })

  it('shares the opened slogan from the menu and to 朋友圈 (query id=…)', () => {
    mockParams = { id: 's2' }
    render(<SlogansPage />)
    expect(mockHooks.share!({ from: 'menu' })).toEqual({ title: '坚持质量第一 建设质量强省', path: '/packages/campaign/slogans/index?id=s2&edition=2021' })
    expect(mockHooks.timeline!()).toEqual({ title: '坚持质量第一 建设质量强省', query: 'id=s2&edition=2021' })
  })

  it('copies a slogan’s text and says so; a failed copy says how to copy by hand', async () => {
    render(<SlogansPage />)
    fireEvent.click(within(screen.getByTestId('slogan-s3')).getByText('复制文字'))
    await settle()
    expect(mockPlatform.copyText).toHaveBeenCalledWith('大力提升质量 建设质量强省')
    expect(within(screen.getByTestId('slogan-s3')).getByText('已复制口号文字')).toBeTruthy()
    mockPlatform.copyText.mockResolvedValueOnce(false)
    fireEvent.click(within(screen.getByTestId('slogan-s4')).getByText('复制文字'))
    await settle()
    expect(within(screen.getByTestId('slogan-s4')).getByText(/没能复制，可以长按口号文字选择复制/)).toBeTruthy()
  })

  it('on H5 (no WeChat chat) each slogan offers its link to copy instead', async () => {
    mockPlatform.SHARE_TO_CHAT = false
    render(<SlogansPage />)
    expect(screen.queryByText('分享给朋友')).toBeNull()
    fireEvent.click(within(screen.getByTestId('slogan-s9')).getByText('复制链接'))
    await settle()
    expect(mockPlatform.copyPageLink).toHaveBeenCalledWith('/packages/campaign/slogans/index?id=s9&edition=2021')
  })

  it('opened from 朋友圈 (单页模式): content only, no actions, no navigation', () => {
    mockPlatform.isSinglePageMode.mockReturnValue(true)
    mockParams = { id: 's1' }
    render(<SlogansPage />)
    expect(shownSlogans(SLOGANS[0].text).length).toBeGreaterThan(0)
    expect(screen.getByText('开展质量提升行动 推动自贸港高质量发展')).toBeTruthy()
    expect(screen.queryByText('生成海报')).toBeNull()
    expect(screen.queryByText('回到首页')).toBeNull()
    expect(screen.getByText(/前往小程序/)).toBeTruthy()
  })
})

describe('poster', () => {
  it('is drawn at 750×1334 × the pixel ratio, then shared through WeChat’s image menu', async () => {
    render(<SlogansPage />)
    fireEvent.click(within(screen.getByTestId('slogan-s2')).getByText('生成海报'))
    await settle()
    expect(screen.getByText('口号海报')).toBeTruthy()
    expect(mockPlatform.drawPoster).toHaveBeenCalledWith('poster', { width: 750, height: 1334, scale: 3 }, expect.any(Function))
    fireEvent.click(screen.getByText('分享海报（发给朋友、朋友圈或保存）'))
    await settle()
    expect(mockPlatform.exportPoster).toHaveBeenCalledWith('poster', 'share', '质量月口号-坚持质量第一 建设质量强省.png')
    expect(screen.getByText('已打开分享')).toBeTruthy()
    fireEvent.click(screen.getByText('关闭'))
    expect(screen.queryByText('口号海报')).toBeNull()
  })

  it('the draw callback paints the slogan on the context it is given', async () => {
    render(<SlogansPage />)
    fireEvent.click(within(screen.getByTestId('slogan-s15')).getByText('生成海报'))
    await settle()
    const draw = (mockPlatform.drawPoster.mock.calls[0] as unknown[])[2] as (ctx: unknown) => void
    const { ctx, drawn } = recordingContext()
    draw(ctx)
    expect(drawn).toEqual(expect.arrayContaining(['质量提升', '人人有责', '开展质量提升行动', '发文：海南省质量强省工作领导小组办公室']))
  })

  it('a refused album permission is explained, with settings and a retry that then saves', async () => {
    mockPlatform.exportPoster.mockResolvedValueOnce({ ok: false, reason: 'album-denied', message: '保存失败：本程序没有“保存到相册”的权限' })
    render(<SlogansPage />)
    fireEvent.click(within(screen.getByTestId('slogan-s1')).getByText('生成海报'))
    await settle()
    fireEvent.click(screen.getByText('保存到相册'))
    await settle()
    expect(screen.getByText(/没有“保存到相册”的权限/)).toBeTruthy()
    mockPlatform.exportPoster.mockResolvedValueOnce({ ok: true, action: 'save' })
    fireEvent.click(screen.getByText('打开设置'))
    await settle()
    expect(mockPlatform.openAlbumSettings).toHaveBeenCalled()
    expect(mockPlatform.exportPoster).toHaveBeenLastCalledWith('poster', 'save', '质量月口号-让质量强省深入人心 让质量提升扎实推进.png')
    expect(screen.getByText('已保存到相册')).toBeTruthy()
  })

  it('a cancelled menu says nothing; a drawing failure says what happened', async () => {
    mockPlatform.exportPoster.mockResolvedValueOnce({ ok: false, reason: 'cancelled' })
    render(<SlogansPage />)
    fireEvent.click(within(screen.getByTestId('slogan-s1')).getByText('生成海报'))
    await settle()
    fireEvent.click(screen.getByText('分享海报（发给朋友、朋友圈或保存）'))
    await settle()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('保存到相册')).toBeTruthy()
    mockPlatform.drawPoster.mockResolvedValueOnce({ ok: false, reason: 'failed', message: '无法绘制海报，请更新微信后再试' } as never)
    fireEvent.click(screen.getByText('关闭'))
    fireEvent.click(within(screen.getByTestId('slogan-s1')).getByText('生成海报'))
    await settle()
    expect(screen.getByText('无法绘制海报，请更新微信后再试')).toBeTruthy()
  })
})
