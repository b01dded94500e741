/**
 * The text-size setting as the web page (H5) shows it: 标准字 and 大字模式 only, since a browser
 * gives no font-size signal to follow (跟随微信 is weapp's: TextSizeSetting.wechat.test.tsx).
 */
import { render, screen, fireEvent } from '@testing-library/react'
import { Text } from '@tarojs/components'
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
      <Text>正文</Text>
      <TextSizeSetting />
    </DisplayRoot>
  )
}

describe('large-text mode', () => {
  it('choosing 大字模式 scales the page and is remembered', () => {
    const { container } = render(<Page />)
    const root = () => container.querySelector('[data-text-scale]') as HTMLElement
    expect(root().getAttribute('data-text-scale')).toBe('1')
    fireEvent.click(screen.getByText('大字模式'))
    expect(root().getAttribute('data-text-scale')).toBe('1.5')
    expect(root().style.getPropertyValue('--hq-font-scale')).toBe('1.5')
    expect(screen.getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')?.textContent).toContain('大字模式')
    expect(JSON.stringify(localStorage)).toContain('large')
  })

  it('H5 offers 标准字 and 大字模式, not 跟随微信; a stored auto (the default) shows as 标准字', () => {
    render(<Page />)
    const radios = screen.getAllByRole('radio')
    expect(radios.map((r) => r.textContent)).toEqual([expect.stringContaining('标准字'), expect.stringContaining('大字模式')])
    expect(screen.getByRole('radiogroup', { name: '字体大小' }).textContent).not.toContain('跟随微信')
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false'])
  })

  it('is one Tab stop; the arrow keys move between the options and apply them', () => {
    const { container } = render(<Page />)
    const stops = screen.getAllByRole('radio').filter((r) => r.getAttribute('tabindex') === '0')
    expect(stops.map((r) => r.textContent)).toEqual([expect.stringContaining('标准字')])
    fireEvent.keyDown(stops[0], { key: 'ArrowDown' })
    expect((document.activeElement as Element).textContent).toContain('大字模式')
    expect((container.querySelector('[data-text-scale]') as HTMLElement).getAttribute('data-text-scale')).toBe('1.5')
  })

  it('explains each option in plain words, without typesetting jargon (磅, 字号)', () => {
    render(<Page />)
    const text = screen.getByRole('radiogroup', { name: '字体大小' }).textContent ?? ''
    expect(text).toContain('平常大小的文字')
    expect(text).toContain('文字和按钮都更大')
    expect(text).not.toMatch(/磅|字号|pt/)
  })

  it('标准字 returns to the standard scale', () => {
    useDisplayStore.setState({ mode: 'large' })
    const { container } = render(<Page />)
    fireEvent.click(screen.getByText('标准字'))
    expect((container.querySelector('[data-text-scale]') as HTMLElement).getAttribute('data-text-scale')).toBe('1')
  })
})
