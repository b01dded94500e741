/**
 * Dark mode on the production H5 build: the page follows the browser's prefers-color-scheme
 * (跟随系统), the 深色模式 choice on 首页 (浅色 / 深色) overrides it and is remembered with the
 * text size under hq:display; a corrupt stored appearance falls back to 跟随系统 and keeps the
 * text size. Colours are read from the computed styles of the page and the app's tab bar.
 */
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()

const DARK_BG = 'rgb(18, 18, 18)' // tokens.scss background, dark
const LIGHT_BG = 'rgb(245, 245, 245)' // tokens.scss background, light
const DARK_BAR = 'rgb(30, 30, 30)' // surface, dark: the tab bar
const LIGHT_BAR = 'rgb(255, 255, 255)'

/** The colours a user sees: the page on top, its text, the tab bar, and <html>'s color-scheme. */
const seen = (app: App) => app.page.evaluate(() => {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => el.getClientRects().length > 0)
  const root = pages[pages.length - 1]?.querySelector<HTMLElement>('.hq-display')
  const bar = document.querySelector<HTMLElement>('.hq-tabbar')
  return {
    page: root ? getComputedStyle(root).backgroundColor : 'no page',
    text: root ? getComputedStyle(root).color : 'no page',
    bar: bar ? getComputedStyle(bar).backgroundColor : 'no tab bar',
    scheme: getComputedStyle(document.documentElement).colorScheme
  }
})

/** 首页's theme header: its background and text colour. */
const hero = (app: App) => app.page.locator('.taro_page:visible .campaign-hero').last()
  .evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }))

/** The 深色模式 option that is checked. */
const checked = (app: App) => app.page.locator('.taro_page:visible').last()
  .getByRole('radiogroup', { name: '深色模式' }).getByRole('radio', { checked: true }).locator('.text-size__label').innerText()

async function openHome(colorScheme: 'light' | 'dark'): Promise<App> {
  const app = await e2e.open({ now: '2021-09-14' })
  await app.page.emulateMedia({ colorScheme })
  await app.waitForText('深色模式')
  return app
}

describe('dark mode (H5)', () => {
  it('跟随系统: a dark system gives a dark page and tab bar, a light one the light page as before', async () => {
    const app = await openHome('dark')
    expect(await checked(app)).toBe('跟随系统')
    expect(await seen(app)).toEqual({ page: DARK_BG, text: 'rgb(230, 230, 230)', bar: DARK_BAR, scheme: 'light dark' })
    // The theme's coloured header: a deep red at night, not a large bright block; white text on it.
    expect(await hero(app)).toEqual({ background: 'rgb(107, 31, 26)', color: 'rgb(255, 255, 255)' })
    await app.page.emulateMedia({ colorScheme: 'light' })
    expect(await seen(app)).toMatchObject({ page: LIGHT_BG, text: 'rgb(31, 31, 31)', bar: LIGHT_BAR })
    expect(await hero(app)).toEqual({ background: 'rgb(179, 38, 30)', color: 'rgb(255, 255, 255)' })
  })

  it('浅色 keeps the page light on a dark system; 跟随系统 turns it dark again', async () => {
    const app = await openHome('dark')
    await app.tap('浅色')
    expect(await checked(app)).toBe('浅色')
    expect(await seen(app)).toEqual({ page: LIGHT_BG, text: 'rgb(31, 31, 31)', bar: LIGHT_BAR, scheme: 'light' })
    await app.tap('跟随系统')
    expect(await seen(app)).toMatchObject({ page: DARK_BG, bar: DARK_BAR })
  })

  it('深色 on a light system is dark, on every tab, and is remembered after a reload', async () => {
    const app = await openHome('light')
    await app.tap('深色')
    expect(await seen(app)).toEqual({ page: DARK_BG, text: 'rgb(230, 230, 230)', bar: DARK_BAR, scheme: 'dark' })
    await app.openTab('投诉')
    expect(await seen(app)).toMatchObject({ page: DARK_BG, bar: DARK_BAR })
    await app.reload()
    expect(await seen(app)).toMatchObject({ page: DARK_BG, bar: DARK_BAR, scheme: 'dark' })
    await app.openTab('首页')
    await app.waitForText('深色模式')
    expect(await checked(app)).toBe('深色')
  })

  it('a corrupt stored appearance falls back to 跟随系统 and keeps 大字模式', async () => {
    const app = await openHome('light')
    await app.tap('大字模式')
    await app.tap('深色')
    // Spoil the stored appearance, keeping the rest of what Taro's storage wrote.
    const spoiled = await app.page.evaluate(() => {
      const raw = localStorage.getItem('hq:display') ?? ''
      const spoilt = raw.replace('"appearance":"dark"', '"appearance":"midnight"')
      localStorage.setItem('hq:display', spoilt)
      return spoilt !== raw
    })
    expect(spoiled).toBe(true)
    await app.reload()
    await app.waitForText('深色模式')
    expect(await checked(app)).toBe('跟随系统')
    expect(await seen(app)).toMatchObject({ page: LIGHT_BG })
    expect(await app.page.locator('.taro_page:visible').last().locator('[data-text-scale]').first().getAttribute('data-text-scale')).toBe('1.5')
  })

  it('axe finds nothing serious on 首页 with 深色 chosen, in standard and large text', async () => {
    const app = await openHome('light')
    await app.tap('深色')
    expect(await axeViolations(app.page)).toEqual([])
    await app.tap('大字模式')
    expect(await axeViolations(app.page)).toEqual([])
  })
})
