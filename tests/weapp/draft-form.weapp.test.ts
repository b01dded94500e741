/**
 * Issue 24 item 6 in WeChat's simulator (the real weapp build): the draft's phone field is
 * WeChat's digit keyboard (Input type number: WeChat has no tel); 清空, confirmed in
 * wx.showModal, says what it did under its button, brings it into view (wx.pageScrollTo) and
 * tells the screen reader (wx.showToast); after 生成文本并复制, 复制网址 says the complaint is
 * no longer on the clipboard and what is, and 再复制投诉文本 puts the text back with
 * wx.setClipboardData.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import fs from 'fs'
import path from 'path'
import { DIST, launchApp, renderPage, textOf, unloadAllPages, waitFor, type RenderedPage } from './shim'

type Wx = Record<string, unknown>
type Call = { success?: (r: unknown) => void; complete?: () => void } & Record<string, unknown>
const storage = new Map<string, unknown>()
let wx: Wx
const calls: Record<string, Call[]> = {}
const record = (name: string, result: Record<string, unknown> = {}) => (opts: Call) => {
  ;(calls[name] ??= []).push(opts)
  opts.success?.({ errMsg: `${name}:ok`, ...result })
  opts.complete?.()
}

const DRAFT = {
  kind: 'complaint', businessName: '某某超市', businessAddress: '海口市龙华区某某路1号', what: '买的牛奶打开发现已经变质，找店员要求退货被拒绝。',
  date: '2021-09-12', amount: '', claim: '退货并退还货款', evidence: [], name: '', address: '', phone: '13800138000'
}

beforeAll(() => {
  wx = launchApp().wx
  wx.setStorageSync = (key: string, value: unknown) => { storage.set(key, JSON.parse(JSON.stringify(value))) }
  wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
  wx.removeStorageSync = (key: string) => { storage.delete(key) }
  for (const name of ['setClipboardData', 'showToast', 'pageScrollTo', 'navigateToMiniProgram']) wx[name] = record(name)
  wx.showModal = record('showModal', { confirm: true, cancel: false })
  storage.set('hq:complaint-draft', { state: { draft: DRAFT, savedAt: 1631600000000 }, version: 1 })
})
afterEach(unloadAllPages)

const buttonLabelled = (page: RenderedPage, label: string) =>
  page.component.querySelectorAll('.hq-button').find((b) => textOf(b.dom).trim() === label)

/** Taps the button whose text is `label`, once the page shows it. */
async function tap(page: RenderedPage, label: string) {
  await page.waitFor(() => buttonLabelled(page, label) !== undefined, `a button "${label}"`)
  buttonLabelled(page, label)!.dispatchEvent('tap')
}

/** Resolves once wx[name] has been called more than `count` times. */
const calledMore = (name: string, count: number) => waitFor(() => (calls[name]?.length ?? 0) > count, `wx.${name} to be called`)
const count = (name: string) => calls[name]?.length ?? 0

type TaroNode = { sid?: string; cn?: TaroNode[] } & Record<string, unknown>

/**
 * The `type` WeChat's <input> gets for the field labelled `label`. The simulator's input keeps
 * no properties, so this reads what the template binds: base.wxml's `type="{{i.<key>}}"`, in
 * the node of Taro's data tree (page.instance.data) with that input's data-sid.
 */
function inputType(page: RenderedPage, label: string): unknown {
  const key = /<input [^>]*\stype="\{\{i\.(\w+)/.exec(fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8'))?.[1]
  if (!key) throw new Error('base.wxml: no <input type="{{i.…}}">')
  const input = page.component.querySelectorAll('.draft__input')
    .find((c) => c.dom?.tagName === 'WX-INPUT' && (c.dom.parentElement?.textContent ?? '').startsWith(label))
  const sid = input?.dom?.getAttribute('data-sid')
  if (!sid) throw new Error(`no input labelled ${label}`)
  const find = (n: unknown): TaroNode | undefined => {
    if (!n || typeof n !== 'object') return undefined
    if ((n as TaroNode).sid === sid) return n as TaroNode
    for (const v of Object.values(n as object)) {
      const hit = find(v)
      if (hit) return hit
    }
    return undefined
  }
  const node = find((page.instance as unknown as { data: unknown }).data)
  if (!node) throw new Error(`no node ${sid} in the page's data`)
  return node[key]
}

test('the phone field is WeChat’s digit keyboard; the other one-line fields stay as they were', async () => {
  const page = await renderPage('packages/complaints/draft/index', { now: '2021-09-14' }, { until: '生成文本并复制' })
  expect(inputType(page, '您的电话')).toBe('number')
  expect(inputType(page, '涉及金额')).toBe('digit')
  expect(inputType(page, '商家名称')).toBe('text')
  expect(page.text()).toContain('座机要带区号，“-”可不填')
})

test('生成文本并复制, 复制网址, then 再复制投诉文本: the page says where the text is, and it goes back on the clipboard', async () => {
  const page = await renderPage('packages/complaints/draft/index', { now: '2021-09-14' }, { until: '生成文本并复制' })
  const copies = count('setClipboardData')
  await tap(page, '生成文本并复制')
  await page.waitForText('已复制到剪贴板。')
  await calledMore('setClipboardData', copies)
  const text = calls.setClipboardData.at(-1)!.data as string
  expect(text).toMatch(/^【消费投诉】\n联系电话：13800138000\n被投诉商家：某某超市/)

  await tap(page, '复制网址')
  await page.waitForText('已复制网址 https://www.12315.cn。投诉文本已不在剪贴板上，需要时点上面的“再复制投诉文本”。')
  expect(calls.setClipboardData.at(-1)).toMatchObject({ data: 'https://www.12315.cn' })
  expect(page.text()).toContain('剪贴板上现在是“https://www.12315.cn”，不再是投诉文本。')

  const before = count('setClipboardData')
  await tap(page, '再复制投诉文本')
  await page.waitForText('已再次复制到剪贴板。')
  await calledMore('setClipboardData', before)
  expect(calls.setClipboardData.at(-1)).toMatchObject({ data: text })
  await page.waitForNoText('投诉文本已不在剪贴板上')
})

test('清空, confirmed: under the button it says the draft is deleted, brings that into view and tells the screen reader', async () => {
  const page = await renderPage('packages/complaints/draft/index', { now: '2021-09-14' }, { until: '生成文本并复制' })
  const [modals, scrolls, toasts] = [count('showModal'), count('pageScrollTo'), count('showToast')]
  await tap(page, '清空')
  await page.waitForText('已清空：草稿已从这台手机上删除。')
  await calledMore('showModal', modals)
  expect(calls.showModal.at(-1)).toMatchObject({ title: '清空草稿？', confirmText: '清空', cancelText: '保留' })
  await calledMore('pageScrollTo', scrolls)
  expect(calls.pageScrollTo.at(-1)).toMatchObject({ selector: '#draft-cleared' })
  await calledMore('showToast', toasts)
  expect(calls.showToast.at(-1)).toMatchObject({ title: '已清空：草稿已从这台手机上删除。', icon: 'none' })
  expect(storage.has('hq:complaint-draft')).toBe(false)
  // Under 清空: the message comes right after the button, not at the top of the form.
  expect(page.texts().join('|')).toContain('生成文本并复制|清空|已清空：草稿已从这台手机上删除。')
})
