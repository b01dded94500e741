/**
 * The production H5 build in Chromium at a phone viewport, browser time zone
 * America/Los_Angeles: every tab opens with its content, no console errors, no request
 * leaves 127.0.0.1, dates are China's, and no serious accessibility violations.
 */
import { axeViolations, type App, type TabText, withApp } from './support/app'

const e2e = withApp()

const KEY_TEXT: Record<TabText, string[]> = {
  首页: ['开展质量提升行动 推动自贸港高质量发展', '2021年海南省“质量月”活动', '海南省质量强省工作领导小组办公室'],
  // Opened without ?now= (today, after 2021): each date in its scope, as an archive.
  活动: ['检验检测机构开放日', '全国 · 9月15日 · 已结束', '9月内 · 具体日期未公布', '电梯安全宣传周'],
  投诉: ['12315 · 全国12315平台', '12345 · 政务服务便民热线', '拨打 12315', '联系人：杨振；电话：0898-65396470'],
  关于: ['琼质强省办〔2021〕5号', '一、活动主题', '三、活动要求', '（此件主动公开）', '个个树立质量意识 人人创造中国质量']
}

describe('the four tabs', () => {
  let app: App

  it('each tab opens from the tab bar and shows its content, with no errors and no outside request', async () => {
    app = await e2e.open()
    for (const tab of ['首页', '活动', '投诉', '关于', '首页'] as TabText[]) {
      await app.openTab(tab)
      for (const s of KEY_TEXT[tab]) await app.waitForText(s)
      const text = await app.text()
      for (const s of KEY_TEXT[tab]) expect(text).toContain(s)
    }
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it.each(Object.keys(KEY_TEXT) as TabText[])('%s has no serious accessibility violations', async (tab) => {
    app = await e2e.open()
    if (tab !== '首页') await app.openTab(tab)
    await app.waitForText(KEY_TEXT[tab][0])
    expect(await axeViolations(app.page)).toEqual([])
  })
})

describe('the clock is China’s, set from the address', () => {
  let app: App

  it('?now=2021-09-14 shows day 14 of 30', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.waitForText('第14天（共30天），还剩16天')
    expect(await app.text()).toContain('进行中')
  })

  it('00:30 on 1 September in China is day 1, though it is still 31 August in the browser', async () => {
    app = await e2e.open({ now: '2021-09-01T00:30' })
    const browserDate = await app.page.evaluate(() => new Date(Date.UTC(2021, 7, 31, 16, 30)).getDate())
    expect(browserDate).toBe(31) // the browser's own calendar says 31 August
    await app.waitForText('第1天（共30天），还剩29天')
  })

  it('23:30 on 31 August in China is still before the campaign', async () => {
    app = await e2e.open({ now: '2021-08-31T23:30' })
    await app.waitForText('距开始还有1天')
  })

  it('without a clock parameter the campaign shows as ended, as an archive', async () => {
    app = await e2e.open()
    await app.waitForText('已结束')
    expect(await app.text()).toContain('2021年活动已结束（存档），以下内容供回顾查阅')
    expect(app.errors).toEqual([])
  })

  it('a malformed clock parameter is ignored, not an error', async () => {
    app = await e2e.open({ now: '2021-13-45' })
    await app.waitForText('已结束')
    expect(app.errors).toEqual([])
  })
})
