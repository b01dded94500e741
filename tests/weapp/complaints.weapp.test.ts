/**
 * 投诉 in WeChat's simulator (the real weapp build): both channels; with the shipped bundle
 * (12315's shortLink) the mini-program opens by navigateToMiniProgram; the guided choice
 * reaches 12315 and 12345; a draft saved on the phone comes back on the tab and on the
 * draft page. (The jump's fallback and the privacy sheet: wechat.weapp.test.ts.)
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, renderPage, textOf, unloadAllPages, type RenderedPage } from './shim'

type Wx = Record<string, unknown>
const storage = new Map<string, unknown>()
let wx: Wx
const calls: Record<string, unknown[]> = {}
const record = (name: string) => (opts: { success?: (r: unknown) => void; complete?: () => void } & Record<string, unknown>) => {
  ;(calls[name] ??= []).push(opts)
  opts.success?.({ errMsg: `${name}:ok` })
  opts.complete?.()
}

beforeAll(() => {
  wx = launchApp().wx
  wx.setStorageSync = (key: string, value: unknown) => { storage.set(key, JSON.parse(JSON.stringify(value))) }
  wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
  wx.removeStorageSync = (key: string) => { storage.delete(key) }
  for (const name of ['setClipboardData', 'navigateToMiniProgram', 'makePhoneCall', 'showToast']) wx[name] = record(name)
  storage.set('hq:complaint-draft', {
    state: {
      draft: { kind: 'report', businessName: '某某药店', businessAddress: '三亚市某路2号', what: '宣传保健品能治病。', date: '2021-09-12', amount: '', claim: '', evidence: ['photo'], name: '', phone: '' },
      savedAt: 1631600000000
    },
    version: 1
  })
})
afterEach(unloadAllPages)

/** Taps the first button whose text is `label` (exactly, or matching). */
async function tap(page: RenderedPage, label: string | RegExp) {
  const buttons = page.component.querySelectorAll('.hq-button')
  const hit = buttons.find((b) => {
    const t = textOf(b.dom).trim()
    return typeof label === 'string' ? t === label : label.test(t)
  })
  if (!hit) throw new Error(`no button "${label}" among: ${buttons.map((b) => textOf(b.dom).trim()).join(' | ')}`)
  const before = page.root.innerHTML
  hit.dispatchEvent('tap')
  // On a busy machine Taro's setData can take longer than settle()'s quiet period to start:
  // wait (bounded) for the page to change first.
  for (let waited = 0; waited < 2000 && page.root.innerHTML === before; waited += 20) await new Promise((r) => setTimeout(r, 20))
  await page.settle()
}

test('a draft saved on the phone comes back on the tab and on the draft page', async () => {
  // First in this file: the draft store reads the phone's storage when the first complaints page loads.
  const tab = await renderPage('pages/complaints/index')
  expect(tab.text()).toContain('已有一份未完成的举报草稿：某某药店')
  expect(tab.text()).toContain('继续写草稿')
  const draftPage = await renderPage('packages/complaints/draft/index', { now: '2021-09-14' })
  const text = draftPage.text()
  expect(text).toContain('被举报的商家')
  expect(text).toContain('2021年9月12日')
  expect(text).toContain('☑照片或视频')
  expect(text).toContain('已自动保存在本机')
})

test('投诉 shows both channels; 12315 opens its mini-program by the shortLink', async () => {
  const page = await renderPage('pages/complaints/index')
  const text = page.text()
  for (const s of ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '在微信中搜索「12315」', '拨打 12345', '打开“12315”小程序']) expect(text).toContain(s)
  expect(text).not.toContain('复制“12315”')

  await tap(page, '打开“12315”小程序')
  expect(calls.navigateToMiniProgram?.at(-1)).toMatchObject({ appId: '', shortLink: '#小程序://12315/bTgvVMQdjPhAHjr' })

  await tap(page, '复制网址')
  expect(calls.setClipboardData?.at(-1)).toMatchObject({ data: 'https://www.12315.cn' })
  expect(page.text()).toContain('已复制网址 https://www.12315.cn')

  await tap(page, '拨打 12315')
  expect(calls.makePhoneCall?.at(-1)).toMatchObject({ phoneNumber: '12315' })
})

test('the guided choice reaches 12315 and 12345', async () => {
  const page = await renderPage('pages/complaints/index')
  await tap(page, /^商家/)
  await tap(page, /^解决我和商家之间的纠纷/)
  expect(page.text()).toContain('找12315，选“我要投诉”')
  await tap(page, '重新选择')
  await tap(page, '说不清')
  expect(page.text()).toContain('先打12345问一问')
})

