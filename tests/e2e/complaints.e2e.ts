/**
 * 投诉 on the production H5 build in Chromium: both channels, the guided choice reaching
 * 12315 and 12345, the 12315 website opened in a new tab, and the draft helper — fill the
 * form, reload (the draft is back), generate and read the clipboard, errors beside the
 * fields, 清空 asking first. Nothing left behind: after 生成文本并复制 and 清空 no stored value
 * (localStorage, sessionStorage) holds anything the user typed, even after a reload; copying
 * works with storage full; a storage that refuses to delete is told truthfully, with a retry.
 * No console errors, nothing sent (the only outside request is the new tab the user asked
 * for, which the test server blocks), no serious axe violations.
 */
import type { Locator } from 'playwright-core'
import { axeViolations, type App, withApp } from './support/app'

const e2e = withApp()

const DRAFT = 'packages/complaints/draft/index'
const TAB = 'pages/complaints/index'
const DRAFT_KEY = 'hq:complaint-draft'
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
  await field('涉及金额（元）').fill('36.5')
  await field('您的请求').fill('退货并退还货款')
  await field('您的电话').fill('13800138000')
  await tap('发票、收据或购物小票')
}

describe('投诉 tab', () => {
  it('shows both channels and the guided choice reaches 12315 and 12345', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('投诉')
    await app.waitForText('12315 · 全国12315平台')
    const text = await app.text()
    for (const s of ['12345 · 政务服务便民热线', '拨打 12315', '拨打 12345', '在微信中搜索「12315」', '我该找谁？', '投诉还是举报？', '提交前准备什么', '活动联系人（通知原文）']) {
      expect(text).toContain(s)
    }

    await tap(/^商家/)
    await tap(/^解决我和商家之间的纠纷/)
    await app.waitForText('找12315，选“我要投诉”')
    expect(await view().getByTestId('guide-outcome').innerText()).toMatch(/12315 · 全国12315平台[\s\S]*由12315受理/)

    await tap('重新选择')
    await tap('说不清')
    await app.waitForText('先打12345问一问')

    await tap('重新选择')
    await tap(/^政府部门或公共服务/)
    await app.waitForText('找12345')
    expect(await view().getByTestId('guide-outcome').innerText()).toContain('12345 · 政务服务便民热线')

    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('12315: copies "12315" to search in WeChat; the website opens in a new tab (H5 has no mini-program jump)', async () => {
    app = await e2e.open({ permissions: CLIPBOARD })
    await app.openTab('投诉')
    await app.waitForText('12315 · 全国12315平台')
    expect(await app.text()).not.toContain('打开“12315”小程序')

    await tap('复制“12315”')
    await app.waitForText('已复制“12315”，可在微信中搜索「12315」')
    expect(await app.readClipboard()).toBe('12315')

    const tab = await app.newTab(() => tap('打开网站'))
    expect(tab.url()).toMatch(/^(https:\/\/www\.12315\.cn\/?|chrome-error:.*)$/)
    // The only request that left 127.0.0.1 is the page the user asked to open (blocked here).
    expect(app.externalRequests).toEqual(['https://www.12315.cn/'])
    expect(app.errors).toEqual([])
  })

  it('the draft helper is found from the tab', async () => {
    app = await e2e.open({ now: '2021-09-14' })
    await app.openTab('投诉')
    await tap('写投诉或举报草稿')
    await app.page.waitForFunction((p) => window.location.hash.includes(p), DRAFT)
    await app.waitForText(/^生成文本并复制$/)
    expect(app.errors).toEqual([])
  })
})

describe('投诉举报草稿', () => {
  it('fill the form, reload: the draft is back; generate: the text is on the clipboard and on screen', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT, permissions: CLIPBOARD })
    await app.waitForText(/^生成文本并复制$/)
    await fillForm()
    // The date is the browser's own date field, which ends today (China, from ?now=).
    const date = field('发生日期')
    expect(await date.getAttribute('type')).toBe('date')
    expect(await date.getAttribute('max')).toBe('2021-09-14')
    await date.fill('2021-09-14')
    await app.waitForText('已自动保存在本机')

    await app.reload()
    await app.waitForText(/^生成文本并复制$/)
    expect(await field('商家名称').inputValue()).toBe('某某超市')
    expect(await field('发生了什么').inputValue()).toBe('买的牛奶打开发现已经变质，找店员要求退货被拒绝。')
    expect(await field('您的电话').inputValue()).toBe('13800138000')
    expect(await view().getByRole('checkbox', { name: /发票、收据或购物小票/ }).getAttribute('aria-checked')).toBe('true')
    expect(await field('发生日期').inputValue()).toBe('2021-09-14')

    await tap('生成文本并复制')
    await app.waitForText('已复制到剪贴板。')
    const expected = [
      '【消费投诉】',
      '联系电话：13800138000',
      '被投诉商家：某某超市',
      '商家地址：海口市龙华区某某路1号',
      '投诉请求：退货并退还货款',
      '事实和理由：买的牛奶打开发现已经变质，找店员要求退货被拒绝。',
      '发生日期：2021年9月14日',
      '涉及金额：36.50元',
      '已有证据：发票、收据或购物小票'
    ].join('\n')
    expect(await app.readClipboard()).toBe(expected)
    expect(await view().getByTestId('draft-result').innerText()).toBe(expected)
    expect(await app.text()).toContain('下一步：到12315提交')

    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('what was typed within the autosave pause is saved when the page is hidden (reload, closing the tab)', async () => {
    app = await e2e.open({ path: DRAFT })
    await app.waitForText(/^生成文本并复制$/)
    // Stop the page's timers: the 400 ms autosave cannot fire by itself.
    await app.page.clock.install()
    await app.page.clock.pauseAt(Date.now() + 60_000)
    await field('商家名称').fill('刚输入的商家')
    await app.waitForText('正在保存…')
    const before = await app.page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)
    expect(before).toBeNull()
    // What the browser fires on reload or closing the tab: the draft is written at once.
    const after = await app.page.evaluate((key) => {
      window.dispatchEvent(new Event('pagehide'))
      return localStorage.getItem(key)
    }, DRAFT_KEY)
    // (Taro's H5 storage wraps each value as { data }.)
    expect(JSON.parse(after ?? 'null')).toMatchObject({ data: { state: { draft: { businessName: '刚输入的商家' } }, version: 1 } })
    await app.page.clock.resume()
    await app.reload()
    await app.waitForText(/^生成文本并复制$/)
    expect(await field('商家名称').inputValue()).toBe('刚输入的商家')
    expect(app.errors).toEqual([])
  })

  it('errors show beside the fields; a report needs fewer', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT })
    await app.waitForText(/^生成文本并复制$/)
    await tap('生成文本并复制')
    await app.waitForText('还有5处需要修改：商家名称、商家地址、发生了什么、发生日期、您的请求')
    expect(await view().getByTestId('field-businessName').innerText()).toContain('！请填写商家名称')
    expect(await view().getByTestId('field-date').innerText()).toContain('！请选择发生日期')

    await field('您的电话').fill('12345')
    await field('商家名称').click() // leave the phone field
    await app.waitForText(/11位手机号，或带区号的座机号/)

    await tap(/^举报（我要举报）/)
    await app.waitForText(/还有4处需要修改：商家名称、商家地址、违法行为、您的电话/)
    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
  })

  it('清空 asks first (a dialog in the page\'s scheme): 保留 keeps the draft, 清空 empties it', async () => {
    app = await e2e.open({ path: DRAFT })
    await app.waitForText(/^生成文本并复制$/)
    await field('商家名称').fill('某某超市')
    await app.waitForText('已自动保存在本机')

    await tap('清空')
    await app.page.getByText('清空草稿？').waitFor()
    const dialog = app.page.getByRole('alertdialog', { name: '清空草稿？' })
    // Readable in both schemes (axeViolations runs light and dark), and in dark it is not a white box.
    expect(await axeViolations(app.page)).toEqual([])
    await app.page.emulateMedia({ colorScheme: 'dark' })
    expect(await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 30, 30)')
    await app.page.emulateMedia({ colorScheme: 'light' })
    expect(await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)')
    await dialog.getByRole('button', { name: '保留', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await field('商家名称').inputValue()).toBe('某某超市')

    await tap('清空')
    await app.page.getByText('清空草稿？').waitFor()
    await dialog.getByRole('button', { name: '清空', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await field('商家名称').inputValue()).toBe('')
    await app.reload()
    await app.waitForText(/^生成文本并复制$/)
    expect(await field('商家名称').inputValue()).toBe('')
    expect(app.errors).toEqual([])
  })

  it('nothing left behind: after 生成文本并复制 and 清空, no stored value contains anything the user typed', async () => {
    app = await e2e.open({ now: '2021-09-14', path: DRAFT, permissions: CLIPBOARD })
    await app.waitForText(/^生成文本并复制$/)
    await fillForm()
    await field('您的姓名').fill('王小明')
    await field('发生日期').fill('2021-09-14')
    await app.waitForText('已自动保存在本机')
    await tap('生成文本并复制')
    await app.waitForText('已复制到剪贴板。')
    expect(await app.readClipboard()).toContain('王小明')

    const typed = ['王小明', '13800138000', '某某超市', '海口市龙华区某某路1号', '牛奶', '退货并退还货款', '36.5']
    const storedValues = () => app.page.evaluate(() => [localStorage, sessionStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) as string)}`)))
    // Our copy never goes through Taro's H5 setClipboardData, which keeps a copy in taro_clipboard.
    expect((await storedValues()).filter((v) => v.startsWith('taro_clipboard='))).toEqual([])

    await tap('清空')
    await app.page.getByText('清空草稿？').waitFor()
    await app.page.getByRole('alertdialog', { name: '清空草稿？' }).getByRole('button', { name: '清空', exact: true }).click()
    await app.waitForText('草稿已从这台手机上删除。')
    const leaks = (values: string[]) => values.filter((v) => typed.some((t) => v.includes(t)))
    expect(leaks(await storedValues())).toEqual([])
    await app.reload()
    await app.waitForText(/^生成文本并复制$/)
    expect(await field('商家名称').inputValue()).toBe('')
    expect(leaks(await storedValues())).toEqual([])
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('a copy left by Taro in taro_clipboard (older version) is removed at launch and on the next copy', async () => {
    app = await e2e.open({ path: TAB, permissions: CLIPBOARD })
    const leave = () => app.page.evaluate(() => localStorage.setItem('taro_clipboard', JSON.stringify({ data: '投诉人：王小明' })))
    const left = () => app.page.evaluate(() => localStorage.getItem('taro_clipboard'))
    await leave()
    await app.reload()
    await app.waitForText('12315 · 全国12315平台')
    expect(await left()).toBeNull()
    await leave()
    await tap('复制网址')
    await app.waitForText('已复制网址 https://www.12315.cn')
    expect(await left()).toBeNull()
  })

  it('copying still works when storage is full', async () => {
    app = await e2e.open({ path: TAB, permissions: CLIPBOARD })
    await app.waitForText('12315 · 全国12315平台')
    const filled = await app.page.evaluate(() => {
      const chunk = 'x'.repeat(512 * 1024)
      let i = 0
      try {
        for (; i < 100; i++) localStorage.setItem(`fill-${i}`, chunk)
      } catch {
        return i
      }
      return -1
    })
    expect(filled).toBeGreaterThan(0) // the quota was reached
    await tap('复制网址')
    await app.waitForText('已复制网址 https://www.12315.cn')
    expect(await app.readClipboard()).toBe('https://www.12315.cn')
    expect(app.errors).toEqual([])
  })

  it('when storage refuses to delete, 清空 says the old draft is still on the phone; 再试删除 removes it', async () => {
    app = await e2e.open({ path: DRAFT })
    await app.waitForText(/^生成文本并复制$/)
    await field('商家名称').fill('某某超市')
    await app.waitForText('已自动保存在本机')
    await app.page.evaluate(() => {
      const w = window as unknown as { __restoreStorage: () => void }
      const set = Storage.prototype.setItem
      const remove = Storage.prototype.removeItem
      Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError') }
      Storage.prototype.removeItem = function () { throw new DOMException('denied', 'SecurityError') }
      w.__restoreStorage = () => {
        Storage.prototype.setItem = set
        Storage.prototype.removeItem = remove
      }
    })
    await tap('清空')
    await app.page.getByText('清空草稿？').waitFor()
    await app.page.getByRole('alertdialog', { name: '清空草稿？' }).getByRole('button', { name: '清空', exact: true }).click()
    await app.waitForText(/页面已清空，但没能从手机上删除之前保存的草稿/)
    expect(await field('商家名称').inputValue()).toBe('')
    expect(await app.text()).not.toContain('不会丢失')
    expect(await app.page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toContain('某某超市') // the truth
    await app.page.evaluate(() => (window as unknown as { __restoreStorage: () => void }).__restoreStorage())
    await tap('再试删除')
    await app.waitForText('草稿已从这台手机上删除。')
    expect(await app.page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull()
    await app.reload()
    await app.waitForText(/^生成文本并复制$/)
    expect(await field('商家名称').inputValue()).toBe('')
  })
})
