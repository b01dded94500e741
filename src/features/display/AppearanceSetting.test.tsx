import Taro from '@tarojs/taro'
import { act, render, screen, fireEvent } from '@testing-library/react'
import { DisplayRoot } from './DisplayRoot'
import { AppearanceSetting } from './AppearanceSetting'
import { useDisplayStore } from './store'

const KEY = 'hq:display'

beforeEach(() => {
  localStorage.clear()
  useDisplayStore.setState({ mode: 'auto', appearance: 'system' })
})

function Page() {
  return (
    <DisplayRoot>
      <AppearanceSetting />
    </DisplayRoot>
  )
}

const root = (c: HTMLElement) => c.querySelector('.hq-display') as HTMLElement
const checked = () => screen.getAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => r.textContent)

/** Puts a value in storage and reads it as a restarted app would. */
async function restart(value: unknown) {
  Taro.setStorageSync(KEY, value)
  await useDisplayStore.persist.rehydrate()
}

describe('深色模式 setting', () => {
  it('is a radio group of 跟随系统 / 浅色 / 深色, 跟随系统 checked at first', () => {
    render(<Page />)
    const group = screen.getByRole('radiogroup', { name: '深色模式' })
    expect(Array.from(group.querySelectorAll('[role="radio"]'), (r) => r.querySelector('.text-size__label')?.textContent)).toEqual(['跟随系统', '浅色', '深色'])
    expect(checked()).toEqual([expect.stringContaining('跟随系统')])
  })

  it('深色 and 浅色 put their class on the page root and on <html> (H5 bars); 跟随系统 removes it', () => {
    const { container } = render(<Page />)
    fireEvent.click(screen.getByText('深色'))
    expect(root(container).classList.contains('hq-dark')).toBe(true)
    expect(document.documentElement.classList.contains('hq-dark')).toBe(true)
    expect(checked()).toEqual([expect.stringContaining('深色')])
    fireEvent.click(screen.getByText('浅色'))
    expect([root(container).classList.contains('hq-light'), root(container).classList.contains('hq-dark')]).toEqual([true, false])
    expect(document.documentElement.className).toBe('hq-light')
    fireEvent.click(screen.getByText('跟随系统'))
    expect(root(container).className).not.toMatch(/hq-(light|dark)/)
    expect(document.documentElement.className).toBe('')
  })

  it('the arrow keys move the check, one Tab stop', () => {
    render(<Page />)
    const stops = screen.getAllByRole('radio').filter((r) => r.getAttribute('tabindex') === '0')
    expect(stops).toHaveLength(1)
    fireEvent.keyDown(stops[0], { key: 'ArrowUp' })
    expect(useDisplayStore.getState().appearance).toBe('dark')
  })

  it('is remembered with the text size under hq:display', () => {
    render(<Page />)
    act(() => useDisplayStore.getState().setMode('large'))
    fireEvent.click(screen.getByText('深色'))
    expect(Taro.getStorageSync(KEY)).toEqual({ state: { mode: 'large', appearance: 'dark' }, version: 2 })
  })
})

describe('hq:display in storage', () => {
  it('a version 1 value keeps its text size and follows the system', async () => {
    useDisplayStore.setState({ appearance: 'dark' })
    await restart({ state: { mode: 'large' }, version: 1 })
    expect(useDisplayStore.getState()).toMatchObject({ mode: 'large', appearance: 'system' })
  })

  it('a corrupt appearance falls back to 跟随系统 and keeps the text size', async () => {
    await restart({ state: { mode: 'standard', appearance: 'neon' }, version: 2 })
    expect(useDisplayStore.getState()).toMatchObject({ mode: 'standard', appearance: 'system' })
  })

  it('a stored choice comes back', async () => {
    await restart({ state: { mode: 'auto', appearance: 'light' }, version: 2 })
    expect(useDisplayStore.getState()).toMatchObject({ mode: 'auto', appearance: 'light' })
  })

  it('something that is not a choice at all starts fresh', async () => {
    useDisplayStore.setState({ mode: 'large', appearance: 'dark' })
    await restart('garbage')
    expect(useDisplayStore.getState()).toMatchObject({ mode: 'auto', appearance: 'system' })
  })
})
