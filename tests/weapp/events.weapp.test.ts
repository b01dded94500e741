/**
 * The event page of the real weapp build in WeChat's simulator (see shim.ts): it renders an
 * event from its `id`, 添加到手机日历 calls wx.addPhoneCalendar with unix SECONDS for the UTC+8
 * civil dates (proof the build picked calendar.weapp.ts, not the H5 download), a refusal offers
 * openSetting, and in 朋友圈 单页模式 (scene 1154) the page stands alone.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import { launchApp, renderPage, unloadAllPages, type RenderedPage } from './shim'

const PAGE = 'packages/events/detail/index'
type Opts = { success?: (r: unknown) => void; fail?: (r: unknown) => void }

afterEach(unloadAllPages)

/**
 * Taps the element with this class whose text contains `text`, once the page shows it (the
 * tap's result comes later: the caller waits for what it expects next).
 */
async function tapText(page: RenderedPage, selector: string, text: string): Promise<void> {
  const find = () => page.component.querySelectorAll(selector).find((el) => (el.dom?.textContent ?? '').includes(text))
  await page.waitFor(() => find() !== undefined, `a ${selector} with text "${text}"`)
  find()!.dispatchEvent('tap')
}

describe('the event page in WeChat', () => {
  it('renders the event of its id, with sources and its actions', async () => {
    const want = ['检验检测机构开放日', '主办单位：省市场监管局', '9月15日 · 全国启动', '来源：仪器信息网', '“组织举办检验检测机构开放日活动。”', '☆ 关注', '添加到手机日历', '查看全部活动（活动日历）']
    const page = await renderPage(PAGE, { id: 'open-day', now: '2021-09-14' }, { until: want })
    const text = page.text()
    for (const s of want) {
      expect([s, text.includes(s)]).toEqual([s, true])
    }
    expect(text).not.toContain('日历文件') // the H5 hint is not in the weapp build
  })

  it('添加到手机日历 calls wx.addPhoneCalendar in unix seconds for the China dates, all-day, with a reminder', async () => {
    const { wx } = launchApp()
    const calls: Array<Record<string, unknown>> = []
    wx.addPhoneCalendar = (o: Opts & Record<string, unknown>) => {
      calls.push(o)
      o.success?.({ errMsg: 'addPhoneCalendar:ok' })
    }
    const page = await renderPage(PAGE, { id: 'green-cert-week', now: '2021-09-14' }, { until: '绿色产品认证宣传周' })
    await tapText(page, '.hq-button', '添加到手机日历')
    await page.waitForText('已添加到手机日历（全天），前一天上午9点提醒。')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      title: '绿色产品认证宣传周（全国）',
      startTime: 1632672000, // 2021-09-27T00:00:00+08:00
      endTime: 1633103999, // 2021-10-01T23:59:59+08:00
      allDay: true,
      alarm: true,
      alarmOffset: 54000
    })
    expect(String(calls[0].description)).toContain('日期：9月27日–10月1日 · 全国')
    expect(page.text()).toContain('已添加到手机日历（全天），前一天上午9点提醒。')
  })

  it('a refused permission is explained, and 打开设置 opens WeChat’s settings', async () => {
    const { wx } = launchApp()
    wx.addPhoneCalendar = (o: Opts) => o.fail?.({ errMsg: 'addPhoneCalendar:fail auth deny' })
    let opened = 0
    wx.openSetting = (o: Opts) => {
      opened++
      o.success?.({ authSetting: { 'scope.addPhoneCalendar': true }, errMsg: 'openSetting:ok' })
    }
    const page = await renderPage(PAGE, { id: 'open-day', now: '2021-09-14' }, { until: '检验检测机构开放日' })
    await tapText(page, '.hq-button', '添加到手机日历')
    await page.waitForText('您之前拒绝了“添加到日历”')
    expect(page.text()).toContain('您之前拒绝了“添加到日历”')
    await tapText(page, '.hq-button', '打开设置')
    await page.waitForText('已允许写入日历，请再点一次“添加到手机日历”。')
    expect(opened).toBe(1)
    expect(page.text()).toContain('已允许写入日历，请再点一次“添加到手机日历”。')
  })

  it('in 朋友圈 单页模式 (scene 1154) it stands alone: no 关注, a pointer to 前往小程序', async () => {
    const { wx } = launchApp()
    const before = wx.getEnterOptionsSync
    wx.getEnterOptionsSync = () => ({ scene: 1154, path: PAGE, query: { id: 'open-day' } })
    try {
      const want = ['检验检测机构开放日', '2021年海南省“质量月”活动', '点屏幕下方的“前往小程序”']
      const page = await renderPage(PAGE, { id: 'open-day', now: '2021-09-14' }, { until: want })
      const text = page.text()
      expect(text).toContain('检验检测机构开放日')
      expect(text).toContain('2021年海南省“质量月”活动')
      expect(text).toContain('点屏幕下方的“前往小程序”')
      expect(text).not.toContain('☆ 关注')
    } finally {
      wx.getEnterOptionsSync = before
    }
  })
})
