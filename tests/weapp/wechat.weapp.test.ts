/**
 * The real WeChat behaviour of issue 12 in WeChat's simulator (the production weapp build),
 * with WeChat's events stubbed on `wx` before the app launches (Taro proxies the wx APIs that
 * exist when it starts):
 * - our privacy consent sheet: a held setClipboardData shows it; 同意并继续 (the
 *   agreePrivacyAuthorization button) resolves agree with its buttonId and the copy goes
 *   through; 不同意 resolves disagree and the screen says to long-press instead; errno 112
 *   never shows the sheet and says the function is unavailable;
 * - the 12315 jump by shortLink (with appId ''), its fallback with the reason, cancel silent;
 * - a failed phone call shows the number;
 * - the update prompt (getUpdateManager → asked once → applyUpdate);
 * - share payloads with the 5:4 pictures drawn on an (stubbed) offscreen canvas, and without
 *   the picture when drawing fails.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
// Installs `wx` (the shim's later require gets the same module); below we add what the
// simulator lacks before the app launches in beforeAll. (require, not import: its .d.ts would
// pull in global wx typings that break `require.resolve` elsewhere.)
// eslint-disable-next-line import/no-commonjs, import/newline-after-import
require('miniprogram-simulate')
import { launchApp, renderPage, textOf, unloadAllPages, waitFor, type RenderedPage } from './shim'

type Opts = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: () => void } & Record<string, unknown>
type Resolve = (o: { event: string; buttonId?: string }) => void
const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
const calls: Record<string, Opts[]> = {}
const record = (name: string, opts: Opts) => { (calls[name] ??= []).push(opts) }
const ok = (name: string, opts: Opts, extra: Record<string, unknown> = {}) => {
  opts.success?.({ errMsg: `${name}:ok`, ...extra })
  opts.complete?.()
}
const fail = (opts: Opts, err: Record<string, unknown>) => {
  opts.fail?.(err)
  opts.complete?.()
}

// --- privacy: WeChat holds privacy APIs until our listener's resolve says agree/disagree ---
let privacyListener: ((resolve: Resolve, info: { referrer: string }) => void) | null = null
const privacyAnswers: Array<{ event: string; buttonId?: string }> = []
let privacyAgreed = false
let clipboardMode: 'consent' | 'undeclared' = 'consent'
wx.onNeedPrivacyAuthorization = (fn: typeof privacyListener) => { privacyListener = fn }
wx.openPrivacyContract = (opts: Opts) => { record('openPrivacyContract', opts); ok('openPrivacyContract', opts) }
wx.setClipboardData = (opts: Opts) => {
  record('setClipboardData', opts)
  if (clipboardMode === 'undeclared') {
    fail(opts, { errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 })
    return
  }
  if (privacyAgreed) return ok('setClipboardData', opts)
  if (!privacyListener) throw new Error('the app never registered onNeedPrivacyAuthorization')
  privacyListener((answer) => {
    privacyAnswers.push(answer)
    if (answer.event === 'agree') {
      privacyAgreed = true
      ok('setClipboardData', opts)
    } else if (answer.event === 'disagree') {
      fail(opts, { errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 })
    }
  }, { referrer: 'setClipboardData' })
}

// --- update manager: captured at launch ---
let updateReady: (() => void) | null = null
const applyUpdate = jest.fn()
wx.getUpdateManager = () => ({
  onCheckForUpdate: () => undefined,
  onUpdateReady: (fn: () => void) => { updateReady = fn },
  onUpdateFailed: () => undefined,
  applyUpdate
})
let modalAnswer = true
wx.showModal = (opts: Opts) => { record('showModal', opts); ok('showModal', opts, { confirm: modalAnswer, cancel: !modalAnswer }) }

// --- the rest is looked up when called ---
let navResult: 'ok' | 'cancel' | 'fail' = 'ok'
wx.navigateToMiniProgram = (opts: Opts) => {
  record('navigateToMiniProgram', opts)
  if (navResult === 'ok') return ok('navigateToMiniProgram', opts)
  fail(opts, { errMsg: navResult === 'cancel' ? 'navigateToMiniProgram:fail cancel' : 'navigateToMiniProgram:fail invalid shortLink' })
}
let callFails = false
wx.makePhoneCall = (opts: Opts) => {
  record('makePhoneCall', opts)
  if (callFails) return fail(opts, { errMsg: 'makePhoneCall:fail not supported' })
  ok('makePhoneCall', opts)
}
wx.showToast = (opts: Opts) => ok('showToast', opts)

// Offscreen Canvas 2D: records what is drawn; the export gives a numbered temp file.
const canvases: Array<{ width: number; height: number; texts: string[] }> = []
let exportFails = false
wx.createOffscreenCanvas = (o: { type: string; width: number; height: number }) => {
  if (o.type !== '2d') throw new Error(`expected a 2d offscreen canvas, got ${o.type}`)
  const canvas = {
    width: o.width, height: o.height, texts: [] as string[],
    getContext: () => ({
      fillStyle: '', font: '', textBaseline: '',
      scale: () => undefined, fillRect: () => undefined,
      fillText: (t: string) => canvas.texts.push(t),
      measureText: (t: string) => ({ width: Array.from(t).length * 20 })
    })
  }
  canvases.push(canvas)
  return canvas
}
wx.canvasToTempFilePath = (opts: Opts) => {
  record('canvasToTempFilePath', opts)
  if (exportFails) return fail(opts, { errMsg: 'canvasToTempFilePath:fail' })
  ok('canvasToTempFilePath', opts, { tempFilePath: `wxfile://tmp/card-${canvases.length}.png` })
}

const storage = new Map<string, unknown>()
wx.setStorageSync = (key: string, value: unknown) => { storage.set(key, JSON.parse(JSON.stringify(value))) }
wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
wx.removeStorageSync = (key: string) => { storage.delete(key) }

beforeAll(() => {
  launchApp()
})
afterEach(unloadAllPages)

const buttons = (page: RenderedPage) => page.component.querySelectorAll('.hq-button')
const labelled = (page: RenderedPage, label: string | RegExp) => buttons(page).find((b) => {
  const t = textOf(b.dom).trim()
  return typeof label === 'string' ? t === label : label.test(t)
})
function button(page: RenderedPage, label: string | RegExp) {
  const hit = labelled(page, label)
  if (!hit) throw new Error(`no button "${label}" among: ${buttons(page).map((b) => textOf(b.dom).trim()).join(' | ')}`)
  return hit
}
/** Taps the button, once the page shows it (the caller waits for what the tap brings). */
async function tap(page: RenderedPage, label: string | RegExp) {
  await page.waitFor(() => labelled(page, label) !== undefined, `a button "${label}"`)
  button(page, label).dispatchEvent('tap')
}
/** How many times wx[name] has been called so far; `calledMore` waits for one more. */
const count = (name: string) => calls[name]?.length ?? 0
const calledMore = (name: string, before: number) => waitFor(() => count(name) > before, `wx.${name} to be called`)

