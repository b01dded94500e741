/**
 * 关于本程序's diagnostics of signed content updates: nothing in a build without update settings;
 * with them, the source of the shown edition (内置 / 已更新), when it was verified, and the last
 * rejection lines. What the platform module reads is given as `info`: the store is unit-tested in lib.
 */
import { render, screen } from '@testing-library/react'
import { edition } from '@/content/newest'
import type { StoredUpdates } from '@/lib/content-updates'
import { ContentUpdateInfo } from './ContentUpdateInfo'

const stored = (s: Partial<StoredUpdates>): StoredUpdates => ({ version: 1, editions: {}, rejections: [], ...s })

it('shows nothing in a build without update settings', () => {
  const { container } = render(<ContentUpdateInfo edition={edition} info={null} />)
  expect(container).toBeEmptyDOMElement()
})

it('says 内置 while the shown edition is the bundled one, and lists the last rejections in China time', () => {
  const info = {
    origin: 'https://cdn.example.cn/hq',
    stored: stored({ checkedAt: '2021-09-12T01:00:00.000Z', rejections: [{ at: '2021-09-12T01:00:00.000Z', line: '清单：签名无效' }] })
  }
  render(<ContentUpdateInfo edition={edition} info={info} />)
  expect(screen.getByText(`内容版本：${edition.bundleVersion}；来源：内置`)).toBeInTheDocument()
  expect(screen.queryByText(/核验时间/)).toBeNull()
  expect(screen.getByText(/https:\/\/cdn\.example\.cn\/hq/)).toBeInTheDocument()
  expect(screen.getByText('上次检查：2021-09-12 09:00')).toBeInTheDocument()
  expect(screen.getByText('2021-09-12 09:00 清单：签名无效')).toBeInTheDocument()
})

it('says 已更新 with the verification time when the shown edition is the stored update', () => {
  const updated = { ...edition, bundleVersion: '2021.99.0' }
  const info = {
    origin: 'https://cdn.example.cn/hq',
    stored: stored({ editions: { 2021: { bundleVersion: '2021.99.0', verifiedAt: '2021-09-11T16:30:00.000Z', edition: updated } } })
  }
  render(<ContentUpdateInfo edition={updated} info={info} />)
  expect(screen.getByText('内容版本：2021.99.0；来源：已更新')).toBeInTheDocument()
  expect(screen.getByText('核验时间：2021-09-12 00:30（北京时间）')).toBeInTheDocument()
  expect(screen.queryByText('最近未采用的更新：')).toBeNull()
})
