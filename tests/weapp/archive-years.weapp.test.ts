/**
 * Years after the campaign, in WeChat's simulator (the real weapp build; issue 24, items 3
 * and 8): on 2026-12-07 the 2021 campaign's contact has no call button and says whose contact
 * it is, 首页 says 2026's campaign is not in the app with 投诉举报 · 12315 · 12345 its first
 * action, 往届 calls 2021 最近一届; on 2021-09-14 the contact's call button is there. In
 * 关于本程序 (and on an event page) a source address is copied with a toast that says so.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 *
 * The app clock is set by each page's `now` parameter and stays set for later pages in this
 * file (shim.ts), so every render names its day.
 */
import { launchApp, renderPage, textOf, unloadAllPages, waitFor, type RenderedPage } from './shim'
import { URL_COPIED } from '../../src/platform/open-url.shared'

type Wx = Record<string, unknown>
const calls: Record<string, Array<Record<string, unknown>>> = {}
const record = (name: string) => (opts: { success?: (r: unknown) => void; complete?: () => void } & Record<string, unknown>) => {
  ;(calls[name] ??= []).push(opts)
  opts.success?.({ errMsg: `${name}:ok` })
  opts.complete?.()
}
const count = (name: string) => calls[name]?.length ?? 0

beforeAll(() => {
  const wx: Wx = launchApp().wx
  for (const name of ['setClipboardData', 'makePhoneCall', 'showToast']) wx[name] = record(name)
})
afterEach(unloadAllPages)

const TODAY = '2026-12-07'
const DURING = '2021-09-14'
const CONTACT = '2021年质量月活动联系人（通知原文）'
const CALL_CONTACT = '拨打 0898-65396470'
const OPEN_DAY_URL = 'https://www.instrument.com.cn/news/20210907/590893.shtml'

/** The texts of the page's buttons (`.hq-button`, the quick entries…) in document order. */
const buttons = (page: RenderedPage, selector: string) => page.component.querySelectorAll(selector).map((b) => textOf(b.dom).trim())

describe(`${TODAY}: an archive`, () => {
  test('投诉: the 2021 contact is labelled as such, an archive, with no call button; 12315 and 12345 still call', async () => {
    const page = await renderPage('pages/complaints/index', { now: TODAY }, { until: [CONTACT, '拨打 12345'] })
    const text = page.text()
    expect(text).toContain('该活动已结束，此处仅作存档')
    expect(text).toContain('联系人：杨振；电话：0898-65396470')
    expect(text).not.toContain(CALL_CONTACT)
    const all = buttons(page, '.hq-button')
    expect(all).toEqual(expect.arrayContaining(['拨打 12315', '拨打 12345', '复制邮箱']))
    expect(all.filter((b) => b.includes('0898'))).toEqual([])
  })

  test('首页: says 2026\'s campaign is not in the app, before 2021; 投诉举报 · 12315 · 12345 is the first quick entry', async () => {
    const page = await renderPage('pages/home/index', { now: TODAY }, { until: '2026年“质量月”活动尚未在本程序发布' })
    const text = page.text()
    expect(text).toContain('以下是最近一届（2021年）的活动，已结束，作为存档供查阅。')
    expect(text.indexOf('尚未在本程序发布')).toBeLessThan(text.indexOf('2021年海南省“质量月”活动'))
    expect(text).toContain('2021年活动已结束（存档），以下内容供回顾查阅')
    const entries = buttons(page, '.quick-entry')
    expect(entries[0]).toBe('投诉举报12315 · 12345')
    expect(entries[1]).toMatch(/^活动日历/)
    // Nothing between the search box and it asks to be pressed: the hero is text only.
    expect(page.component.querySelectorAll('.campaign-hero .hq-button')).toHaveLength(0)
  })

  test('往届 calls 2021 最近一届（2021年）, never 本届', async () => {
    const page = await renderPage('packages/archive/list/index', { now: TODAY }, { until: '最近一届（2021年）' })
    const text = page.text()
    expect(text).toContain('没有更早的活动：本程序目前只收录了2021年海南省“质量月”活动。')
    expect(text).not.toContain('本届')
  })

  test('关于 has 往届活动 and 关于本程序 at its top, before the 目录', async () => {
    const page = await renderPage('pages/about/index', { now: TODAY }, { until: ['往届活动', '目录'] })
    const texts = page.texts()
    expect(texts.indexOf('往届活动')).toBeLessThan(texts.indexOf('目录'))
    expect(texts.indexOf('关于本程序')).toBeLessThan(texts.indexOf('目录'))
  })
})

describe(`${DURING}: the campaign is on`, () => {
  test('投诉: the contact\'s call button is there and dials the number', async () => {
    const page = await renderPage('pages/complaints/index', { now: DURING }, { until: [CONTACT, CALL_CONTACT] })
    const before = count('makePhoneCall')
    const call = page.component.querySelectorAll('.hq-button').find((b) => textOf(b.dom).trim() === CALL_CONTACT)!
    call.dispatchEvent('tap')
    await waitFor(() => count('makePhoneCall') > before, 'wx.makePhoneCall to be called')
    expect(calls.makePhoneCall.at(-1)).toMatchObject({ phoneNumber: '0898-65396470' })
  })
})

describe('a source address on weapp: copied, with a toast saying so', () => {
  test('关于本程序: 复制 beside an address copies it and the toast says where to paste it', async () => {
    const page = await renderPage('packages/about/app-info/index', { now: TODAY }, { until: OPEN_DAY_URL })
    const [clips, toasts] = [count('setClipboardData'), count('showToast')]
    const copy = page.component.querySelectorAll('.notice-copy').find((b) => {
      const row = b.dom?.closest('[class*="source-row__url"]')
      return !!row && textOf(row).includes(OPEN_DAY_URL)
    })!
    copy.dispatchEvent('tap')
    await waitFor(() => count('showToast') > toasts, 'wx.showToast after the copy')
    expect(count('setClipboardData')).toBe(clips + 1)
    expect(calls.setClipboardData.at(-1)).toMatchObject({ data: OPEN_DAY_URL })
    expect(calls.showToast.at(-1)).toMatchObject({ title: URL_COPIED, icon: 'none' })
    await page.waitForText('已复制')
  })

  test('an event page: a tap on the address copies it, with the toast', async () => {
    const page = await renderPage('packages/events/detail/index', { id: 'open-day', now: DURING }, { until: OPEN_DAY_URL })
    const toasts = count('showToast')
    const address = page.component.querySelectorAll('.url-link').find((t) => textOf(t.dom).trim() === OPEN_DAY_URL)!
    address.dispatchEvent('tap')
    await waitFor(() => count('showToast') > toasts, 'wx.showToast after the copy')
    expect(calls.setClipboardData.at(-1)).toMatchObject({ data: OPEN_DAY_URL })
    expect(calls.showToast.at(-1)).toMatchObject({ title: URL_COPIED })
  })
})
