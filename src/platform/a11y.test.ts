/**
 * announce(): what a screen reader is told without the focus moving. H5: one polite live
 * region outside the pages, the same message told again; weapp: WeChat's toast.
 */
import Taro from '@tarojs/taro'
import { screen } from '@testing-library/react'
import * as h5 from './a11y.h5'
import * as weapp from './a11y.weapp'

afterEach(() => {
  document.getElementById('hq-announcer')?.remove()
  jest.restoreAllMocks()
})

it('H5: says the message in one polite live region, and says the same message again', () => {
  h5.announce('已清空')
  const region = screen.getByRole('status')
  expect(region).toHaveAttribute('aria-live', 'polite')
  expect(region).toHaveTextContent('已清空')
  h5.announce('已清空')
  expect(screen.getAllByRole('status')).toEqual([region]) // one region, reused
  expect(region.textContent).toBe('已清空\u00a0') // a change: screen readers say it again
  h5.announce('已再次复制')
  expect(region.textContent).toBe('已再次复制')
})

it('weapp: shows WeChat’s toast, text only; a failing toast throws nothing', async () => {
  const toast = jest.spyOn(Taro, 'showToast').mockRejectedValue({ errMsg: 'showToast:fail' })
  expect(() => weapp.announce('已清空')).not.toThrow()
  expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已清空', icon: 'none' }))
  await Promise.resolve()
})
