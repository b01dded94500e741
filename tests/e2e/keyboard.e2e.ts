/**
 * A keyboard-only walk through the production H5 build (Chromium, phone viewport): only
 * page.keyboard (Tab, Enter, Space and typing) from 首页 → 大字模式 → 活动 → an event → 关注 →
 * 投诉 → the draft → 生成文本并复制. Every control Tab stops at has a role (or is a native
 * control) and a visible focus ring (a solid outline); axe finds nothing serious in either
 * text size. No request leaves 127.0.0.1.
 */
import { axeViolations, openApp, startEnv, type App, type Env } from './support/app'

let env: Env
beforeAll(async () => {
  env = await startEnv()
})
afterAll(async () => {
  await env?.close()
})

let app: App
afterEach(async () => {
  await app?.close()
})

type Focused = { cls: string; text: string; name: string; role: string | null; tag: string; outline: string; inPage: boolean; hash: string }

const focused = (): Promise<Focused> => app.page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null
  // A date field shows its ring around the whole field (its focus is in the input's inner parts).
  const ringed = (el?.closest('.hq-date') as HTMLElement | null) ?? el
  const style = ringed ? getComputedStyle(ringed) : null
  return {
    cls: String(el?.className ?? ''),
    text: (el?.textContent ?? '').replace(/\s+/g, '').trim(),
    name: el?.getAttribute('aria-label') ?? '',
    role: el?.getAttribute('role') ?? null,
    tag: (el?.tagName ?? '').toLowerCase(),
    outline: style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? style.outlineStyle : 'none',
    inPage: Boolean(el?.closest('.taro_page')) && !el?.classList.contains('taro_page'),
    hash: window.location.hash
  }
})

/** Every stop so far, for the failure message. */
let stops: string[] = []

/**
 * Presses Tab until the focused control matches; each control passed on the way must show
 * its focus ring and have a role (or be a native control).
 */
async function tabTo(match: (f: Focused) => boolean, what: string, max = 160): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab')
    const f = await focused()
    stops.push(`${f.tag}[${f.role ?? ''}] ${f.name || f.text.slice(0, 20)} (${f.outline})`)
    if (f.tag !== 'body' && !(f.tag === 'div' && !f.inPage && f.role === null)) {
      const isPage = f.tag === 'div' && f.role === null // the page container (scrollable region)
      if (!isPage) {
        expect({ stop: stops[stops.length - 1], visible: f.outline }).toEqual({ stop: stops[stops.length - 1], visible: 'solid' })
        expect(f.role !== null || ['a', 'input', 'textarea', 'button'].includes(f.tag)).toBe(true)
      }
    }
    if (match(f)) return f
  }
  throw new Error(`Tab never reached ${what}; stops: ${stops.join(' | ')}`)
}

const waitForHash = (part: string) => app.page.waitForFunction((p) => window.location.hash.includes(p), part)

