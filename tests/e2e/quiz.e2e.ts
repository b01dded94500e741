/**
 * 质量知识问答 in the production H5 build (Chromium, phone viewport, browser in
 * America/Los_Angeles, the app's day set to 14 September China time): from 首页 a full round
 * of 每日一练 answered by tapping, the score, a reload that keeps the results and the best score, the score
 * poster downloaded as a real PNG; keyboard use with a visible focus; a source link opening
 * the notice at its paragraph; axe finds nothing serious. No request leaves 127.0.0.1.
 */
import quiz from '../../src/content/editions/2021.quiz.json'
import { drawDaily, type QuizQuestion, type ShownQuestion } from '../../src/features/quiz/model'
import { colors } from '../../src/styles/tokens'
import { axeViolations, openApp, startEnv, type App, type Env } from './support/app'
import { decodePng, pixelAt, pixelStats } from './support/png'

const QUIZ_PATH = 'packages/quiz/daily/index'
const DAY = '2021-09-14'
const QUESTIONS = drawDaily(quiz.questions as QuizQuestion[], DAY)
const LETTERS = 'ABCDEF'
const label = (q: ShownQuestion, o: string) => `${LETTERS[q.shown.indexOf(o)]}. ${o}`

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

const expectClean = () => {
  expect(app.errors).toEqual([])
  expect(app.externalRequests).toEqual([])
}

