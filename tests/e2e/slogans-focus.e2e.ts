/**
 * Issue 24 item 5, the carousel and the poster dialog, on the production H5 build in Chromium:
 * - the slogan slide reached with Tab shows its whole focus ring (not clipped by the slides'
 *   frame), and stays put, ring and all, while it has the focus (the rotation holds);
 * - the poster dialog's heading is not under the title bar, at 375×812 and 320×568, in the
 *   standard size and in 大字模式: the point in the middle of the heading shows the heading.
 */
import { ROTATION_INTERVAL_MS } from '../../src/features/slogans/model'
import { axeViolations, type App, withApp } from './support/app'

const SLOGANS_PATH = 'packages/campaign/slogans/index'

const e2e = withApp()
let app: App

/** Switches 大字模式 on (as the text-size setting stores it) and reloads. */
async function largeText() {
  await app.page.evaluate(() => localStorage.setItem('hq:display', JSON.stringify({ data: { state: { mode: 'large' }, version: 1 } })))
  await app.reload()
  await app.page.waitForFunction(() => document.querySelector('.taro_page [data-text-scale="1.5"]') !== null)
}

/** Tabs until the focus is on an element matching `selector`; gives up after `max` presses. */
async function tabTo(selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab')
    if (await app.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

type Ring = { style: string; width: number; color: string; clippedBy: string | null; text: string }
/**
 * The focused element's ring as drawn: its outline, and the first ancestor that clips it
 * (overflow other than visible) with the ring sticking out of it, if any.
 */
const focusedRing = (): Promise<Ring> => app.page.evaluate(() => {
  const el = document.activeElement as HTMLElement
  const cs = getComputedStyle(el)
  const width = parseFloat(cs.outlineWidth)
  const grow = width + parseFloat(cs.outlineOffset)
  const r = el.getBoundingClientRect()
  const ring = { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow }
  let clippedBy: string | null = null
  for (let a = el.parentElement; a && !clippedBy; a = a.parentElement) {
    const acs = getComputedStyle(a)
    if (acs.overflowX === 'visible' && acs.overflowY === 'visible') continue
    const b = a.getBoundingClientRect()
    if (ring.left < b.left - 0.5 || ring.top < b.top - 0.5 || ring.right > b.right + 0.5 || ring.bottom > b.bottom + 0.5) clippedBy = a.className
  }
  return { style: cs.outlineStyle, width, color: cs.outlineColor, clippedBy, text: el.innerText.replace(/\s+/g, ' ').trim() }
})

describe('the slogan carousel, by keyboard', () => {
  it('the focused slide shows its whole ring, and stays while focused; the rotation goes on once focus leaves', async () => {
    app = await e2e.open({ now: '2021-09-14', fakeClock: true })
    const position = app.page.getByTestId('carousel-position')
    await position.filter({ hasText: '第1条' }).waitFor()
    await tabTo('.slogan-carousel__slide')
    const ring = await focusedRing()
    expect(ring.style).toBe('solid')
    expect(ring.width).toBeGreaterThanOrEqual(2)
    expect(ring.clippedBy).toBeNull() // the whole ring is on screen, not cut off by the slides' frame
    expect(await app.page.evaluate(() => document.activeElement?.closest('[aria-hidden="true"]') === null)).toBe(true)

    // Time passes: the slide focused stays the one shown.
    await app.page.clock.runFor(ROTATION_INTERVAL_MS * 3)
    expect(await position.innerText()).toMatch(/^第1条/)
    expect((await focusedRing()).text).toBe(ring.text)
    expect(await app.page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const frame = (el.closest('.hq-slides') as HTMLElement).getBoundingClientRect()
      const r = el.getBoundingClientRect()
      return r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5
    })).toBe(true)

    // Focus leaves the slides (to 上一条): the rotation goes on.
    await app.page.keyboard.press('Tab')
    expect(await app.page.evaluate(() => document.activeElement?.closest('.hq-slides') === null)).toBe(true)
    await app.page.clock.runFor(ROTATION_INTERVAL_MS)
    await position.filter({ hasText: '第2条' }).waitFor()
    expect(app.errors).toEqual([])
  })
})

/** Opens 口号 at `viewport` (and 大字模式), then the poster of slogan s2; resolves once it is drawn. */
async function openPoster(viewport: { width: number; height: number }, large: boolean) {
  app = await e2e.open({ now: '2021-09-14', path: SLOGANS_PATH })
  await app.page.setViewportSize(viewport)
  if (large) await largeText()
  else await app.reload()
  await app.waitForText('2021年“质量月”活动口号')
  await app.page.getByTestId('slogan-s2').getByText('生成海报', { exact: true }).click()
  const dialog = app.page.getByRole('dialog', { name: '口号海报' })
  await dialog.waitFor()
  await dialog.getByText('关闭', { exact: true }).waitFor()
  await app.page.waitForFunction(() => !document.body.innerText.includes('正在生成海报…'))
  // The sheet has taken the focus (ui/PosterSheet: its first control).
  await app.page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null)
  return dialog
}

/** What the middle of the dialog's heading shows: true when it is the heading itself. */
const headingOnTop = () => app.page.evaluate(() => {
  const heading = document.querySelector<HTMLElement>('[role="dialog"] .poster-panel__title') as HTMLElement
  const r = heading.getBoundingClientRect()
  const x = r.left + r.width / 2
  const y = r.top + r.height / 2
  const hit = document.elementFromPoint(x, y)
  return { onTop: !!hit && heading.contains(hit), top: r.top, hit: hit ? `${hit.tagName}.${hit.className}` : null }
})

/** Whether the title bar's shown button (返回 or 首页) is what the middle of it shows. */
const titleBarButtonOnTop = () => app.page.evaluate(() => {
  const button = Array.from(document.querySelectorAll<HTMLElement>('#taro-navigation-bar [role="button"]')).find((b) => b.getClientRects().length > 0)
  if (!button) throw new Error('no button shown in the title bar')
  const r = button.getBoundingClientRect()
  return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))
})

describe('the poster dialog', () => {
  it.each([
    ['375×812', { width: 375, height: 812 }, false],
    ['320×568', { width: 320, height: 568 }, false],
    ['375×812, 大字模式', { width: 375, height: 812 }, true],
    ['320×568, 大字模式', { width: 320, height: 568 }, true]
  ])('at %s its heading is on screen, not under the title bar', async (_, viewport, large) => {
    const dialog = await openPoster(viewport, large)
    const seen = await headingOnTop()
    expect(seen).toEqual(expect.objectContaining({ onTop: true }))
    expect(seen.top).toBeGreaterThanOrEqual(0)
    // The dialog is modal: the title bar's button (首页, the page was opened directly) cannot be tapped through it.
    expect(await titleBarButtonOnTop()).toBe(false)
    await dialog.getByText('关闭', { exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await titleBarButtonOnTop()).toBe(true) // closed: the bar is on top again
    expect(app.errors).toEqual([])
  })

  it('has no serious accessibility violations at 320×568 in 大字模式', async () => {
    await openPoster({ width: 320, height: 568 }, true)
    expect(await axeViolations(app.page)).toEqual([])
  })
})
