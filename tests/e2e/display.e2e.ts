/**
 * 适老化 large-text mode on H5: choosing 大字模式 makes body text at least 18 pt (24 CSS px)
 * and touch targets at least 60 px, on every page and in the app's own bars (Taro's title bar
 * and tab bar, outside the pages), and the choice survives a reload.
 */
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()
let app: App

const px = (a: App, selector: string, prop: 'fontSize' | 'height') =>
  a.page.locator('.taro_page:visible').last().locator(selector).first()
    .evaluate((el, p) => parseFloat(getComputedStyle(el)[p as 'fontSize']), prop)

/** The same, of the title bar or the tab bar (outside the pages). */
const barPx = (a: App, selector: string, prop: 'fontSize' | 'height') =>
  a.page.locator(selector).first()
    .evaluate((el, p) => p === 'height' ? el.getBoundingClientRect().height : parseFloat(getComputedStyle(el).fontSize), prop)

it('大字模式 scales body text to ≥ 24 px and targets to ≥ 60 px, and is remembered', async () => {
  app = await e2e.open({ now: '2021-09-14' })
  await app.waitForText('字体大小')
  const before = await px(app, '.work-line__title', 'fontSize')
  expect(before).toBeGreaterThanOrEqual(15)
  expect(before).toBeLessThan(24)
  expect(await barPx(app, '.taro-navigation-bar-title', 'fontSize')).toBeLessThan(24)
  const tabLabel = await barPx(app, '.hq-tabbar__label', 'fontSize')

  await app.tap('大字模式')
  await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1.5"]') !== null)
  expect(await px(app, '.work-line__title', 'fontSize')).toBeGreaterThanOrEqual(24)
  expect(await px(app, '.text-size__option', 'height')).toBeGreaterThanOrEqual(60)
  // The title bar's title (a heading) and the tab bar's labels and targets grow too.
  expect(await barPx(app, '.taro-navigation-bar-title', 'fontSize')).toBeGreaterThanOrEqual(24)
  expect(await barPx(app, '.hq-tabbar__label', 'fontSize')).toBeGreaterThanOrEqual(tabLabel * 1.5)
  expect(await barPx(app, '.hq-tabbar__item', 'height')).toBeGreaterThanOrEqual(60)

  await app.reload()
  await app.waitForText('字体大小')
  expect(await px(app, '.work-line__title', 'fontSize')).toBeGreaterThanOrEqual(24)
  expect(await barPx(app, '.taro-navigation-bar-title', 'fontSize')).toBeGreaterThanOrEqual(24)

  // Other pages follow the same choice.
  await app.openTab('关于')
  await app.waitForText('一、活动主题')
  expect(await app.page.locator('.taro_page:visible [data-text-scale="1.5"]').count()).toBeGreaterThan(0)
  expect(await axeViolations(app.page)).toEqual([])

  await app.openTab('首页')
  await app.tap('标准字')
  await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1"]') !== null)
  expect(await px(app, '.work-line__title', 'fontSize')).toBeCloseTo(before, 0)
  expect(await barPx(app, '.taro-navigation-bar-title', 'fontSize')).toBeLessThan(24)
  expect(await barPx(app, '.hq-tabbar__label', 'fontSize')).toBeCloseTo(tabLabel, 0)
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
})
