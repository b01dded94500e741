/**
 * The privacy API flows in WeChat's simulator (the production weapp build), both ways WeChat
 * asks for consent (docs/privacy.md, "两种授权方式"):
 * (a) it fires onNeedPrivacyAuthorization and holds the API: our sheet shows; 同意并继续 lets the
 *     API run, 不同意 makes it fail with errno 104;
 * (b) base library ≥ 3.4.2, for an API with its own authorisation dialog (addPhoneCalendar,
 *     saveImageToPhotosAlbum): no event; the privacy tick is in WeChat's dialog and the API
 *     itself succeeds, or fails (tick left off: errno 104; permission refused: "auth deny").
 * Each flow must end in its own success or its fallback — never our sheet shown, a 请稍候… left
 * on a button, or a wait for an event that never comes. WeChat's side is stubbed on `wx` before
 * the app launches (Taro proxies the wx APIs that exist when it starts), as in wechat.weapp.test.ts.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
// Installs `wx` (the shim's later require gets the same module). (require, not import: its .d.ts
// would pull in global wx typings.)
// eslint-disable-next-line import/no-commonjs, import/newline-after-import
require('miniprogram-simulate')
import { launchApp, renderPage, textOf, unloadAllPages, waitFor, type RenderedPage } from './shim'

type Opts = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: () => void } & Record<string, unknown>
type Answer = { event: string; buttonId?: string }
type Listener = (resolve: (a: Answer) => void, info: { referrer: string }) => void
const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx

const calls: Record<string, Opts[]> = {}
const count = (name: string) => calls[name]?.length ?? 0
// WeChat answers later than the call, as on a phone.
const later = (fn: () => void) => { void Promise.resolve().then(fn) }
const ok = (name: string, opts: Opts, extra: Record<string, unknown> = {}) => later(() => {
  opts.success?.({ errMsg: `${name}:ok`, ...extra })
  opts.complete?.()
})
const fail = (opts: Opts, err: Record<string, unknown>) => later(() => {
  opts.fail?.(err)
  opts.complete?.()
})

// --- WeChat's consent: the two ways ---
/** 'event': onNeedPrivacyAuthorization (before 3.4.2, or an API without its own dialog); 'dialog': the tick in the API's own dialog (≥ 3.4.2). */
let way: 'event' | 'dialog' = 'event'
/** What the user does in WeChat's own dialog ('dialog' way). */
let inDialog: 'allow' | 'untick-privacy' | 'refuse' = 'allow'
/** WeChat's record that the user agreed to the guide (reset before each test). */
let agreed = false
let listener: Listener | null = null
const answers: Answer[] = []
wx.onNeedPrivacyAuthorization = (fn: Listener) => { listener = fn }
wx.openPrivacyContract = (opts: Opts) => ok('openPrivacyContract', opts)

/** A privacy API as WeChat runs it: straight on once agreed, else asked one of the two ways. */
function privacyApi(name: string, opts: Opts, run: () => void): void {
  ;(calls[name] ??= []).push(opts)
  if (agreed) return run()
  if (way === 'dialog') {
    if (inDialog === 'untick-privacy') return fail(opts, { errMsg: `${name}:fail privacy permission is not authorized`, errno: 104 })
    if (inDialog === 'refuse') return fail(opts, { errMsg: `${name}:fail auth deny` })
    agreed = true
    return run()
  }
  if (!listener) throw new Error('the app never registered onNeedPrivacyAuthorization')
  listener((answer) => {
    answers.push(answer)
    if (answer.event === 'agree') {
      agreed = true
      run()
    } else if (answer.event === 'disagree') {
      fail(opts, { errMsg: `${name}:fail privacy permission is not authorized`, errno: 104 })
    }
  }, { referrer: name })
}

/**
 * A privacy API stub, in both of WeChat's call styles: callbacks, or (none given) a returned
 * Promise — Taro passes the APIs it does not promisify (addPhoneCalendar, showShareImageMenu)
 * through as they are, and the app awaits WeChat's own Promise.
 */