describe('keyboard only', () => {
  it('首页 → 大字模式 → 活动 → an event → 关注 → 投诉 → the draft → 生成文本并复制', async () => {
    app = await openApp(env, { now: '2021-09-14', permissions: ['clipboard-read', 'clipboard-write'] })
    await app.waitForText('活动口号')
    stops = []
    expect(await axeViolations(app.page)).toEqual([])

    // 首页: the search box entry, the quick entries and the text-size options are Tab stops.
    await tabTo((f) => f.text.startsWith('搜索活动'), 'the search box entry')
    // The text-size options are one Tab stop (the checked one); the arrow keys move and choose.
    // (H5 offers 标准字 and 大字模式: 跟随微信 is weapp's.)
    await tabTo((f) => f.role === 'radio' && f.text.includes('标准字'), 'the text-size group')
    await app.page.keyboard.press('ArrowDown')
    expect((await focused()).text).toContain('大字模式')
    expect((await focused()).outline).toBe('solid')
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('aria-checked') === 'true')
    expect(await axeViolations(app.page)).toEqual([]) // 大字模式

    // The tab bar: 活动.
    await tabTo((f) => f.tag === 'a' && f.text.includes('活动'), 'the 活动 tab')
    await app.page.keyboard.press('Enter')
    await waitForHash('pages/events/index')
    await app.waitForText('活动日历')

    // 活动: the view switch, then an event card, opened with Enter.
    const card = await tabTo((f) => f.cls.includes('event-item'), 'an event card')
    await app.page.keyboard.press('Enter')
    await waitForHash('packages/events/detail/index')
    await app.waitForText('☆ 关注')
    expect(card.text.length).toBeGreaterThan(0)

    // The event page: 关注 with Space.
    await tabTo((f) => f.role === 'button' && f.text.startsWith('☆关注'), '关注')
    await app.page.keyboard.press(' ')
    await app.waitForText('★ 已关注（点此取消）')
    expect((await focused()).text).toContain('已关注')

    // Back to the tab bar through 查看全部活动, then 投诉.
    await tabTo((f) => f.text.startsWith('查看全部活动'), '查看全部活动')
    await app.page.keyboard.press('Enter')
    await waitForHash('pages/events/index')
    await tabTo((f) => f.tag === 'a' && f.text.includes('投诉'), 'the 投诉 tab')
    await app.page.keyboard.press('Enter')
    await waitForHash('pages/complaints/index')

    // 投诉: the draft entry.
    await tabTo((f) => f.text === '写投诉或举报草稿', '写投诉或举报草稿')
    await app.page.keyboard.press('Enter')
    await waitForHash('packages/complaints/draft/index')
    await app.waitForText('生成文本并复制')

    // The draft: 举报 (arrow key), three fields typed in, and no error for tabbing past.
    await tabTo((f) => f.role === 'radio' && /^[○◉]投诉/.test(f.text), 'the type group (投诉 checked)')
    await app.page.keyboard.press('ArrowDown')
    expect((await focused()).text).toMatch(/^◉举报/)
    expect((await app.page.evaluate(() => document.activeElement?.getAttribute('aria-checked')))).toBe('true')
    await tabTo((f) => f.tag === 'input' && f.name === '商家名称', '商家名称')
    await app.page.keyboard.type('某某超市')
    await tabTo((f) => f.tag === 'input' && f.name === '商家地址', '商家地址')
    await app.page.keyboard.type('海口市龙华区某某路1号')
    await tabTo((f) => f.tag === 'textarea', '违法行为')
    await app.page.keyboard.type('超市货架上在卖已过保质期的牛奶。')
    await tabTo((f) => f.tag === 'input' && f.name === '发生日期', '发生日期')
    await tabTo((f) => f.role === 'checkbox' && f.text.includes('发票'), 'the first evidence choice')
    expect(await app.text()).not.toContain('！') // tabbing past untouched fields shows no error
    await app.page.keyboard.press(' ')
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-checked'))).toBe('true')

    await tabTo((f) => f.text === '生成文本并复制', '生成文本并复制')
    await app.page.keyboard.press('Enter')
    await app.waitForText('已复制到剪贴板。')
    const copied = await app.readClipboard()
    expect(copied).toContain('某某超市')
    expect(copied).toContain('超市货架上在卖已过保质期的牛奶。')
    expect(copied).toContain('发票')
    expect(await axeViolations(app.page)).toEqual([]) // 大字模式, the draft with its result
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('清空 asks in a dialog that holds focus, Escape keeps the draft, and focus comes back', async () => {
    app = await openApp(env, { now: '2021-09-14', path: 'packages/complaints/draft/index' })
    await app.waitForText('生成文本并复制')
    stops = []
    await tabTo((f) => f.tag === 'input' && f.name === '商家名称', '商家名称')
    await app.page.keyboard.type('某某超市')
    await tabTo((f) => f.text === '清空', '清空')
    await app.page.keyboard.press('Enter')
    const dialog = app.page.getByRole('alertdialog', { name: '清空草稿？' })
    await dialog.waitFor()
    expect((await focused()).text).toBe('保留')
    expect((await focused()).outline).toBe('solid')
    // Tab stays inside: 保留 → 清空 → 保留.
    await app.page.keyboard.press('Tab')
    expect((await focused()).text).toBe('清空')
    expect(await app.page.evaluate(() => getComputedStyle(document.activeElement as Element).backgroundColor)).toBe('rgb(179, 38, 30)') // red, not green
    await app.page.keyboard.press('Tab')
    expect((await focused()).text).toBe('保留')
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect((await focused()).text).toBe('清空') // focus back on the opener
    expect(await app.page.getByLabel('商家名称', { exact: true }).inputValue()).toBe('某某超市')
    expect(app.errors).toEqual([])
  })
})
