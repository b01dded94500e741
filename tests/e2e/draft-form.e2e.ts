/**
 * Issue 24 item 6, the draft form finished, on the production H5 build in Chromium:
 * - the phone field is a phone number's input (type, inputmode and autocomplete tel: the
 *   phone keypad on a phone), and a landline typed without "-" is accepted;
 * - after 清空 (confirmed), what it did is on screen under the button, where the user is, and
 *   told to screen readers (the app's live region); in 大字模式 at 320×568 too;
 * - after 生成文本并复制, a next step's copy (复制“12315”, 复制网址) says what the clipboard
 *   holds now and that the complaint is no longer there; 再复制投诉文本 puts it back.
 * Nothing typed is lost, no console errors, nothing sent, no serious axe violations.
 */
import type { Locator } from 'playwright-core'
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()

const DRAFT = 'packages/complaints/draft/index'
const CLIPBOARD = ['clipboard-read', 'clipboard-write']

let app: App

/** The visible page (Taro H5 keeps earlier pages in the DOM, hidden). */
const view = (): Locator => app.page.locator('.taro_page:visible').last()
const tap = async (label: string | RegExp) => {
  await view().getByText(label, { exact: typeof label === 'string' }).first().click()
}
const field = (label: string) => view().getByLabel(label, { exact: true })
const fillForm = async () => {
  await field('商家名称').fill('某某超市')
  await field('商家地址').fill('海口市龙华区某某路1号')
  await field('发生了什么').fill('买的牛奶打开发现已经变质，找店员要求退货被拒绝。')
  await field('发生日期').fill('2021-09-12')
  await field('您的请求').fill('退货并退还货款')
  await field('您的电话').fill('13800138000')
}
/** What the app's live region (platform/a11y announce) says now. */
const announced = () => app.page.evaluate(() => document.getElementById('hq-announcer')?.textContent ?? '')

/** True when the middle of the element is on screen and shows the element (nothing over it). */
const seen = (locator: Locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect()
  const x = r.left + r.width / 2
  const y = r.top + r.height / 2
  if (r.height === 0 || y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) return false
  const hit = document.elementFromPoint(x, y)
  return !!hit && (el.contains(hit) || hit.contains(el))
})

/** Taps 清空 and confirms in the app's dialog. */
async function clearDraft() {
  await tap('清空')
  const dialog = app.page.getByRole('alertdialog', { name: '清空草稿？' })
  await dialog.waitFor()
  await dialog.getByRole('button', { name: '清空', exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

describe('the phone field', () => {
  it('opens the phone keypad: type, inputmode and autocomplete tel; a landline without "-" is fine', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT })
    await app.waitForText(/^生成文本并复制$/)
    const phone = field('您的电话')
    expect(await phone.getAttribute('type')).toBe('tel')
    expect(await phone.getAttribute('inputmode')).toBe('tel')
    expect(await phone.getAttribute('autocomplete')).toBe('tel')
    expect(await view().getByTestId('field-phone').innerText()).toContain('座机要带区号，“-”可不填')
    await phone.fill('089812345678')
    await field('商家名称').click() // leave the phone field
    await app.waitForText('已自动保存在本机')
    expect(await view().getByTestId('field-phone').innerText()).not.toContain('！')
    expect(await phone.inputValue()).toBe('089812345678')
    expect(app.errors).toEqual([])
  })
})

describe('清空', () => {
  it.each([
    ['375×812', { width: 375, height: 812 }, false],
    ['320×568 in 大字模式', { width: 320, height: 568 }, true]
  ])('at %s: what it did is shown under the button, in view, and told to screen readers', async (_, viewport, large) => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT })
    await app.page.setViewportSize(viewport)
    if (large) await app.page.evaluate(() => localStorage.setItem('hq:display', JSON.stringify({ data: { state: { mode: 'large' }, version: 1 } })))
    await app.reload()
    await app.waitForText(/^生成文本并复制$/)
    await fillForm()
    await app.waitForText('已自动保存在本机')

    await clearDraft()
    const line = view().getByText('已清空：草稿已从这台手机上删除。', { exact: true })
    await line.waitFor()
    // Where the user is: under 清空 (which has the focus back), on screen, nothing over it.
    await app.page.waitForFunction(() => {
      const el = document.querySelector('#draft-cleared .draft__saved')
      if (!el) return false
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })
    expect(await seen(line)).toBe(true)
    expect(await seen(view().getByText('清空', { exact: true }))).toBe(true)
    expect(await announced()).toBe('已清空：草稿已从这台手机上删除。')
    expect(await field('商家名称').inputValue()).toBe('')
    // The form's top no longer says the draft is saved.
    expect(await app.text()).not.toContain('已自动保存在本机')

    // Typing again: the line goes, and the new text is saved.
    await field('商家名称').fill('另一家店')
    await app.waitForText('已自动保存在本机')
    expect(await app.text()).not.toContain('已清空')
    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
  })
})

describe('生成文本并复制, then the next steps', () => {
  it('复制“12315” and 复制网址 say the complaint is no longer on the clipboard; 再复制投诉文本 puts it back', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT, permissions: CLIPBOARD })
    await app.waitForText(/^生成文本并复制$/)
    await fillForm()
    await tap('生成文本并复制')
    await app.waitForText('已复制到剪贴板。')
    const text = await view().getByTestId('draft-result').innerText()
    expect(text).toMatch(/^【消费投诉】\n联系电话：13800138000\n被投诉商家：某某超市/)
    expect(await app.readClipboard()).toBe(text)

    await tap('复制“12315”')
    await app.waitForText('已复制“12315”，可在微信中搜索「12315」。投诉文本已不在剪贴板上，需要时点上面的“再复制投诉文本”。')
    expect(await app.readClipboard()).toBe('12315')
    expect(await app.text()).toContain('剪贴板上现在是“12315”，不再是投诉文本。要粘贴投诉文本，请先点“再复制投诉文本”。')
    expect(await app.text()).not.toContain('已复制到剪贴板。')

    await tap('复制网址')
    await app.waitForText('已复制网址 https://www.12315.cn。投诉文本已不在剪贴板上')
    expect(await app.readClipboard()).toBe('https://www.12315.cn')
    expect(await app.text()).toContain('剪贴板上现在是“https://www.12315.cn”，不再是投诉文本。')

    await tap('再复制投诉文本')
    await app.waitForText('已再次复制到剪贴板。')
    expect(await app.readClipboard()).toBe(text)
    expect(await app.text()).not.toContain('投诉文本已不在剪贴板上') // no stale line left
    expect(await view().getByTestId('draft-result').innerText()).toBe(text)
    // Nothing typed was lost on the way.
    expect(await field('商家名称').inputValue()).toBe('某某超市')
    expect(await field('您的电话').inputValue()).toBe('13800138000')

    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('再复制投诉文本 works from the keyboard', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT, permissions: CLIPBOARD })
    await app.waitForText(/^生成文本并复制$/)
    await fillForm()
    await tap('生成文本并复制')
    await app.waitForText('已复制到剪贴板。')
    const text = await view().getByTestId('draft-result').innerText()
    await tap('复制网址')
    await app.waitForText(/投诉文本已不在剪贴板上/)
    const again = view().getByRole('button', { name: '再复制投诉文本', exact: true })
    await again.focus()
    await app.page.keyboard.press('Enter')
    await app.waitForText('已再次复制到剪贴板。')
    expect(await app.readClipboard()).toBe(text)
    expect(app.errors).toEqual([])
  })
})
