/** 往届 with the shipped 2021 edition only (with a second, synthetic edition: archive.test.tsx). */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { page } from '../../../tests/support/taro-page'
import About from '../../pages/about/index'
import Editions from './list/index'
import Edition from './edition/index'

jest.mock('@tarojs/taro', () => require('../../../tests/support/taro-page').taroPageModule())

afterEach(() => {
  jest.clearAllMocks()
  page.reset()
})

it('关于 leads to 往届, which says there is no earlier edition yet', () => {
  render(<About />)
  screen.getByText('往届：历年质量月活动').click()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/archive/list/index' })
  render(<Editions />)
  expect(screen.getByText('还没有往届活动：本程序目前只收录了2021年海南省“质量月”活动。')).toBeInTheDocument()
})

it('an edition page for a year the app does not have says so and leads to 往届', () => {
  page.params = { edition: '1999' }
  render(<Edition />)
  expect(screen.getByText('本程序没有收录1999年的质量月活动。')).toBeInTheDocument()
  screen.getByText('查看往届列表').click()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/archive/list/index' })
})
