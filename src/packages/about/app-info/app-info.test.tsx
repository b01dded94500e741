/**
 * 关于本程序's sources can be checked (issue 24, item 8): on H5 every source with an address is
 * a real link to it (new tab, rel=noopener) with a 复制 beside it; the same address is one row
 * with one confidence per fact. (weapp: src/platform/open-url.test.tsx and the simulator.)
 */
import { render, screen, fireEvent } from '@testing-library/react'
import { edition } from '@/content/newest'
import { publicSources } from '@/features/notice/model'
import { page } from '../../../../tests/support/taro-page'
import AppInfoPage from './index'

jest.mock('@tarojs/taro', () => require('../../../../tests/support/taro-page').taroPageModule())

afterEach(() => {
  jest.clearAllMocks()
  page.reset()
})

const withUrl = publicSources(edition).filter((s) => s.url)

it('the bundle has sources with addresses (or this test checks nothing)', () => {
  expect(withUrl.length).toBeGreaterThanOrEqual(3)
})

it('every source address is a link that opens it in a new tab, and can be copied', async () => {
  const { container } = render(<AppInfoPage />)
  const links = [...container.querySelectorAll<HTMLAnchorElement>('.source-row a')]
  expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(withUrl.map((s) => s.url).sort())
  for (const a of links) {
    expect(a.textContent).toBe(a.getAttribute('href'))
    expect(a.getAttribute('target')).toBe('_blank')
    expect(a.getAttribute('rel')).toContain('noopener')
    expect(a.getAttribute('aria-label')).toMatch(/在新标签页打开）$/)
  }
  const open = screen.getByRole('link', { name: /^https:\/\/www\.instrument\.com\.cn\/news\/20210907\/590893\.shtml（仪器信息网《/ })
  expect(open.closest('.source-row')).toHaveTextContent('用于活动日期：检验检测机构开放日；可信度：高')
  // The browser's clipboard (jsdom has none).
  const writeText = jest.fn().mockResolvedValue(undefined)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  fireEvent.click(screen.getByLabelText('复制：仪器信息网的网址'))
  expect(await screen.findByText('已复制')).toBeInTheDocument()
  expect(writeText).toHaveBeenCalledWith('https://www.instrument.com.cn/news/20210907/590893.shtml')
  delete (navigator as { clipboard?: unknown }).clipboard
})