const privacyStub = (name: string) => (opts: Opts) => {
  if (opts.success || opts.fail || opts.complete) return privacyApi(name, opts, () => ok(name, opts))
  return new Promise((resolve, reject) => {
    const withCallbacks: Opts = { ...opts, success: resolve, fail: reject }
    privacyApi(name, withCallbacks, () => ok(name, withCallbacks))
  })
}
wx.addPhoneCalendar = privacyStub('addPhoneCalendar')
wx.saveImageToPhotosAlbum = privacyStub('saveImageToPhotosAlbum')
// No authorisation dialog of its own: asked through the event on every base library.
wx.showShareImageMenu = privacyStub('showShareImageMenu')
wx.previewImage = (opts: Opts) => { (calls.previewImage ??= []).push(opts); ok('previewImage', opts) }
wx.showToast = (opts: Opts) => ok('showToast', opts)

// --- the poster's Canvas 2D node and its export ---
/** A 2D context that accepts every drawing call; measureText gives a width per character. */
function context(): Record<string, unknown> {
  const target: Record<string, unknown> = { measureText: (t: string) => ({ width: Array.from(String(t)).length * 20 }) }
  return new Proxy(target, { get: (t, k: string) => (k in t ? t[k] : () => undefined) })
}
const posterCanvas = { width: 0, height: 0, getContext: () => context() }
wx.createSelectorQuery = () => {
  let selector = ''
  const query: Record<string, unknown> = {
    in: () => query,
    select: (s: string) => { selector = s; return query },
    selectAll: () => query,
    selectViewport: () => query,
    fields: () => query,
    boundingClientRect: () => query,
    scrollOffset: () => query,
    node: () => query,
    exec: (cb?: (res: unknown[]) => void) => later(() => cb?.([selector === '#poster' ? { node: posterCanvas, width: 375, height: 667 } : null]))
  }
  return query
}
wx.canvasToTempFilePath = (opts: Opts) => ok('canvasToTempFilePath', opts, { tempFilePath: 'wxfile://tmp/poster.png' })

beforeAll(() => {
  launchApp()
})
beforeEach(() => {
  agreed = false
  way = 'event'
  inDialog = 'allow'
})
/** The page under test: a sheet a failed test left open is refused, so the next test starts clean. */
let current: RenderedPage | null = null
afterEach(async () => {
  const page = current
  current = null
  if (page?.text().includes(SHEET)) {
    find(page, '.hq-button', '不同意')?.dispatchEvent('tap')
    await page.waitForNoText(SHEET)
  }
  unloadAllPages()
})

const SHEET = '需要您同意隐私保护指引'
const buttonsOf = (page: RenderedPage, selector: string) => page.component.querySelectorAll(selector)
const find = (page: RenderedPage, selector: string, text: string) => buttonsOf(page, selector).find((b) => textOf(b.dom).includes(text))
/** Taps the element with this class whose text contains `text`, once the page shows it. */
async function tap(page: RenderedPage, selector: string, text: string): Promise<void> {
  await page.waitFor(() => find(page, selector, text) !== undefined, `a ${selector} "${text}"`)
  find(page, selector, text)!.dispatchEvent('tap')
}
/** Our sheet's 同意并继续: WeChat's agreePrivacyAuthorization event on the open-type button. */
async function agreeInSheet(page: RenderedPage): Promise<void> {
  await page.waitForText(SHEET)
  await waitFor(() => answers.at(-1)?.event === 'exposureAuthorization', 'the sheet to tell WeChat it is on screen')
  find(page, '.hq-button', '同意并继续')!.dispatchEvent('agreeprivacyauthorization', { detail: {} })
}
async function refuseInSheet(page: RenderedPage): Promise<void> {
  await page.waitForText(SHEET)
  await waitFor(() => answers.at(-1)?.event === 'exposureAuthorization', 'the sheet to tell WeChat it is on screen')
  await tap(page, '.hq-button', '不同意')
}

