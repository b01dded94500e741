/**
 * The events calendar on the production H5 build in Chromium (phone viewport, browser time
 * zone America/Los_Angeles): pick a day, filter by organiser, open an event, follow it,
 * reload — still followed; download the .ics and check it against RFC 5545; an unknown id;
 * October reachable; today in China's zone; no console error, no outside request, no serious
 * accessibility violation on the new screens.
 */
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()

let app: App

const EVENT_PATH = 'packages/events/detail/index'
const cell = (date: string) => app.page.locator('.taro_page:visible').last().locator(`[data-date="${date}"]`).first()

describe('the 活动 tab and an event, end to end', () => {
  it('pick a day, filter by organiser, open an event, follow it, reload: still followed', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    expect(await cell('2021-09-14').innerText()).toContain('今天')

    // Pick a day: only that day's events.
    await cell('2021-09-15').click()
    await app.waitForText('2021年9月15日 周三 · 2项活动')
    let text = await app.text()
    expect(text).toContain('检验检测机构开放日')
    expect(text).toContain('有机产品认证宣传周')
    expect(text).not.toContain('中国质量（杭州）大会宣传')
    expect(text).toContain('9月内 · 日期待定') // undated events are still listed, never on a day
    await app.tap('查看9月全部活动')

    // Filter by organiser: one with no event says so and offers to clear; 省市场监管局 has them all.
    await app.tap('筛选 ▾')
    await app.tap(/^其余\d+个单位/) // units without events are folded
    await app.tap('三、省公安厅')
    await app.waitForText('没有符合条件的活动')
    expect(await app.text()).toContain('日历中暂无省公安厅的活动')
    await app.tap('清除筛选，显示全部活动')
    await app.waitForText('共12项活动')
    await app.tap('一、省市场监管局')
    await app.waitForText('符合条件：12项活动（共12项）')
    await app.tap('开放日')
    await app.waitForText('符合条件：1项活动（共12项）')
    expect(await cell('2021-09-15').innerText()).toContain('1项')

    // The filter survives switching tabs.
    await app.openTab('首页')
    await app.openTab('活动')
    await app.waitForText('符合条件：1项活动（共12项）')

    // Open the event.
    await app.tap('检验检测机构开放日')
    await app.page.waitForFunction((p) => window.location.hash.includes(p), `${EVENT_PATH}?id=open-day`)
    await app.waitForText('日期与来源')
    text = await app.text()
    expect(text).toContain('主办单位：省市场监管局')
    expect(text).toContain('9月15日 · 全国启动')
    expect(text).toContain('来源：仪器信息网')
    expect(text).toContain('“组织举办检验检测机构开放日活动。”')

    // Follow it, reload: still followed; and it is in 我的关注.
    await app.tap('☆ 关注')
    await app.waitForText('★ 已关注（点此取消）')
    await app.reload()
    await app.waitForText('★ 已关注（点此取消）')
    await app.tap('查看全部活动（活动日历）')
    await app.page.waitForFunction(() => window.location.hash.includes('pages/events/index'))
    await app.tap('我的关注（1）')
    await app.waitForText('★ 已关注')
    expect(await app.text()).toContain('检验检测机构开放日')

    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('downloads a valid .ics for the national date (RFC 5545), stamped by the app clock', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${EVENT_PATH}?id=open-day` })
    await app.waitForText('添加到手机日历')
    const file = await app.download(() => app.page.getByLabel('添加到手机日历：9月15日 · 全国启动').click())
    expect(file.filename).toBe('hq-open-day-20210915.ics')
    const body = file.body.toString('utf8')
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/) // CRLF only
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    const unfolded = body.replace(/\r\n[ \t]/g, '')
    const lines = unfolded.split('\r\n')
    for (const l of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'BEGIN:VEVENT', 'END:VEVENT',
      'UID:open-day-20210915@hainan-quality-month.invalid',
      'DTSTAMP:20210914T040000Z', // noon on 14 September in China, whatever the browser's zone
      'DTSTART;VALUE=DATE:20210915', 'DTEND;VALUE=DATE:20210916',
      'SUMMARY:检验检测机构开放日（全国）', 'TRIGGER:-PT15H']) {
      expect(lines).toContain(l)
    }
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true)
    expect(lines.find((l) => l.startsWith('DESCRIPTION:') && l.includes('\\n'))).toContain('日期：9月15日 · 全国启动')
    await app.waitForText(/已下载日历文件 hq-open-day-20210915\.ics/)
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('14 September: one status rule on the list — only a known day makes an event 进行中; each date in its scope', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.tap('列表')
    await app.waitForText('9月13日–19日（本周）')
    const page = app.page.locator('.taro_page:visible').last()
    const cardText = (id: string) => page.getByTestId(`event-${id}`).first().innerText()
    const cards = await page.locator('[data-testid^="event-"]').allInnerTexts()
    expect(cards).toHaveLength(12)
    expect(cards.filter((t) => t.includes('进行中'))).toHaveLength(1)
    expect(await cardText('organic-cert-week')).toContain('全国 · 进行中')
    const green = await cardText('green-cert-week')
    expect(green).toContain('全国 · 即将开始')
    expect(green).toContain('全国 · 9月27日–10月1日 · 13天后')
    expect(green).toContain('海南 · 9月内，日期待定')
    expect(green).not.toContain('2021年9月内')
    const openDay = await cardText('open-day')
    expect(openDay).toContain('全国 · 9月15日 · 明天')
    expect(await cardText('elevator-week')).toContain('海南 · 9月内，日期待定')
    expect(app.errors).toEqual([])
  })

  it('in 2026 an event page is an archive: no 添加到手机日历 for its past dates, and why', async () => {
    app = await e2e.open({ now: '2026-11-26', path: `${EVENT_PATH}?id=open-day` })
    await app.waitForText('日期与来源')
    const text = await app.text()
    expect(text).toContain('2021年活动已结束（存档），以下内容供回顾查阅。')
    expect(text).toContain('已经过去，不再提供添加到手机日历')
    expect(await app.page.getByLabel(/^添加到手机日历：/).count()).toBe(0)
    expect(text).not.toMatch(/即将开始|进行中|日期待定/)
    expect(app.errors).toEqual([])
  })

  it('a month-only event explains why it cannot be added', async () => {
    app = await e2e.open({ now: '2021-09-14', path: `${EVENT_PATH}?id=elevator-week` })
    await app.waitForText('电梯安全宣传周')
    const text = await app.text()
    expect(text).toContain('没有具体日期，所以无法添加到手机日历')
    expect(await app.page.getByLabel(/^添加到手机日历：/).count()).toBe(0)
  })

  it('an unknown id shows a helpful message and the way to the calendar', async () => {
    app = await e2e.open({ path: `${EVENT_PATH}?id=no-such-event` })
    await app.waitForText('没有找到这项活动')
    expect(await app.text()).toContain('链接中的活动编号“no-such-event”不在本届活动中')
    expect(await axeViolations(app.page)).toEqual([])
    await app.tap('查看全部活动（活动日历）')
    await app.page.waitForFunction(() => window.location.hash.includes('pages/events/index'))
    await app.waitForText('活动日历')
    expect(app.errors).toEqual([])
  })

  it('October is reachable, with the green-product week’s last day', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.tap('10月 ›')
    await app.waitForText('2021年10月')
    expect(await cell('2021-10-01').innerText()).toContain('1项')
    expect(await app.text()).toContain('绿色产品认证宣传周')
  })

  it('today is China’s: at 00:30 on 1 September in China (still 31 August in the browser) the 1st is today', async () => {
    app = await e2e.open({ now: '2021-09-01T00:30' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    expect(await cell('2021-09-01').innerText()).toContain('今天')
  })

  it('no serious accessibility violations on the calendar (grid in view, a day picked, filters open, list) and the event page', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.waitForText('2021年9月')
    // Axe judges some rules (label in name) only for elements on screen: check with the grid in view.
    expect(await axeViolations(app.page)).toEqual([])
    await cell('2021-09-16').click()
    await app.waitForText('2021年9月16日 周四 · 2项活动')
    expect(await axeViolations(app.page)).toEqual([])
    await app.tap('筛选 ▾')
    await app.waitForText('附件1 列出的主办单位是19个')
    expect(await axeViolations(app.page)).toEqual([])
    await app.tap('列表')
    await app.waitForText('9月13日–19日（本周）')
    expect(await axeViolations(app.page)).toEqual([])
    await app.close()
    app = await e2e.open({ now: '2021-09-14', path: `${EVENT_PATH}?id=hangzhou-conference` })
    await app.waitForText('日期与来源')
    expect(await axeViolations(app.page)).toEqual([])
  })
})
