/**
 * Signed content updates in WeChat's simulator (issue 27, docs/content-updates.md “小程序”):
 * WeChat's periodic update (周期性更新) has fetched the signed manifest; the signature and the
 * edition come from wx.request, as text. The check verifies them, stores the edition, and the
 * next screens use it: 关于本程序 says 已更新 and 电梯安全宣传周 shows its Hainan day.
 * (content-update-rejected.weapp.test.ts: a stale periodic copy and a tampered edition.)
 * Needs a weapp build with the test's two settings (content-update-fixture.ts); against the
 * default build the file is skipped, saying so.
 */
// eslint-disable-next-line import/no-commonjs, import/newline-after-import
require('miniprogram-simulate')
import { DIST, launchApp, renderPage, unloadAllPages, waitFor } from './shim'
import { builtWithUpdates, checkedAt, editionText, fakeWeChat, ORIGIN, publish, type FakeWeChat } from './content-update-fixture'

jest.setTimeout(60_000)
const configured = builtWithUpdates()
if (!configured) console.warn(`content-update.weapp: skipped: ${DIST} was not built with HQ_CONTENT_ORIGIN=${ORIGIN} (see content-update-fixture.ts)`)

const GOOD = '2021.99.0'

;(configured ? describe : describe.skip)('signed content updates (weapp)', () => {
  let fake: FakeWeChat
  beforeAll(async () => {
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    fake = fakeWeChat(wx)
    const folder = publish(editionText(GOOD))
    fake.folder = folder
    fake.periodic = folder['manifest.json']
    launchApp()
    await waitFor(() => checkedAt(fake) !== '', 'the update check to finish')
  })
  afterEach(unloadAllPages)

  it('reads the manifest from the periodic update, the signature and edition with wx.request as text, and stores the edition', () => {
    expect(fake.periodicReads.map((o) => o.fetchType)).toEqual(['periodic'])
    const urls = fake.requests.map((o) => o.url)
    expect(urls).toEqual(expect.arrayContaining([`${ORIGIN}/manifest.json.sig`, `${ORIGIN}/editions/2021.json`]))
    expect(urls).not.toContain(`${ORIGIN}/manifest.json`)
    for (const o of fake.requests) {
      expect(o).toMatchObject({ method: 'GET', responseType: 'text', timeout: 10_000 })
      expect(o.dataType).not.toBe('json')
    }
    const stored = fake.storage.get('hq:content-updates') as { editions: Record<string, { bundleVersion: string }>; rejections: unknown[] }
    expect(stored.editions['2021'].bundleVersion).toBe(GOOD)
    expect(stored.rejections).toEqual([])
  })

  it('关于本程序 says 已更新, and the event page shows the Hainan day from the update', async () => {
    const about = await renderPage('packages/about/app-info/index', { now: '2021-09-14' }, { until: '内容更新' })
    await about.waitForText(`内容版本：${GOOD}；来源：已更新`)
    expect(about.text()).toContain('核验时间：')
    about.unload()
    const event = await renderPage('packages/events/detail/index', { id: 'elevator-week', now: '2021-09-14' }, { until: '电梯安全宣传周' })
    await event.waitForText(/9月16日/)
  })
})
