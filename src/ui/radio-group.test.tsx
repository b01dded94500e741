/**
 * ui/radio-group: one Tab stop per group, arrows move and check (wrapping), Home/End, Space
 * and a click check; the pattern every radio group of the app uses.
 */
import { useState } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { View, Text } from '@tarojs/components'
import { radioGroup, radioKeyTarget, radioOption } from './radio-group'

const SIZES = ['auto', 'standard', 'large'] as const
const NAMES = { auto: '跟随微信', standard: '标准字', large: '大字模式' }

function Group({ initial }: { initial?: (typeof SIZES)[number] }) {
  const [checked, setChecked] = useState(initial)
  return (
    <View {...radioGroup('字体大小')}>
      {SIZES.map((s) => (
        <View key={s} {...radioOption({ values: SIZES, value: s, checked, onSelect: setChecked })}>
          <Text>{NAMES[s]}</Text>
        </View>
      ))}
    </View>
  )
}

const radio = (name: string) => screen.getByRole('radio', { name })
const tabStops = () => screen.getAllByRole('radio').filter((r) => r.getAttribute('tabindex') === '0').map((r) => r.textContent)

describe('radio groups (WAI-ARIA pattern, roving tabindex)', () => {
  it('is one Tab stop: the checked option, or the first when none is', () => {
    const { unmount } = render(<Group initial='standard' />)
    expect(screen.getByRole('radiogroup', { name: '字体大小' })).toBeInTheDocument()
    expect(tabStops()).toEqual(['标准字'])
    expect(radio('跟随微信').getAttribute('tabindex')).toBe('-1')
    unmount()
    render(<Group />)
    expect(tabStops()).toEqual(['跟随微信'])
  })

  it('arrow keys move the focus and the check, wrapping at both ends', () => {
    render(<Group initial='auto' />)
    radio('跟随微信').focus()
    fireEvent.keyDown(radio('跟随微信'), { key: 'ArrowDown' })
    expect(radio('标准字').getAttribute('aria-checked')).toBe('true')
    expect(document.activeElement).toBe(radio('标准字'))
    expect(tabStops()).toEqual(['标准字'])
    fireEvent.keyDown(radio('标准字'), { key: 'ArrowRight' })
    fireEvent.keyDown(radio('大字模式'), { key: 'ArrowDown' }) // wraps to the first
    expect(document.activeElement).toBe(radio('跟随微信'))
    expect(radio('跟随微信').getAttribute('aria-checked')).toBe('true')
    fireEvent.keyDown(radio('跟随微信'), { key: 'ArrowUp' }) // wraps to the last
    expect(document.activeElement).toBe(radio('大字模式'))
    fireEvent.keyDown(radio('大字模式'), { key: 'Home' })
    expect(document.activeElement).toBe(radio('跟随微信'))
    fireEvent.keyDown(radio('跟随微信'), { key: 'End' })
    expect(radio('大字模式').getAttribute('aria-checked')).toBe('true')
  })

  it('Space and a click check; other keys do nothing', () => {
    render(<Group />)
    fireEvent.keyDown(radio('标准字'), { key: ' ' })
    expect(radio('标准字').getAttribute('aria-checked')).toBe('true')
    fireEvent.click(radio('大字模式'))
    expect(radio('大字模式').getAttribute('aria-checked')).toBe('true')
    fireEvent.keyDown(radio('大字模式'), { key: 'a' })
    expect(radio('大字模式').getAttribute('aria-checked')).toBe('true')
  })

  it('radioKeyTarget', () => {
    expect(radioKeyTarget('ArrowLeft', 0, 3)).toBe(2)
    expect(radioKeyTarget('Tab', 0, 3)).toBeNull()
    expect(radioKeyTarget('ArrowDown', 0, 0)).toBeNull()
  })
})
