/**
 * 首页 and 口号 in the production H5 build (Chromium, phone viewport, browser in
 * America/Los_Angeles): the campaign at a glance on a China date, the rotating slogans,
 * 首页 → 口号 → a poster downloaded as a real PNG, links to one slogan, bad links, and
 * accessibility. No console errors, no request leaves 127.0.0.1.
 */
import { ROTATION_INTERVAL_MS } from '../../src/features/slogans/model'
import { colors } from '../../src/styles/tokens'
import { axeViolations, type App, withApp } from './support/app'
import { decodePng, pixelAt, pixelStats } from './support/png'

const SLOGANS_PATH = 'packages/campaign/slogans/index'

const e2e = withApp()

let app: App

const expectClean = () => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
}

describe('首页', () => {
  it('on 14 September (China): status, 今日口号 of that day, the next three events, quick entries', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.waitForText('今日口号 · 9月14日')
    const text = await app.text()
    for (const s of [
      '开展质量提升行动 推动自贸港高质量发展', '进行中', '第14天（共30天），还剩16天', '人人创造质量 人人享受质量',
      '近期活动', '有机产品认证宣传周', '检验检测机构开放日', '中国质量（杭州）大会宣传', '活动日历', '投诉举报', '通知全文'
    ]) expect(text).toContain(s)
    // The one status rule: each event's status in the scope of the date it comes from.
    expect(await app.page.getByTestId('upcoming-organic-cert-week').innerText()).toContain('全国 · 进行中')
    expect(await app.page.getByTestId('upcoming-open-day').innerText()).toContain('全国 · 明天')
    expect(await app.page.getByTestId('upcoming-hangzhou-conference').innerText()).toContain('全国 · 2天后')
    expectClean()
  })

  it('on 20 August nothing is 进行中: the campaign has not begun and the events count down', async () => {
    app = await e2e.open({ now: '2021-08-20' })
    await app.waitForText('今日口号 · 8月20日')
    const text = await app.text()
    expect(text).toContain('未开始')
    expect(text).toContain('全国 · 20天后')
    expect(text).not.toContain('进行中')
    expectClean()
  })

  it('the slogans rotate by themselves, and stop when the user prefers reduced motion', async () => {
    // Playwright's clock lets the rotation interval pass at once instead of waiting for it.
    app = await e2e.open({ now: '2021-09-14', fakeClock: true })
    const position = app.page.getByTestId('carousel-position')
    await position.filter({ hasText: '第1条' }).waitFor()
    await app.page.clock.runFor(ROTATION_INTERVAL_MS)
    await position.filter({ hasText: '第2条' }).waitFor()
    await app.close()

    app = await e2e.open({ now: '2021-09-14', reducedMotion: 'reduce', fakeClock: true })
    await app.page.getByTestId('carousel-position').filter({ hasText: '第1条' }).waitFor()
    await app.page.clock.runFor(ROTATION_INTERVAL_MS + 1000)
    expect(await app.page.getByTestId('carousel-position').innerText()).toMatch(/^第1条，共16条：/)
    await app.page.getByText('下一条', { exact: true }).click()
    expect(await app.page.getByTestId('carousel-position').innerText()).toMatch(/^第2条/)
    expectClean()
  })

  it.each(['2022-03-01', '2026-11-26'])('on %s it is an archive: a look back, no 今日口号 tied to the date, nothing coming', async (now) => {
    app = await e2e.open({ now })
    await app.waitForText('活动回顾')
    const text = await app.text()
    expect(text).toContain('已结束')
    expect(text).toContain('2021年活动已结束（存档），以下内容供回顾查阅')
    expect(text).toContain('绿色产品认证宣传周')
    expect(text).not.toContain('近期活动')
    expect(text).not.toContain('今日口号')
    expect(text).not.toMatch(/即将开始|进行中|明天|\d+天后/)
    // The slogans still rotate.
    await app.page.getByTestId('carousel-position').filter({ hasText: '第1条' }).waitFor()
    expectClean()
  })

  it('an upcoming event opens its event page', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.page.getByTestId('upcoming-open-day').click()
    await app.page.waitForFunction(() => window.location.hash.includes('packages/events/detail/index?id=open-day'))
    await app.waitForText('添加到手机日历')
    expect(await app.text()).toContain('检验检测机构开放日')
    expectClean()
  })
})

