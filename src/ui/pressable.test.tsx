/**
 * ui/pressable: a Taro View or Button becomes a Tab stop with a role, a name and its state,
 * and Enter, Space and a click press it; other keys do not.
 */
import { fireEvent, render, screen } from '@testing-library/react'
import { Button, View } from '@tarojs/components'
import { pressable } from './pressable'

describe('pressable', () => {
  it('gives a View a role, a Tab stop and presses on click, Enter and Space only', () => {
    const onPress = jest.fn()
    render(<View {...pressable(onPress)}>关注</View>)
    const el = screen.getByRole('button', { name: '关注' })
    expect(el.getAttribute('tabindex')).toBe('0')
    fireEvent.click(el)
    fireEvent.keyDown(el, { key: 'Enter' })
    fireEvent.keyDown(el, { key: ' ' })
    fireEvent.keyDown(el, { key: 'a' })
    fireEvent.keyDown(el, { key: 'Tab' })
    expect(onPress).toHaveBeenCalledTimes(3)
  })

  it('carries the state of toggles and options, and a label', () => {
    render(
      <>
        <Button {...pressable(() => {}, 'button', { pressed: true, label: '环境，3项，已选' })}>环境</Button>
        <View {...pressable(() => {}, 'checkbox', { checked: false })}>发票</View>
        <View {...pressable(() => {}, 'button', { expanded: false, disabled: true })}>筛选</View>
      </>
    )
    expect(screen.getByRole('button', { name: '环境，3项，已选' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('checkbox', { name: '发票' }).getAttribute('aria-checked')).toBe('false')
    const toggle = screen.getByRole('button', { name: '筛选' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(toggle.getAttribute('aria-disabled')).toBe('true')
  })
})
