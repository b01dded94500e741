/** The 投诉 tab: both channels, the guided choice, the way into the draft helper, what to prepare. */
import { render, screen, fireEvent, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ComplaintsPage from './index'
import { edition } from '@/content/newest'

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: {} }), useDidShow: () => undefined }
})

const KEY = 'hq:complaint-draft'
afterEach(() => {
  localStorage.clear()
  jest.restoreAllMocks()
})

describe('投诉 tab', () => {
  it('shows both channels, the guide, the draft helper, 投诉 vs 举报, what to prepare and the campaign contact', () => {
    render(<ComplaintsPage />)
    // A header like the other tabs'.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('投诉举报')
    expect(screen.getByText('全国12315平台 · 12345政务服务便民热线')).toBeInTheDocument()
    expect(screen.getByText('12315 · 全国12315平台')).toBeInTheDocument()
    expect(screen.getByText('12345 · 政务服务便民热线')).toBeInTheDocument()
    expect(screen.getByText('我该找谁？')).toBeInTheDocument()
    expect(screen.getByText('投诉还是举报？')).toBeInTheDocument()
    expect(screen.getByText('投诉（在12315选“我要投诉”）')).toBeInTheDocument()
    expect(screen.getByText('举报（在12315选“我要举报”）')).toBeInTheDocument()
    expect(screen.getByText('提交前准备什么')).toBeInTheDocument()
    for (const item of edition.complaintPrep.items) expect(screen.getByText(item.detail)).toBeInTheDocument()
    // One element (its "10个" is a nowrap run: ui/NoWrap).
    expect(screen.getByText((_, el) => el?.classList.contains('prep__after') === true && el.textContent === edition.complaintPrep.afterSubmit.text)).toBeInTheDocument()
    // The campaign's contact, named with its year (ContactCard.test.tsx: no call button once it is an archive).
    expect(screen.getByText('2021年质量月活动联系人（通知原文）')).toBeInTheDocument()
  })

  it('opens the draft helper; with a saved draft it offers to continue it', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { unmount } = render(<ComplaintsPage />)
    fireEvent.click(screen.getByText('写投诉或举报草稿'))
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/complaints/draft/index' })
    unmount()

    // A draft saved by the helper page (same store, in memory and on the phone).
    const { useDraftStore } = jest.requireActual('@/features/complaints/store') as typeof import('@/features/complaints/store')
    await act(async () => {
      useDraftStore.getState().save({ ...useDraftStore.getState().draft, kind: 'report', businessName: '某某药店' })
    })
    expect(Taro.getStorageSync(KEY)).toMatchObject({ state: { draft: { businessName: '某某药店' } } })
    render(<ComplaintsPage />)
    expect(screen.getByText('已有一份未完成的举报草稿：某某药店')).toBeInTheDocument()
    expect(screen.getByText('继续写草稿')).toBeInTheDocument()
  })
})
