/**
 * 投诉 in WeChat's simulator (the real weapp build): both channels; with the shipped bundle
 * (12315's shortLink) the mini-program opens by navigateToMiniProgram; the guided choice
 * reaches 12315 and 12345; a draft saved on the phone comes back on the tab and on the
 * draft page. (The jump's fallback and the privacy sheet: wechat.weapp.test.ts.)
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, renderPage, textOf, unloadAllPages, waitFor, type RenderedPage } from './shim'

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

const labelled = (page: RenderedPage, label: string | RegExp) => page.component.querySelectorAll('.hq-button').find((b) => {
  const t = textOf(b.dom).trim()
  return typeof label === 'string' ? t === label : label.test(t)
})

/**
 * Taps the first button whose text is `label` (exactly, or matching), once the page shows it
 * (a tap's result comes later: the caller waits for what it expects next).
 */
async function tap(page: RenderedPage, label: string | RegExp) {
  await page.waitFor(() => labelled(page, label) !== undefined, `a button "${label}"`)
  labelled(page, label)!.dispatchEvent('tap')
}

/** Resolves once wx[name] has been called more than `count` times. */
const calledMore = (name: string, count: number) => waitFor(() => (calls[name]?.length ?? 0) > count, `wx.${name} to be called`)

test('a draft saved on the phone comes back on the tab and on the draft page', async () => {
  // First in this file: the draft store reads the phone's storage when the first complaints page loads.
  const tab = await renderPage('pages/complaints/index', {}, { until: '已有一份未完成的举报草稿：某某药店' })
  expect(tab.text()).toContain('已有一份未完成的举报草稿：某某药店')
  expect(tab.text()).toContain('继续写草稿')
  const want = ['被举报的商家', '2021年9月12日', '☑照片或视频', '已自动保存在本机']
  const draftPage = await renderPage('packages/complaints/draft/index', { now: '2021-09-14' }, { until: want })
  const text = draftPage.text()
  for (const s of want) expect(text).toContain(s)
})

test('投诉 shows both channels; 12315 opens its mini-program by the shortLink', async () => {
  const want = ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '在微信中搜索「12315」', '拨打 12345', '打开“12315”小程序']
  const page = await renderPage('pages/complaints/index', {}, { until: want })
  const text = page.text()
  for (const s of want) expect(text).toContain(s)
  expect(text).not.toContain('复制“12315”')

  const jumps = calls.navigateToMiniProgram?.length ?? 0
  await tap(page, '打开“12315”小程序')
  await calledMore('navigateToMiniProgram', jumps)
  expect(calls.navigateToMiniProgram?.at(-1)).toMatchObject({ appId: '', shortLink: '#小程序://12315/bTgvVMQdjPhAHjr' })

  await tap(page, '复制网址')
  await page.waitForText('已复制网址 https://www.12315.cn')
  expect(calls.setClipboardData?.at(-1)).toMatchObject({ data: 'https://www.12315.cn' })
  expect(page.text()).toContain('已复制网址 https://www.12315.cn')

  const dials = calls.makePhoneCall?.length ?? 0
  await tap(page, '拨打 12315')
  await calledMore('makePhoneCall', dials)
  expect(calls.makePhoneCall?.at(-1)).toMatchObject({ phoneNumber: '12315' })
})

test('the guided choice reaches 12315 and 12345', async () => {
  const page = await renderPage('pages/complaints/index', {}, { until: '我该找谁？' })
  await tap(page, /^商家/)
  await tap(page, /^解决我和商家之间的纠纷/)
  await page.waitForText('找12315，选“我要投诉”')
  expect(page.text()).toContain('找12315，选“我要投诉”')
  await tap(page, '重新选择')
  await tap(page, '说不清')
  await page.waitForText('先打12345问一问')
  expect(page.text()).toContain('先打12345问一问')
})