describe('添加到手机日历 (addPhoneCalendar: its own authorisation dialog)', () => {
  const EVENT = 'packages/events/detail/index'
  const open = async () => (current = await renderPage(EVENT, { id: 'open-day', now: '2021-09-14' }, { until: '检验检测机构开放日' }))
  const ADDED = '已添加到手机日历（全天），前一天上午9点提醒。'
  const REFUSED = '您没有同意本程序的隐私保护指引，所以没有添加到日历。可以改用下面的日历文本（.ics）'

  test('(a) the event fires: our sheet says what the calendar is for; 同意并继续 → added, the sheet gone', async () => {
    const page = await open()
    await tap(page, '.hq-button', '添加到手机日历')
    await page.waitForText(SHEET)
    expect(page.text()).toContain('把这项活动写入手机日历（只写入，不读取您的日历）')
    await agreeInSheet(page)
    await page.waitForText(ADDED)
    expect(answers.at(-1)).toEqual({ event: 'agree', buttonId: 'hq-privacy-agree' })
    expect(page.text()).not.toContain(SHEET)
    expect(count('addPhoneCalendar')).toBe(1)
  })

  test('(a) the event fires: 不同意 → the API fails with 104; the screen offers the .ics text, the sheet gone', async () => {
    const page = await open()
    await tap(page, '.hq-button', '添加到手机日历')
    await refuseInSheet(page)
    await page.waitForText(REFUSED)
    expect(answers.at(-1)).toEqual({ event: 'disagree' })
    expect(page.text()).toContain('BEGIN:VCALENDAR')
    expect(page.text()).not.toContain(SHEET)
  })

  test('(b) ≥ 3.4.2, ticked and allowed in WeChat\'s dialog: no event, no sheet; added', async () => {
    way = 'dialog'
    const asked = answers.length
    const page = await open()
    await tap(page, '.hq-button', '添加到手机日历')
    await page.waitForText(ADDED)
    expect(page.hasShown(SHEET)).toBe(false)
    expect(answers).toHaveLength(asked)
    expect(page.text()).toContain(ADDED)
  })

  test('(b) ≥ 3.4.2, privacy tick left off: errno 104 without any event; the .ics text, no sheet, no hang', async () => {
    way = 'dialog'
    inDialog = 'untick-privacy'
    const page = await open()
    await tap(page, '.hq-button', '添加到手机日历')
    await page.waitForText(REFUSED)
    expect(page.hasShown(SHEET)).toBe(false)
    expect(page.text()).toContain('BEGIN:VCALENDAR')
    // The button is ready again: a second tap asks WeChat again (nothing waits for an event).
    const before = count('addPhoneCalendar')
    await tap(page, '.hq-button', '添加到手机日历')
    await waitFor(() => count('addPhoneCalendar') > before, 'a second addPhoneCalendar call')
    expect(count('addPhoneCalendar')).toBe(before + 1)
  })

  test('(b) ≥ 3.4.2, permission refused in WeChat\'s dialog ("auth deny"): explained, with 打开设置; no sheet', async () => {
    way = 'dialog'
    inDialog = 'refuse'
    const page = await open()
    await tap(page, '.hq-button', '添加到手机日历')
    await page.waitForText('您之前拒绝了“添加到日历”')
    expect(page.hasShown(SHEET)).toBe(false)
    expect(find(page, '.hq-button', '打开设置')).toBeDefined()
  })
})

