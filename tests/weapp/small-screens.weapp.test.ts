/**
 * Issue 24 item 7 in WeChat's simulator (see shim.ts): the runs that must not break across
 * lines (ui/NoWrap.tsx: a date, a phone number, a count inside running text) are drawn as
 * their own <text> with the global nowrap class, nested in the line's text, which still reads
 * whole; and the build carries that class for every page (app.wxss). The H5 layout itself is
 * checked at 320 px and in 大字模式 by tests/e2e/small-screens.e2e.ts.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import fs from 'fs'
import path from 'path'
import { DIST, launchApp, renderPage, textOf, unloadAllPages, type RenderedPage } from './shim'

beforeAll(() => {
  launchApp()
})
afterEach(unloadAllPages)

/** The texts of the nowrap runs inside the elements of `selector`. */
function runsIn(page: RenderedPage, selector: string): string[] {
  const lines = page.component.querySelectorAll(selector).map((el) => el.dom)
  return page.component.querySelectorAll('.hq-nowrap')
    .filter((run) => lines.some((line) => !!line && !!run.dom && line.contains(run.dom)))
    .map((run) => textOf(run.dom))
}

/** The whole text of the elements of `selector`. */
const linesOf = (page: RenderedPage, selector: string) => page.component.querySelectorAll(selector).map((el) => textOf(el.dom))

it('every page has the nowrap class: app.wxss, which WeChat applies to all pages and subpackages', () => {
  const appWxss = fs.readFileSync(path.join(DIST, 'app.wxss'), 'utf8')
  const imported = [...appWxss.matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => fs.readFileSync(path.join(DIST, m[1]), 'utf8'))
  expect([appWxss, ...imported].join('\n')).toMatch(/\.hq-nowrap\{white-space:nowrap\}/)
})

it('投诉: the contact line as printed, its phone number one run', async () => {
  const page = await renderPage('pages/complaints/index', { now: '2021-09-14' }, { until: '联系人：杨振；电话：0898-65396470' })
  expect(linesOf(page, '.channel__line')).toContain('联系人：杨振；电话：0898-65396470')
  expect(runsIn(page, '.channel__line')).toContain('0898-65396470')
  expect(runsIn(page, '.prep__after')).toEqual(['10个'])
})

it('the event page: a source’s date inside its selectable title is one run', async () => {
  const page = await renderPage('packages/events/detail/index', { id: 'open-day', now: '2021-09-14' }, { until: '来源：仪器信息网' })
  expect(linesOf(page, '.event-date__source-line').join('\n')).toContain('另见人民日报海外版2021年9月24日《全国检验检测机构开放日活动启动》')
  expect(runsIn(page, '.event-date__source-line')).toContain('2021年9月24日')
})

it('search: a result’s detail keeps its phone number whole beside the marked match', async () => {
  const page = await renderPage('packages/about/search/index', { q: encodeURIComponent('电话'), now: '2021-09-14' }, { until: /找到\d+条结果/ })
  await page.waitForText('0898-65396470')
  expect(runsIn(page, '.search-hit__detail')).toContain('0898-65396470')
  expect(linesOf(page, '.search-hit__detail')).toContain('联系人：杨振；电话：0898-65396470')
})
