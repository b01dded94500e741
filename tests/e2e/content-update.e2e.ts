/**
 * Signed content updates on H5 (issue 27): an origin server on the loopback address, started
 * here, serves a published update (manifest.json, its signature, editions/2021.json, in
 * content:publish's format) that gives 电梯安全宣传周 a Hainan day. Needs an H5 build made
 * with the test's settings (docs/content-updates.md “测试”):
 *   HQ_CONTENT_ORIGIN=http://127.0.0.1:47127 HQ_CONTENT_PUBLIC_KEY=<TEST_PUBLIC_KEY of tests/support/signed-update.ts> npm run build:h5
 * Against a build without them (the default) the file is skipped, saying so.
 */
import { withApp, type App } from './support/app'
import { H5_DIR } from './support/server'
import { b64, builtWithTestOrigin, bundled2021 as real, editionText, OTHER, ORIGIN, publish, serveTestOrigin, type Folder, type TestOrigin } from '../support/signed-update'

const EVENT = 'packages/events/detail/index?id=elevator-week'
const STORE = 'hq:content-updates'

const GOOD = '2021.99.0'
const good = () => publish(editionText(GOOD))

const configured = builtWithTestOrigin(H5_DIR)
if (!configured) console.warn(`content-update.e2e: skipped: ${H5_DIR} was not built with HQ_CONTENT_ORIGIN=${ORIGIN} (see the file's header)`)

;(configured ? describe : describe.skip)('signed content updates (H5)', () => {
  const e2e = withApp()
  let folder: Folder = {}
  let origin: TestOrigin
  const requests = () => origin.requests
  beforeAll(async () => { origin = await serveTestOrigin(() => folder) })
  afterAll(() => origin.close())

  /** The stored check's time, or '' (Taro keeps `{ data }` in localStorage). */
  const checkedAt = (app: App) => app.page.evaluate((k) => {
    const raw = localStorage.getItem(k)
    return raw ? String((JSON.parse(raw) as { data?: { checkedAt?: string } }).data?.checkedAt ?? '') : ''
  }, STORE)

  /** Waits for a check after `before` to have finished. */
  async function checkDone(app: App, before = '') {
    await app.page.waitForFunction(([k, b]) => {
      const raw = localStorage.getItem(k)
      const at = raw ? (JSON.parse(raw) as { data?: { checkedAt?: string } }).data?.checkedAt : undefined
      return !!at && at !== b
    }, [STORE, before] as const)
  }

  /**
   * A fresh profile that may reach the origin: the shared helper lets only the app's server
   * through, so the route for the origin is added once the app is open; the check that ran
   * before is waited for and forgotten, then the page is loaded again and checks for real.
   */
  async function openFresh(): Promise<App> {
    const app = await e2e.open({ now: '2021-09-14', path: EVENT })
    await app.context.route(`${ORIGIN}/**`, (r) => r.continue())
    await checkDone(app)
    // That first check's requests were blocked by the shared route (a console error each), or,
    // once the route above is in place mid-check, answered by the origin (a 404 where the case
    // serves nothing): forgotten with it. Anything else is an error of the app.
    expect(app.errors.filter((e) => !/net::ERR_FAILED|Failed to load resource/.test(e))).toEqual([])
    app.errors.splice(0)
    await app.page.evaluate((k) => localStorage.removeItem(k), STORE)
    await app.reload()
    await checkDone(app)
    return app
  }

  async function eventText(app: App) {
    await app.reload()
    await app.waitForText('电梯安全宣传周')
    return app.text()
  }

  async function aboutText(app: App) {
    await app.page.goto(`${e2e.env.baseUrl}/?now=2021-09-14#/packages/about/app-info/index`)
    await app.waitForText('内容更新')
    return app.text()
  }

  it('a good update is used from the next screen on, without a reload', async () => {
    folder = good()
    const app = await openFresh()
    // openFresh waited for the check; the page opened next (same document) has the update.
    const about = await aboutText(app)
    expect(about).toContain(`内容版本：${GOOD}；来源：已更新`)
    expect(app.errors).toEqual([])
  })

  it('a good update gives the event its Hainan day after a reload, and 关于本程序 says 已更新', async () => {
    folder = good()
    const app = await openFresh()
    expect(requests()).toEqual(expect.arrayContaining(['manifest.json', 'manifest.json.sig', 'editions/2021.json']))
    const text = await eventText(app)
    expect(text).toMatch(/9月16日/)
    expect(text).not.toContain('没有具体日期')
    const about = await aboutText(app)
    expect(about).toContain(`内容版本：${GOOD}；来源：已更新`)
    expect(about).toMatch(/核验时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/)
    expect(app.errors).toEqual([])
  })

  const tampered = editionText('2021.100.0')
  const cases: [string, () => Folder, RegExp][] = [
    ['unreachable host', () => ({}), /清单：无法取得（HTTP 404）/],
    ['signature invalid', () => ({ ...publish(editionText('2021.100.0')), 'manifest.json.sig': b64(new Uint8Array(64)) }), /清单：签名无效/],
    ['signed by another key', () => publish(editionText('2021.100.0'), { key: OTHER }), /清单：由另一把密钥签名/],
    ['malformed manifest', () => publish(tampered, { manifest: '{"format": 1, "files": "x"}' }), /清单：格式错误/],
    ['length differs', () => publish(tampered, { served: tampered + ' ' }), /editions\/2021\.json：长度 \d+ 字节，清单写 \d+/],
    ['hash differs', () => publish(tampered, { served: tampered.replace('2021-09-16', '2021-09-17') }), /editions\/2021\.json：SHA-256 与清单不符/],
    ['older', () => publish(editionText('2021.1.0')), /清单版本 2021\.1\.0 比已有的 .* 旧，未下载/],
    ['a year the app does not have', () => publish(editionText('2022.1.0'), { listed: { year: '2022', path: 'editions/2022.json' } }), /本程序不含 2022 年的版本/],
    ['over the size limit', () => publish(editionText('2021.100.0', { pad: 'x'.repeat(1024 * 1024) })), /超过 1048576 字节上限/],
    ['fails the schema', () => publish(editionText('2021.100.0', { extra: 1 })), /editions\/2021\.json：不符合内容格式/]
  ]

  it.each(cases)('%s: a fresh profile shows the bundled edition and records why', async (_name, make, line) => {
    folder = make()
    const app = await openFresh()
    const text = await eventText(app)
    expect(text).toContain('没有具体日期')
    expect(text).not.toMatch(/9月1[67]日/)
    const about = await aboutText(app)
    expect(about).toContain(`内容版本：${real.bundleVersion}；来源：内置`)
    expect(about).toMatch(line)
  })

  it.each(cases)('%s: a profile with the good update keeps it', async (_name, make, line) => {
    folder = good()
    const app = await openFresh()
    folder = make()
    const before = await checkedAt(app)
    await app.reload()
    await checkDone(app, before)
    const text = await eventText(app)
    expect(text).toMatch(/9月16日/)
    const about = await aboutText(app)
    expect(about).toContain(`内容版本：${GOOD}；来源：已更新`)
    expect(about).toMatch(line)
  })
})