describe('海报 保存到相册 (saveImageToPhotosAlbum: its own authorisation dialog)', () => {
  const SLOGANS = 'packages/campaign/slogans/index'
  const SAVE = '保存到相册'
  const SAVED = '已保存到相册'
  const REFUSED = '您没有同意本程序的隐私保护指引，所以没有保存到相册。已打开海报大图：长按图片可以保存或发送。'
  const BUSY = '请稍候…'

  async function openPoster(): Promise<RenderedPage> {
    const page = (current = await renderPage(SLOGANS, {}, { until: '2021年“质量月”活动口号' }))
    await tap(page, '.slogan-item__action', '生成海报')
    await page.waitForText('口号海报')
    // drawn: the 正在生成海报… line is gone
    await page.waitForNoText('正在生成海报…')
    return page
  }

  test('(a) the event fires: our sheet says what the album is for; 同意并继续 → saved, the sheet gone', async () => {
    const page = await openPoster()
    await tap(page, '.hq-button', SAVE)
    await page.waitForText(SHEET)
    expect(page.text()).toContain('把海报保存到手机相册（只保存这一张图片，不读取相册）')
    await agreeInSheet(page)
    await page.waitForText(SAVED)
    expect(calls.saveImageToPhotosAlbum.at(-1)).toMatchObject({ filePath: 'wxfile://tmp/poster.png' })
    expect(page.text()).not.toContain(SHEET)
    expect(page.text()).not.toContain(BUSY)
  })

  test('(a) the event fires: 不同意 → the poster opens in the image preview to long-press; the sheet gone', async () => {
    const page = await openPoster()
    const previews = count('previewImage')
    await tap(page, '.hq-button', SAVE)
    await refuseInSheet(page)
    await page.waitForText(REFUSED)
    expect(count('previewImage')).toBe(previews + 1)
    expect(page.text()).not.toContain(SHEET)
    expect(page.text()).not.toContain(BUSY)
  })

  test('(b) ≥ 3.4.2, ticked and allowed in WeChat\'s dialog: no event, no sheet; saved', async () => {
    way = 'dialog'
    const asked = answers.length
    const page = await openPoster()
    await tap(page, '.hq-button', SAVE)
    await page.waitForText(SAVED)
    expect(page.hasShown(SHEET)).toBe(false)
    expect(answers).toHaveLength(asked)
    expect(page.text()).not.toContain(BUSY)
  })

  test('(b) ≥ 3.4.2, privacy tick left off: errno 104 without any event; the long-press preview, no sheet, no 请稍候…', async () => {
    way = 'dialog'
    inDialog = 'untick-privacy'
    const page = await openPoster()
    const previews = count('previewImage')
    await tap(page, '.hq-button', SAVE)
    await page.waitForText(REFUSED)
    expect(page.hasShown(SHEET)).toBe(false)
    expect(count('previewImage')).toBe(previews + 1)
    expect(page.text()).not.toContain(BUSY)
  })

  test('(b) ≥ 3.4.2, album permission refused ("auth deny"): explained, 打开设置 and 再试一次; no sheet', async () => {
    way = 'dialog'
    inDialog = 'refuse'
    const page = await openPoster()
    await tap(page, '.hq-button', SAVE)
    await page.waitForText('保存失败：本程序没有“保存到相册”的权限')
    expect(page.hasShown(SHEET)).toBe(false)
    expect(find(page, '.hq-button', '打开设置')).toBeDefined()
    expect(find(page, '.hq-button', '再试一次')).toBeDefined()
    expect(page.text()).not.toContain(BUSY)
  })

  test('分享海报 (showShareImageMenu, no dialog of its own: always the event): our sheet; 同意并继续 → WeChat\'s image menu; 不同意 → the preview', async () => {
    const page = await openPoster()
    const SHARE = '分享海报'
    await tap(page, '.hq-button', SHARE)
    await page.waitForText(SHEET)
    expect(page.text()).toContain('打开微信的图片菜单，把海报发给朋友、分享或保存')
    await refuseInSheet(page)
    await page.waitForText('您没有同意本程序的隐私保护指引，所以没有分享海报。已打开海报大图：长按图片可以保存或发送。')
    expect(page.text()).not.toContain(SHEET)
    await tap(page, '.hq-button', SHARE)
    await agreeInSheet(page)
    await page.waitForText('已打开分享')
    expect(calls.showShareImageMenu.at(-1)).toMatchObject({ path: 'wxfile://tmp/poster.png' })
    expect(page.text()).not.toContain(SHEET)
    expect(page.text()).not.toContain(BUSY)
  })
})
