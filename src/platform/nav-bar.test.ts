/**
 * H5: Taro's title bar buttons (bare <div>s with a click listener) become keyboard buttons
 * with names (nav-bar.h5.ts). The bar here is built as @tarojs/router 4.2.1 builds it.
 */
import { fixNavigationBar } from './nav-bar.h5'

function taroBar() {
  document.body.innerHTML = `
    <div id="taro-navigation-bar" class="taro-navigation-bar-back-icon taro-navigation-bar-show">
      <div class="taro-navigation-bar-home"><svg></svg></div>
      <div class="taro-navigation-bar-back"><svg></svg></div>
      <div class="taro-navigation-bar-title-wrap"><div class="taro-navigation-bar-loading"></div><div class="taro-navigation-bar-title">搜索</div></div>
    </div>`
  const back = document.querySelector<HTMLElement>('.taro-navigation-bar-back')!
  const home = document.querySelector<HTMLElement>('.taro-navigation-bar-home')!
  const onBack = jest.fn()
  const onHome = jest.fn()
  back.addEventListener('click', onBack)
  home.addEventListener('click', onHome)
  return { back, home, onBack, onHome }
}

it('is false until Taro has put the bar in the page', () => {
  document.body.innerHTML = ''
  expect(fixNavigationBar()).toBe(false)
})

it('makes 返回 and 首页 named buttons that Tab reaches and Enter or Space presses', () => {
  const { back, home, onBack, onHome } = taroBar()
  expect(fixNavigationBar()).toBe(true)
  expect(back.getAttribute('role')).toBe('button')
  expect(back.getAttribute('tabindex')).toBe('0')
  expect(back.getAttribute('aria-label')).toBe('返回')
  expect(back.textContent).toBe('返回')
  expect(home.getAttribute('aria-label')).toBe('回到首页')
  back.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  expect(onBack).toHaveBeenCalledTimes(1)
  home.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
  expect(onHome).toHaveBeenCalledTimes(1)
  back.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
  expect(onBack).toHaveBeenCalledTimes(1)
  expect(document.querySelector('.taro-navigation-bar-title')!.getAttribute('role')).toBe('heading')
})

it('fixes each button once (the word is not added twice)', () => {
  const { back, onBack } = taroBar()
  fixNavigationBar()
  fixNavigationBar()
  expect(back.querySelectorAll('.hq-nav-word')).toHaveLength(1)
  back.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  expect(onBack).toHaveBeenCalledTimes(1)
})