const SHEET = '需要您同意隐私保护指引'
const COPIED_URL = '已复制网址 https://www.12315.cn'

describe('privacy consent (our own sheet)', () => {
  test('refused: 不同意 resolves disagree; the copy fails and the screen says to long-press instead', async () => {
    const page = await renderPage('pages/complaints/index', {}, { until: '复制网址' })
    expect(privacyListener).not.toBeNull()
    expect(page.text()).not.toContain(SHEET)
    await tap(page, '复制网址')
    await page.waitForText(SHEET)
    // The sheet tells WeChat it is on screen.
    await waitFor(() => privacyAnswers.length > 0, 'the sheet to answer exposureAuthorization')
    const text = page.text()
    expect(text).toContain(SHEET)
    expect(text).toContain('复制到剪贴板。本程序只写入剪贴板，从不读取')
    expect(text).toContain('不联网，不向任何地方发送内容')
    expect(privacyAnswers).toEqual([{ event: 'exposureAuthorization' }])

    await tap(page, '不同意')
    const refused = '您没有同意本程序的隐私保护指引，所以没有复制。请长按文字手动复制。'
    await page.waitForText(refused)
    expect(privacyAnswers.at(-1)).toEqual({ event: 'disagree' })
    expect(page.text()).not.toContain(SHEET)
    expect(page.text()).toContain(refused)
  })

  test('the full guide opens with openPrivacyContract; 同意并继续 resolves agree with the button id and the copy goes through', async () => {
    const page = await renderPage('pages/complaints/index', {}, { until: '复制网址' })
    await tap(page, '复制网址')
    await page.waitForText(SHEET)
    expect(page.text()).toContain(SHEET)
    const guide = page.component.querySelectorAll('.privacy-sheet__link')[0]
    guide.dispatchEvent('tap')
    await calledMore('openPrivacyContract', 0)
    expect(calls.openPrivacyContract).toHaveLength(1)

    const agree = button(page, '同意并继续')
    // WeChat checks that the button whose id we send was tapped: the rendered button carries it.
    // (j-component keeps a component's id on its exparser node, as WeChat's own renderer does.)
    expect((agree as unknown as { _exparserNode: { id?: string } })._exparserNode.id).toBe('hq-privacy-agree')
    agree.dispatchEvent('agreeprivacyauthorization', { detail: {} })
    await page.waitForText(COPIED_URL)
    expect(privacyAnswers.at(-1)).toEqual({ event: 'agree', buttonId: 'hq-privacy-agree' })
    expect(calls.setClipboardData.at(-1)).toMatchObject({ data: 'https://www.12315.cn' })
    expect(page.text()).toContain(COPIED_URL)
    expect(page.text()).not.toContain(SHEET)
  })

  test('errno 112 (our undeclared API): no sheet, nothing to agree to; says unavailable and offers long-press', async () => {
    clipboardMode = 'undeclared'
    const asked = privacyAnswers.length
    const page = await renderPage('pages/complaints/index', {}, { until: '复制网址' })
    await tap(page, '复制网址')
    const unavailable = '复制功能暂时不可用（本程序的设置问题，不是您的操作问题）。请长按文字手动复制。'
    await page.waitForText(unavailable)
    expect(page.text()).not.toContain(SHEET)
    expect(page.hasShown(SHEET)).toBe(false)
    expect(privacyAnswers).toHaveLength(asked)
    expect(page.text()).toContain(unavailable)
    clipboardMode = 'consent'
  })
})