describe('首页 → 口号 → poster', () => {
  it('downloads a non-blank 750×1334 × 2 PNG named after the slogan', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.page.getByTestId('quick-slogans').click()
    await app.page.waitForFunction((p) => window.location.hash.includes(p), SLOGANS_PATH)
    await app.waitForText('2021年“质量月”活动口号')
    const text = await app.text()
    expect(text).toContain('个个树立质量意识 人人创造中国质量')
    expect((text.match(/生成海报/g) ?? []).length).toBe(16)

    await app.page.getByTestId('slogan-s2').getByText('生成海报', { exact: true }).click()
    const dialog = app.page.getByRole('dialog', { name: '口号海报' })
    await dialog.waitFor()
    const download = await app.download(() => dialog.getByText('下载海报图片', { exact: true }).click())
    expect(download.filename).toBe('质量月口号-坚持质量第一 建设质量强省.png')

    const png = decodePng(download.body)
    expect([png.width, png.height]).toEqual([1500, 2668]) // 750×1334 at the phone's pixel ratio 2
    const stats = pixelStats(png)
    expect(stats.colours).toBeGreaterThan(5)
    expect(stats.lumaStdDev).toBeGreaterThan(30)
    // The palette: red band at the top, white below, blue foot.
    expect(pixelAt(png, 20, 400)).toBe(colors.brand)
    expect(pixelAt(png, 1480, 1700)).toBe(colors.surface)
    expect(pixelAt(png, 750, 2660)).toBe(colors.accent)
    // The slogan's glyphs (or tofu boxes, without CJK fonts) in white across the band's middle.
    let whiteInBand = 0
    for (let y = 500; y < 1300; y += 4) for (let x = 150; x < 1350; x += 4) if (pixelAt(png, x, y) === colors.surface) whiteInBand++
    expect(whiteInBand).toBeGreaterThan(500)

    await app.waitForText(/已下载：/)
    await dialog.getByText('关闭', { exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expectClean()
  })
})

describe('links to a slogan', () => {
  it('?id=s12 opens the page with slogan 12 highlighted and scrolled into view', async () => {
    app = await e2e.open({ path: `${SLOGANS_PATH}?id=s12` })
    const item = app.page.getByTestId('slogan-s12')
    await item.getByText('您打开的口号').waitFor()
    expect(await item.innerText()).toContain('夯实质量基石 共筑强国梦想')
    expect(await app.page.getByText('您打开的口号').count()).toBe(1)
    await app.page.waitForFunction(() => {
      const r = document.getElementById('slogan-s12')!.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })
    expectClean()
  })

  it.each(['s99', 'hello%20world', '%E4%B8'])('a bad id (%s) shows every slogan and a short message', async (id) => {
    app = await e2e.open({ path: `${SLOGANS_PATH}?id=${id}` })
    await app.waitForText(/没有找到链接中的口号/)
    const text = await app.text()
    expect(text).toContain('以下是全部16条口号')
    expect(text).toContain('让质量强省深入人心 让质量提升扎实推进')
    expect(text).toContain('个个树立质量意识 人人创造中国质量')
    expect(text).not.toContain('您打开的口号')
    expectClean()
  })
})

describe('copying on H5', () => {
  it('copies a slogan’s text, and a link that opens that slogan', async () => {
    app = await e2e.open({ path: SLOGANS_PATH })
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.env.baseUrl })
    await app.waitForText('2021年“质量月”活动口号')
    const item = app.page.getByTestId('slogan-s6')
    await item.getByText('复制文字', { exact: true }).click()
    await item.getByText('已复制口号文字').waitFor()
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe('建设质量强省 共享美好生活')
    await item.getByText('复制链接', { exact: true }).click()
    await item.getByText('已复制这条口号的链接').waitFor()
    const link = await app.page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(`${e2e.env.baseUrl}/#/${SLOGANS_PATH}?id=s6&edition=2021`)
    await app.page.goto(link)
    await app.page.getByTestId('slogan-s6').getByText('您打开的口号').waitFor()
    expectClean()
  })
})

describe('accessibility', () => {
  it('口号 has no serious accessibility violations, nor does its poster sheet', async () => {
    app = await e2e.open({ path: `${SLOGANS_PATH}?id=s3` })
    await app.waitForText('您打开的口号')
    expect(await axeViolations(app.page)).toEqual([])
    await app.page.getByTestId('slogan-s3').getByText('生成海报', { exact: true }).click()
    await app.page.getByRole('dialog').waitFor()
    expect(await axeViolations(app.page)).toEqual([])
  })
})
