/**
 * Signed content updates in WeChat's simulator, what is rejected (issue 27): WeChat's periodic
 * copy of the manifest is stale (the signature now hosted does not verify it), so the check
 * takes the manifest from wx.request instead, without recording the stale copy; the edition the
 * host serves has been tampered with (its hash differs from the manifest): it is rejected,
 * recorded in 关于本程序, and the bundled edition stays. Needs the configured build
 * (content-update-fixture.ts); skipped, saying so, on the default build.
 */
// eslint-disable-next-line import/no-commonjs, import/newline-after-import
require('miniprogram-simulate')
import { DIST, launchApp, renderPage, unloadAllPages, waitFor } from './shim'
import { builtWithUpdates, checkedAt, editionText, fakeWeChat, ORIGIN, OTHER, publish, type FakeWeChat } from './content-update-fixture'

jest.setTimeout(60_000)
const configured = builtWithUpdates()
if (!configured) console.warn(`content-update-rejected.weapp: skipped: ${DIST} was not built with HQ_CONTENT_ORIGIN=${ORIGIN} (see content-update-fixture.ts)`)

;(configured ? describe : describe.skip)('signed content updates (weapp): rejections', () => {
  let fake: FakeWeChat
  beforeAll(async () => {
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    fake = fakeWeChat(wx)
    const text = editionText('2021.99.0')
    fake.folder = { ...publish(text), 'editions/2021.json': text.replace('测试用的更正', '测试用的篡改') }
    // Signed by another key: what the current signature cannot verify.
    fake.periodic = publish(editionText('2021.98.0'), { key: OTHER })['manifest.json']
    launchApp()
    await waitFor(() => checkedAt(fake) !== '', 'the update check to finish')
  })
  afterEach(unloadAllPages)

  it('falls back to wx.request for the manifest and rejects the tampered edition, recording only that', () => {
    const urls = fake.requests.map((o) => o.url)
    expect(urls).toContain(`${ORIGIN}/manifest.json`)
    expect(urls).toContain(`${ORIGIN}/editions/2021.json`)
    const stored = fake.storage.get('hq:content-updates') as { editions: Record<string, unknown>; rejections: { line: string }[] }
    expect(stored.editions).toEqual({})
    expect(stored.rejections.map((r) => r.line)).toEqual(['editions/2021.json：SHA-256 与清单不符'])
  })

  it('关于本程序 shows the bundled edition (内置) and the rejection line; the event keeps its bundled dates', async () => {
    const about = await renderPage('packages/about/app-info/index', { now: '2021-09-14' }, { until: '内容更新' })
    await about.waitForText(['来源：内置', 'SHA-256 与清单不符'])
    expect(about.text()).not.toContain('已更新')
    about.unload()
    const event = await renderPage('packages/events/detail/index', { id: 'elevator-week', now: '2021-09-14' }, { until: '电梯安全宣传周' })
    expect(event.text()).not.toMatch(/9月16日/)
  })
})
