/**
 * Issue 11's review defects and density pass, as a citizen meets them in Chromium (375×812):
 * the draft's fields in the app's font and 大字模式, typed text centred, the user's own
 * address, the error summary leading to the first error, the generated text brought into
 * view; the 口号 page's one compact row per slogan; the 投诉 tab's header and compact 12315
 * card; one link colour; radio groups moved through with the arrow keys.
 */
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()
let app: App

const DRAFT = 'packages/complaints/draft/index'
const view = () => app.page.locator('.taro_page:visible').last()
const field = (label: string) => view().getByLabel(label, { exact: true })

/** Switches 大字模式 on (as the text-size setting stores it) and reloads. */
async function largeText() {
  await app.page.evaluate(() => localStorage.setItem('hq:display', JSON.stringify({ data: { state: { mode: 'large' }, version: 1 } })))
  await app.reload()
  await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1.5"]') !== null)
}

type FieldLook = { family: string; size: number; gapTop: number; gapBottom: number }
/** The native input's font, and where its text box sits inside the visible field. */
const look = (label: string): Promise<FieldLook> => field(label).evaluate((el) => {
  const cs = getComputedStyle(el)
  const box = (el.closest('.draft__input, .draft__textarea') as HTMLElement).getBoundingClientRect()
  const r = el.getBoundingClientRect()
  return { family: cs.fontFamily, size: parseFloat(cs.fontSize), gapTop: r.top - box.top, gapBottom: box.bottom - r.bottom }
})
const bodyFont = () => app.page.evaluate(() => getComputedStyle(document.body).fontFamily)

describe('the complaint draft', () => {
  it('its text boxes use the app’s font and size, grow with 大字模式, and centre typed text', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT })
    await app.waitForText('生成文本并复制')
    const font = await bodyFont()
    for (const label of ['商家名称', '发生了什么', '您的地址']) {
      const l = await look(label)
      expect({ label, family: l.family }).toEqual({ label, family: font }) // not monospace
      expect(l.size).toBeGreaterThanOrEqual(16) // not 13.3 px
    }
    const single = await look('商家名称')
    expect(Math.abs(single.gapTop - single.gapBottom)).toBeLessThanOrEqual(2) // centred, not at the top

    await largeText()
    for (const label of ['商家名称', '发生了什么']) expect((await look(label)).size).toBeGreaterThanOrEqual(24)
    const large = await look('商家名称')
    expect(Math.abs(large.gapTop - large.gapBottom)).toBeLessThanOrEqual(2)
    // Hints are whole text under the label, never a placeholder cut off by the box.
    expect(await field('商家地址').getAttribute('placeholder')).toBeNull()
    await view().getByText('例如：某市某区某路某号；网店写店铺名和平台').waitFor()
    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
  })

  it('生成 with errors focuses the summary, whose link leads to the first wrong field; then the text comes into view', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT, permissions: ['clipboard-read', 'clipboard-write'] })
    await app.waitForText('生成文本并复制')
    await field('商家名称').fill('某某超市')
    await app.tap('生成文本并复制')
    const summary = view().getByRole('alert')
    await summary.waitFor()
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await summary.innerText()).toContain('商家地址')
    await view().getByRole('link', { name: '转到第一处：商家地址' }).click()
    expect(await field('商家地址').evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await axeViolations(app.page)).toEqual([]) // with the summary shown

    await field('商家地址').fill('海口市龙华区某某路1号')
    await field('发生了什么').fill('买的牛奶打开发现已经变质，找店员要求退货被拒绝。')
    await field('发生日期').fill('2021-09-12')
    await field('您的请求').fill('退货并退款')
    await field('您的姓名').fill('王女士')
    await field('您的地址').fill('海口市美兰区某某小区3栋')
    await app.tap('生成文本并复制')
    const result = view().getByRole('region', { name: '生成的投诉文本' })
    await result.waitFor()
    await app.page.waitForFunction(() => {
      const el = document.activeElement
      if (!el || el.getAttribute('role') !== 'region') return false
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.top < window.innerHeight / 2
    })
    const copied = await app.readClipboard()
    expect(copied.split('\n').slice(0, 3)).toEqual(['【消费投诉】', '投诉人：王女士', '投诉人地址：海口市美兰区某某小区3栋'])
    expect(app.errors).toEqual([])
  })

  it('the type is one Tab stop; the arrow keys switch 投诉 and 举报', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT })
    await app.waitForText('生成文本并复制')
    const radios = view().getByRole('radiogroup', { name: '类型' }).getByRole('radio')
    expect(await radios.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')))).toEqual(['0', '-1'])
    await radios.first().focus()
    await app.page.keyboard.press('ArrowDown')
    expect(await radios.nth(1).getAttribute('aria-checked')).toBe('true')
    expect(await radios.nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
    await app.waitForText('违法行为')
  })
})

describe('density', () => {
  it('口号: each slogan has one compact row of text actions, not three bordered buttons', async () => {
    app = await e2e.open({ now: '2021-09-14', path: 'packages/campaign/slogans/index' })
    await app.waitForText('2021年“质量月”活动口号')
    const rows = await view().locator('.slogan-item__actions').evaluateAll((els) => els.map((row) => {
      const actions = Array.from(row.children) as HTMLElement[]
      return {
        count: actions.length,
        tops: new Set(actions.map((a) => Math.round(a.getBoundingClientRect().top))).size,
        bordered: actions.filter((a) => parseFloat(getComputedStyle(a).borderTopWidth) > 0).length
      }
    }))
    expect(rows).toHaveLength(16)
    for (const r of rows) expect(r).toEqual({ count: 3, tops: 1, bordered: 0 })
    expect(await axeViolations(app.page)).toEqual([])
  })

  it('投诉: a header like the other tabs, one row of secondary actions and one 来源 line per channel', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('投诉')
    await app.waitForText('12315 · 全国12315平台')
    expect(await view().getByRole('heading', { level: 1 }).innerText()).toBe('投诉举报')
    const card = view().locator('.hq-card').filter({ hasText: '12315 · 全国12315平台' })
    expect(await card.getByText(/^来源：/).count()).toBe(1)
    const tops = await card.locator('.channel__row > *').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size)
    expect(tops).toBe(1)
    expect(await axeViolations(app.page)).toEqual([])
  })

  it('one link colour: 查看详情 (活动) and 查看活动 (主办单位) look the same', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('活动')
    await app.waitForText('活动日历')
    const colourOf = (text: string) => view().getByText(text).first().evaluate((el) => getComputedStyle(el).color)
    await view().getByText('列表', { exact: true }).first().click()
    await view().getByText('查看详情 ›').first().waitFor()
    const details = await colourOf('查看详情 ›')
    await app.page.goto(`${e2e.env.baseUrl}/?now=2021-09-14#/packages/about/organiser/index?id=amr`)
    await app.waitForText('查看活动 ›')
    expect(await colourOf('查看活动 ›')).toBe(details)
    expect(details).toBe('rgb(11, 92, 173)')
  })
})