describe('12315: the mini-program by its shortLink', () => {
  // A jump that opens or is cancelled says nothing: it clears the status line. So these tests
  // first copy the web address (the status says so), then wait for that line to go as the
  // sign that the jump's answer has been handled, and only then check that nothing was said.
  async function copyFirst(page: RenderedPage) {
    privacyAgreed = true // (as the consent tests above left it: no sheet)
    await tap(page, '复制网址')
    await page.waitForText(COPIED_URL)
  }

  test('opens with navigateToMiniProgram({ appId: \'\', shortLink })', async () => {
    navResult = 'ok'
    const page = await renderPage('pages/complaints/index', {}, { until: '打开“12315”小程序' })
    expect(page.text()).not.toContain('复制“12315”')
    await copyFirst(page)
    const before = count('navigateToMiniProgram')
    await tap(page, '打开“12315”小程序')
    await calledMore('navigateToMiniProgram', before)
    expect(calls.navigateToMiniProgram.at(-1)).toMatchObject({ appId: '', shortLink: '#小程序://12315/bTgvVMQdjPhAHjr' })
    await page.waitForNoText(COPIED_URL)
    expect(page.text()).not.toContain('没能直接打开')
    expect(page.hasShown('没能直接打开')).toBe(false)
  })

  test('cancelled in WeChat\'s confirmation: nothing said; failed: the reason, then search + copy "12315"', async () => {
    const page = await renderPage('pages/complaints/index', {}, { until: '打开“12315”小程序' })
    await copyFirst(page)
    navResult = 'cancel'
    await tap(page, '打开“12315”小程序')
    await page.waitForNoText(COPIED_URL)
    expect(page.text()).not.toContain('没能直接打开')
    expect(page.hasShown('没能直接打开')).toBe(false)
    navResult = 'fail'
    await tap(page, '打开“12315”小程序')
    const failed = '没能直接打开“12315”小程序：微信没能打开（navigateToMiniProgram:fail invalid shortLink）。可以在微信中搜索「12315」'
    await page.waitForText(failed)
    expect(page.text()).toContain(failed)
    privacyAgreed = true
    await tap(page, '复制“12315”')
    const copied = '已复制“12315”，可在微信中搜索「12315」'
    await page.waitForText(copied)
    expect(calls.setClipboardData.at(-1)).toMatchObject({ data: '12315' })
    expect(page.text()).toContain(copied)
    navResult = 'ok'
  })

  test('a phone call that fails (not cancelled) says so and shows the number', async () => {
    callFails = true
    const page = await renderPage('pages/complaints/index', {}, { until: '拨打 12315' })
    await tap(page, '拨打 12315')
    const failed = '没能打开拨号（makePhoneCall:fail not supported）。请用手机直接拨打 12315。'
    await page.waitForText(failed)
    expect(page.text()).toContain(failed)
    callFails = false
  })
})

