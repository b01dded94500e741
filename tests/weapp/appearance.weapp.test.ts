/**
 * Dark mode in the weapp build. app.json turns WeChat's darkmode on and takes its bar and
 * window colours from theme.json (every `@name` it uses is defined there for both schemes);
 * app.wxss declares the palette for the page, again under prefers-color-scheme: dark, and for
 * the 浅色 / 深色 classes; in the simulator, the 深色模式 choice on 关于本程序 puts the class of
 * the chosen scheme on the page's root (none for 跟随系统).
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import fs from 'fs'
import path from 'path'
import { DIST, readAppJson, renderPage, textOf, unloadAllPages, type RenderedPage } from './shim'

afterEach(unloadAllPages)

const read = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8')

describe('dist/app.json and dist/theme.json', () => {
  const app = readAppJson() as unknown as Record<string, unknown>
  const theme = JSON.parse(read('theme.json')) as Record<'light' | 'dark', Record<string, string>>

  test('darkmode is on, with theme.json as the theme', () => {
    expect([app.darkmode, app.themeLocation]).toEqual([true, 'theme.json'])
  })

  test('every @variable app.json uses has a value in both schemes of theme.json', () => {
    const used = Array.from(JSON.stringify(app).matchAll(/"@([A-Za-z0-9_]+)"/g), (m) => m[1])
    // The title bar, the window and the tab bar: 8 values.
    expect(new Set(used).size).toBe(8)
    for (const scheme of ['light', 'dark'] as const) {
      expect([scheme, used.filter((name) => typeof theme[scheme][name] !== 'string')]).toEqual([scheme, []])
    }
  })

  test('theme.json is src/theme.json as it is', () => {
    expect(theme).toEqual(JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/theme.json'), 'utf8')))
  })

  test('the tab icons are real files in the build (one PNG per tab and state serves both schemes)', () => {
    const list = (app.tabBar as { list: Array<{ iconPath: string; selectedIconPath: string }> }).list
    for (const tab of list) {
      for (const icon of [tab.iconPath, tab.selectedIconPath]) expect([icon, fs.existsSync(path.join(DIST, icon))]).toEqual([icon, true])
    }
  })

  test('app.wxss: the palette on the page, the dark set under prefers-color-scheme and on .hq-dark, the light one on .hq-light', () => {
    // app.wxss and what it @imports (Taro puts the app's own styles in app-origin.wxss).
    const top = read('app.wxss')
    const wxss = [top, ...Array.from(top.matchAll(/@import\s*"\.\/([^"]+)"/g), (m) => read(m[1]))].join('').replace(/\s+/g, '')
    expect(wxss).toMatch(/(page,\.hq-light|\.hq-light,page)\{--cb:#b3261e;/)
    expect(wxss).toMatch(/@media\(prefers-color-scheme:dark\)\{page\{--cb:#f28b82;/)
    expect(wxss).toMatch(/\.hq-dark\{--cb:#f28b82;/)
  })
})

describe('the 深色模式 choice', () => {
  const options = (page: RenderedPage) => page.component.querySelectorAll('.text-size__option')
  const tap = (page: RenderedPage, label: string) => {
    const option = options(page).find((o) => textOf(o.dom).startsWith(`○${label}`) || textOf(o.dom).startsWith(`●${label}`))
    if (!option) throw new Error(`no option ${label}: ${options(page).map((o) => textOf(o.dom)).join(' | ')}`)
    option.dispatchEvent('tap')
  }
  const rootClass = (page: RenderedPage) => (page.component.querySelector('.hq-display')?.dom as Element | undefined)?.className ?? ''

  test('is shown on 关于本程序 and puts the chosen scheme’s class on the page root', async () => {
    const page = await renderPage('packages/about/app-info/index', {}, { until: ['深色模式', '跟随系统', '浅色', '深色'] })
    expect(rootClass(page)).not.toMatch(/hq-(dark|light)/)
    tap(page, '深色')
    await page.waitFor(() => /\bhq-dark\b/.test(rootClass(page)), 'the root to carry hq-dark')
    tap(page, '浅色')
    await page.waitFor(() => /\bhq-light\b/.test(rootClass(page)) && !/\bhq-dark\b/.test(rootClass(page)), 'the root to carry hq-light only')
    tap(page, '跟随系统')
    await page.waitFor(() => !/hq-(dark|light)/.test(rootClass(page)), 'the root to carry neither class')
  })
})