/** The option button of `q` showing `o` (its text may carry a ●/✓/✗ mark). */
const optionButton = (q: ShownQuestion, o: string) =>
  app.page.locator('.taro_page:visible .quiz-option').filter({ hasText: new RegExp(`^\\s*(●|✓|✗)?\\s*${label(q, o).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })

describe('质量知识问答', () => {
  it('首页 → a full round by tapping → the score → a reload keeps the best score → the poster downloads', async () => {
    app = await openApp(env, { now: DAY })
    await app.page.getByTestId('quick-quiz').click()
    await app.page.waitForFunction((p) => window.location.hash.includes(p), QUIZ_PATH)
    await app.waitForText('每日一练 · 9月14日')
    await app.tap('开始每日一练')

    for (const [i, q] of QUESTIONS.entries()) {
      await app.waitForText(`第${i + 1}题，共10题`)
      expect(await app.text()).toContain(q.stem)
      const wrong = i === 1 || i === 6
      const choose = wrong ? [q.shown.find((o) => !q.correct.includes(o))!] : q.correct
      for (const o of choose) await optionButton(q, o).click()
      await app.tap('提交答案')
      await app.waitForText(wrong ? '✗ 回答错误' : '✓ 回答正确')
      const text = await app.text()
      expect(text).toContain(q.explanation.replace(/\s+/g, ' '))
      expect(text).toMatch(/查看(通知原文|来源|投诉渠道)：/)
      await app.tap(i === 9 ? '查看成绩' : '下一题')
    }

    await app.waitForText('答对8题，共10题')
    let text = await app.text()
    expect(text).toContain('8 / 10')
    expect(text).toContain('答错的题（2道）')
    expect(text).toContain(QUESTIONS[1].stem)
    expect(text).toContain(QUESTIONS[6].stem)
    expect(text).toContain('这一天的最好成绩：8 / 10')
    expect(await axeViolations(app.page)).toEqual([])

    // A reload (the same address): the results are still there (quiz-resume.e2e.ts), and the
    // quiz's start shows the day's best score.
    await app.reload()
    await app.waitForText('答对8题，共10题')
    await app.tap('返回问答首页')
    await app.waitForText('今天的最好成绩：8 / 10')

    // Another round, then the poster of its score.
    await app.tap('开始每日一练')
    for (const [i, q] of QUESTIONS.entries()) {
      await app.waitForText(`第${i + 1}题，共10题`)
      for (const o of q.correct) await optionButton(q, o).click()
      await app.tap('提交答案')
      await app.waitForText('✓ 回答正确')
      await app.tap(i === 9 ? '查看成绩' : '下一题')
    }
    await app.waitForText('答对10题，共10题')
    text = await app.text()
    expect(text).toContain('这一天的最好成绩：10 / 10')
    await app.tap('生成成绩海报')
    const dialog = app.page.getByRole('dialog', { name: '成绩海报' })
    await dialog.waitFor()
    const download = await app.download(() => dialog.getByText('下载海报图片', { exact: true }).click())
    expect(download.filename).toBe('质量知识问答-2021-09-14-答对10题（共10题）.png')
    const png = decodePng(download.body)
    expect([png.width, png.height]).toEqual([1500, 2668]) // 750×1334 at the phone's pixel ratio 2
    const stats = pixelStats(png)
    expect(stats.colours).toBeGreaterThan(5)
    expect(stats.lumaStdDev).toBeGreaterThan(30)
    expect(pixelAt(png, 20, 1300)).toBe(colors.brand) // the red band
    expect(pixelAt(png, 1480, 1700)).toBe(colors.surface) // white below
    expect(pixelAt(png, 750, 2660)).toBe(colors.accent) // the blue foot
    // The score in white in the middle of the band.
    let white = 0
    for (let y = 700; y < 950; y += 3) for (let x = 300; x < 1200; x += 3) if (pixelAt(png, x, y) === colors.surface) white++
    expect(white).toBeGreaterThan(300)
    await app.waitForText(/已下载：/)
    expectClean()
  })

  it('works from the keyboard: Tab reaches the options, Space chooses, Enter submits, focus is visible', async () => {
    app = await openApp(env, { now: DAY, path: QUIZ_PATH })
    await app.waitForText('开始每日一练')
    const start = app.page.locator('.taro_page:visible').getByText('开始每日一练', { exact: true })
    await start.focus()
    await app.page.keyboard.press('Enter')
    const q = QUESTIONS[0]
    await app.waitForText('第1题，共10题')
    // Tab from the top of the page to the first option.
    await app.page.locator('.taro_page:visible .quiz__stem').click()
    await app.page.keyboard.press('Tab')
    const focused = () => app.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return { text: (el?.textContent ?? '').trim(), role: el?.getAttribute('role'), pressed: el?.getAttribute('aria-pressed'), outline: el ? getComputedStyle(el).outlineStyle : '' }
    })
    let f = await focused()
    expect(f.text).toBe(label(q, q.shown[0]))
    expect(f.role).toBe('button')
    expect(f.outline).toBe('solid') // the focus ring
    // Move to the correct option and choose it with Space.
    for (let k = 0; k < q.shown.indexOf(q.correct[0]); k++) await app.page.keyboard.press('Tab')
    await app.page.keyboard.press(' ')
    f = await focused()
    expect(f.pressed).toBe('true')
    for (const c of q.correct.slice(1)) {
      await optionButton(q, c).focus()
      await app.page.keyboard.press(' ')
    }
    // Tab on to 提交答案 and press Enter.
    for (let k = 0; k < 8; k++) {
      await app.page.keyboard.press('Tab')
      if ((await focused()).text === '提交答案') break
    }
    expect((await focused()).text).toBe('提交答案')
    await app.page.keyboard.press('Enter')
    await app.waitForText('✓ 回答正确')
    expect(await axeViolations(app.page)).toEqual([])
    expectClean()
  })

  it('a notice answer’s link opens the notice at that paragraph', async () => {
    app = await openApp(env, { now: DAY, path: QUIZ_PATH })
    await app.tap('开始每日一练')
    const q = QUESTIONS[0]
    expect(q.source.kind).toBe('notice') // 14 September's first question (the bank decides)
    for (const o of q.correct) await optionButton(q, o).click()
    await app.tap('提交答案')
    await app.waitForText(/查看(通知原文|来源|投诉渠道)：/)
    const link = app.page.locator('.taro_page:visible .quiz__source-link').first()
    const linkText = (await link.innerText()).trim()
    await link.click()
    if (q.source.kind === 'notice') {
      await app.page.waitForFunction(() => window.location.hash.includes('pages/about/index'))
      await app.waitForText('▶ 您要找的段落')
      const target = app.page.locator(`#${q.source.anchor}`)
      expect(await target.innerText()).toContain('▶ 您要找的段落')
    } else if (q.source.kind === 'public') {
      await app.page.waitForFunction(() => window.location.hash.includes('packages/about/app-info/index?source='))
      await app.waitForText('▶ 您要找的来源')
    } else {
      await app.page.waitForFunction(() => window.location.hash.includes('pages/complaints/index'))
    }
    expect(linkText).toMatch(/^查看/)
    expectClean()
  })
})
