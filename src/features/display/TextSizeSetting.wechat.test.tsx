/**
 * The text-size setting as WeChat (weapp) shows it: 跟随微信 / 标准字 / 大字模式, where 跟随微信
 * follows WeChat's font size (getAppBaseInfo's fontSizeScaleFactor). The H5 variant, without
 * 跟随微信, is TextSizeSetting.test.tsx; the simulator test tests/weapp/text-size.weapp.test.ts.
 */
// The weapp variants of platform/wechat-font and platform/font-scale, WeChat's font size set to 1.4 (大 in WeChat's settings).
jest.mock('@/platform/wechat-font', () => jest.requireActual('@/platform/wechat-font.weapp'))
jest.mock('@/platform/font-scale', () => {
  const Taro = jest.requireActual('@tarojs/taro').default
  Taro.getAppBaseInfo = () => ({ fontSizeScaleFactor: 1.4 })
  return jest.requireActual('@/platform/font-scale.weapp')
})

import { render, screen, fireEvent } from '@testing-library/react'
import { DisplayRoot } from './DisplayRoot'
import { TextSizeSetting } from './TextSizeSetting'
import { useDisplayStore } from './store'

beforeEach(() => {
  localStorage.clear()
  useDisplayStore.setState({ mode: 'auto' })
})

function Page() {
  return (
    <DisplayRoot>
      <TextSizeSetting />
    </DisplayRoot>
  )
}

const scale = (c: HTMLElement) => (c.querySelector('[data-text-scale]') as HTMLElement).getAttribute('data-text-scale')

it('offers 跟随微信, 标准字 and 大字模式; 跟随微信 (the default) is checked and the one Tab stop', () => {
  render(<Page />)
  const radios = screen.getAllByRole('radio')
  expect(radios.map((r) => r.textContent)).toEqual([
    expect.stringContaining('跟随微信'), expect.stringContaining('标准字'), expect.stringContaining('大字模式')
  ])
  expect(radios[0].textContent).toContain('按微信中设置的字体大小显示')
  expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false'])
  expect(radios.filter((r) => r.getAttribute('tabindex') === '0')).toEqual([radios[0]])
})

it('跟随微信 follows WeChat\'s font size (1.4 counts as large); 标准字 ignores it', () => {
  const { container } = render(<Page />)
  expect(scale(container)).toBe('1.5')
  fireEvent.click(screen.getByText('标准字'))
  expect(scale(container)).toBe('1')
  fireEvent.click(screen.getByText('跟随微信'))
  expect(scale(container)).toBe('1.5')
  expect(useDisplayStore.getState().mode).toBe('auto')
})