describe('update prompt', () => {
  test('a downloaded new version asks once; 现在重启 applies it', async () => {
    expect(updateReady).not.toBeNull()
    const before = calls.showModal?.length ?? 0
    modalAnswer = true
    updateReady!()
    // Asked from within WeChat's callback: showModal is called before updateReady returns.
    // (So below, right after the second call, a second question would already show.)
    expect(calls.showModal).toHaveLength(before + 1)
    await waitFor(() => applyUpdate.mock.calls.length > 0, '现在重启 to apply the update')
    expect(calls.showModal.at(-1)).toMatchObject({ title: '有新版本', confirmText: '现在重启', cancelText: '稍后' })
    expect(applyUpdate).toHaveBeenCalledTimes(1)
    updateReady!()
    expect(calls.showModal).toHaveLength(before + 1)
    expect(applyUpdate).toHaveBeenCalledTimes(1)
  })
})

describe('chat cards with their own 5:4 picture', () => {
  type Share = { title: string; path: string; imageUrl?: string; promise?: Promise<{ title: string; path: string; imageUrl?: string }> }
  const share = (page: RenderedPage, arg: unknown) => (page.instance.onShareAppMessage as (a: unknown) => Share).call(page.instance, arg)
  /** Resolves once a card showing `text` has been drawn and exported (canvasToTempFilePath answered for it). */
  const cardDrawn = (text: string) => waitFor(
    () => (calls.canvasToTempFilePath ?? []).some((o) => (o.canvas as { texts?: string[] } | undefined)?.texts?.includes(text)),
    `a card with "${text}" drawn and exported`
  )

  test('an event page: drawn when ready, so the share has title, path and picture at once', async () => {
    exportFails = false
    const page = await renderPage('packages/events/detail/index', { id: 'open-day' }, { until: '检验检测机构开放日' })
    await cardDrawn('检验检测机构开放日')
    const msg = share(page, { from: 'menu' })
    expect(msg.title).toBe('检验检测机构开放日 · 2021年海南省“质量月”活动')
    expect(msg.path).toBe('/packages/events/detail/index?id=open-day&edition=2021')
    expect(msg.imageUrl).toMatch(/^wxfile:\/\/tmp\/card-\d+\.png$/)
    const canvas = canvases.find((c) => c.texts.includes('检验检测机构开放日'))!
    expect(canvas.width / canvas.height).toBe(5 / 4)
    expect(canvas.texts).toContain('9月15日 · 全国启动')
  })

  test('a slogan\'s share button: title and path at once, its own picture through the promise', async () => {
    const page = await renderPage('packages/campaign/slogans/index', {}, { until: '2021年“质量月”活动口号' })
    const msg = share(page, { from: 'button', target: { id: 'share-s5', dataset: { id: 's5' } } })
    expect(msg.path).toBe('/packages/campaign/slogans/index?id=s5&edition=2021')
    expect(msg.imageUrl).toBeUndefined()
    const resolved = await msg.promise!
    expect(resolved).toMatchObject({ title: msg.title, path: msg.path, imageUrl: expect.stringMatching(/^wxfile:\/\/tmp\//) })
    expect(canvases.some((c) => c.texts.includes(msg.title))).toBe(true)
    // The page itself (menu) has its own card too.
    const pageMsg = share(page, { from: 'menu' })
    expect(pageMsg.title).toBe('2021年“质量月”活动口号')
    expect(pageMsg.imageUrl ?? (await pageMsg.promise!).imageUrl).toMatch(/^wxfile:\/\/tmp\//)
  })

  test('质量知识问答: the day’s card, drawn ahead, so the share has its picture at once', async () => {
    exportFails = false
    const page = await renderPage('packages/quiz/daily/index', { now: '2021-09-14' }, { until: '每日一练 · 9月14日' })
    await cardDrawn('9月14日的每日一练')
    const msg = share(page, { from: 'menu' })
    expect(msg.path).toBe('/packages/quiz/daily/index?date=2021-09-14&edition=2021')
    expect(msg.imageUrl ?? (await msg.promise!).imageUrl).toMatch(/^wxfile:\/\/tmp\//)
    const canvas = canvases.find((c) => c.texts.includes('9月14日的每日一练'))!
    expect(canvas.width / canvas.height).toBe(5 / 4)
  })

  test('when the picture cannot be drawn, the share still goes out without it', async () => {
    exportFails = true
    const page = await renderPage('packages/events/detail/index', { id: 'green-cert-week' }, { until: '绿色产品认证宣传周' })
    const msg = share(page, { from: 'menu' })
    expect(msg.path).toBe('/packages/events/detail/index?id=green-cert-week&edition=2021')
    const resolved = await msg.promise!
    expect(resolved).toEqual({ title: msg.title, path: msg.path })
    exportFails = false
  })
})
