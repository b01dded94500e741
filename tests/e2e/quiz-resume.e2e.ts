/**
 * A quiz round survives leaving it, in the production H5 build (Chromium, phone viewport):
 * answering two questions, opening an answer's source and coming back with the back button
 * shows the same question with the answers kept; a reload too (a ticked option included);
 * the results with the missed list survive a reload; 再来一次 starts again. A round from
 * another day, or a corrupt stored round, starts fresh without an error, and the best scores
 * stay. No request leaves 127.0.0.1.
 */
import quiz from '../../src/content/editions/2021.quiz.json'
import { drawDaily, type QuizQuestion, type ShownQuestion } from '../../src/features/quiz/model'
import { axeViolations, withApp, type App } from './support/app'

const QUIZ_PATH = 'packages/quiz/daily/index'
const DAY = '2021-09-14'
const QUESTIONS = drawDaily(quiz.questions as QuizQuestion[], DAY)
const LETTERS = 'ABCDEF'
const label = (q: ShownQuestion, o: string) => `${LETTERS[q.shown.indexOf(o)]}. ${o}`
const wrongOf = (q: ShownQuestion) => q.shown.find((o) => !q.correct.includes(o))!

const e2e = withApp()

/** The option button of `q` showing `o` (its text may carry a ●/✓/✗ mark). */
const optionButton = (app: App, q: ShownQuestion, o: string) =>
  app.page.locator('.taro_page:visible .quiz-option').filter({ hasText: new RegExp(`^\\s*(●|✓|✗)?\\s*${label(q, o).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })

/** Answers question `i` (on screen) with `choose` and waits for the verdict. */
async function answerQuestion(app: App, i: number, choose: string[]): Promise<void> {
  const q = QUESTIONS[i]
  await app.waitForText(`第${i + 1}题，共10题`)
  expect(await app.text()).toContain(q.stem)
  for (const o of choose) await optionButton(app, q, o).click()
  await app.tap('提交答案')
  await app.waitForText(choose.every((o) => q.correct.includes(o)) && choose.length === q.correct.length ? '✓ 回答正确' : '✗ 回答错误')
}

/** The quiz's own address, with the app's day. */
const quizUrl = (app: App, now: string) => `${new URL(app.page.url()).origin}/?now=${now}#/${QUIZ_PATH}`

/** The stored values of every key but the kept round. */
const otherKeys = (app: App) => app.page.evaluate(() =>
  Object.fromEntries(Object.keys(localStorage).filter((k) => k !== 'hq:quiz-round').sort().map((k) => [k, localStorage.getItem(k)])))

describe('a quiz round survives leaving it', () => {
  it('a source and back, a reload, the results and a reload, 再来一次', async () => {
    const app = await e2e.open({ now: DAY })
    await app.page.getByTestId('quick-quiz').click()
    await app.waitForRoute(QUIZ_PATH)
    await app.tap('开始每日一练')
    await answerQuestion(app, 0, [wrongOf(QUESTIONS[0])])
    await app.tap('下一题')
    await answerQuestion(app, 1, QUESTIONS[1].correct)

    // Open the answer's source: the notice, in the 关于 tab (the bank decides), then the back button.
    expect(QUESTIONS[1].source.kind).toBe('notice')
    await app.page.locator('.taro_page:visible .quiz__source-link').first().click()
    await app.waitForRoute('pages/about/index')
    await app.page.goBack()
    await app.page.waitForFunction(() => !window.location.hash.includes('pages/about/index'))
    // Opening a tab closes the quiz's page (as WeChat's switchTab does), so back leads to 首页,
    // where the quiz was opened from; opened again from there, it resumes. (Should back ever
    // return to the quiz's address itself, the quiz is there already.)
    if (!(await app.page.evaluate((p) => window.location.hash.includes(p), QUIZ_PATH))) {
      await app.waitForRoute('pages/home/index')
      await app.page.getByTestId('quick-quiz').click()
    }
    await app.waitForRoute(QUIZ_PATH)
    await app.waitForText('第2题，共10题')
    expect(await app.text()).toContain('✓ 回答正确')
    expect(await app.text()).toContain(QUESTIONS[1].explanation.replace(/\s+/g, ' '))

    // Tick an option of question 3, then reload: question 3, the option still ticked.
    await app.tap('下一题')
    await app.waitForText('第3题，共10题')
    const q3 = QUESTIONS[2]
    await optionButton(app, q3, q3.correct[0]).click()
    await app.page.waitForFunction(() => document.querySelector('.taro_page .quiz-option[aria-pressed="true"]') !== null)
    await app.reload()
    await app.waitForText('第3题，共10题')
    expect(await optionButton(app, q3, q3.correct[0]).getAttribute('aria-pressed')).toBe('true')
    expect(await axeViolations(app.page)).toEqual([])

    // Finish: question 1 was missed.
    for (const o of q3.correct.slice(1)) await optionButton(app, q3, o).click()
    await app.tap('提交答案')
    await app.waitForText('✓ 回答正确')
    await app.tap('下一题')
    for (let i = 3; i < 10; i++) {
      await answerQuestion(app, i, QUESTIONS[i].correct)
      await app.tap(i === 9 ? '查看成绩' : '下一题')
    }
    await app.waitForText('答对9题，共10题')

    // The results and the missed list survive a reload.
    await app.reload()
    await app.waitForText('答对9题，共10题')
    const text = await app.text()
    expect(text).toContain('答错的题（1道）')
    expect(text).toContain(QUESTIONS[0].stem)
    expect(text).toContain('这一天的最好成绩：9 / 10')

    // 再来一次: the day's round from its first question, and that new round is what a reload shows.
    await app.tap('再来一次')
    await app.waitForText('第1题，共10题')
    await app.reload()
    await app.waitForText('第1题，共10题')
    expect(await app.text()).not.toContain('回答正确')
    expect(app.errors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })

  it('a round from another day is not resumed: the next day starts fresh', async () => {
    const app = await e2e.open({ now: DAY, path: QUIZ_PATH })
    await app.tap('开始每日一练')
    await answerQuestion(app, 0, QUESTIONS[0].correct)
    await app.reload()
    await app.waitForText('第1题，共10题')
    expect(await app.text()).toContain('✓ 回答正确')
    await app.page.goto(quizUrl(app, '2021-09-15'))
    await app.waitForText('每日一练 · 9月15日')
    expect(await app.text()).toContain('开始每日一练')
    expect(app.errors).toEqual([])
  })

  it.each([
    ['320 px', 320, false],
    ['375 px in 大字模式', 375, true]
  ])('at %s the resumed question keeps its buttons on one line', async (_label, width, large) => {
    const app = await e2e.open({ now: DAY, path: QUIZ_PATH })
    await app.page.setViewportSize({ width, height: 700 })
    await app.tap('开始每日一练')
    await answerQuestion(app, 0, QUESTIONS[0].correct)
    await app.tap('下一题')
    await app.waitForText('第2题，共10题')
    // As the text-size setting stores 大字模式 (tests/e2e/density.e2e.ts); the reload resumes.
    if (large) await app.page.evaluate(() => localStorage.setItem('hq:display', JSON.stringify({ data: { state: { mode: 'large' }, version: 1 } })))
    await app.reload()
    await app.waitForText('第2题，共10题')
    if (large) expect(await app.page.locator('.taro_page:visible [data-text-scale="1.5"]').count()).toBeGreaterThan(0)
    // Measured as a phone shows Chinese, each character 1 em wide: this Chromium has no CJK font
    // (its placeholder glyphs are narrower), and a button is one line tall, so a second line
    // would be clipped, not seen.
    const fits = await app.page.locator('.taro_page:visible .quiz__question .hq-button').evaluateAll((els) => els.map((el) => {
      const cs = getComputedStyle(el)
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)
      const text = (el.textContent ?? '').trim()
      return `${text}: ${text.length * parseFloat(cs.fontSize) <= room ? 'fits' : `needs ${text.length * parseFloat(cs.fontSize)} px, has ${room}`}`
    }))
    expect(fits).toEqual(['提交答案: fits', '放弃这一轮，返回问答首页: fits'])
    expect(await axeViolations(app.page)).toEqual([])
    expect(app.errors).toEqual([])
  })

  it.each([
    ['not JSON', 'not json {'],
    ['a round of the wrong shape', JSON.stringify({ data: { state: { round: { mode: 'daily', questions: 'x', phase: 'end' } }, version: 1 } })],
    ['a round whose answers do not fit its questions', null]
  ])('a corrupt stored round (%s) starts fresh without an error; the best scores stay', async (_label, corrupt) => {
    const app = await e2e.open({ now: DAY, path: QUIZ_PATH })
    await app.tap('开始每日一练')
    for (let i = 0; i < 10; i++) {
      await answerQuestion(app, i, QUESTIONS[i].correct)
      await app.tap(i === 9 ? '查看成绩' : '下一题')
    }
    await app.waitForText('答对10题，共10题')
    await app.reload()
    await app.waitForText('答对10题，共10题') // kept, until it is spoilt below
    const before = await otherKeys(app)
    expect(Object.keys(before)).toContain('hq:quiz')
    await app.page.evaluate((value) => {
      if (value !== null) return localStorage.setItem('hq:quiz-round', value)
      // A well-formed round whose first answer names another question.
      const stored = JSON.parse(localStorage.getItem('hq:quiz-round')!)
      const answers = stored.data.state.round.answers
      answers[0].id = answers[1].id
      localStorage.setItem('hq:quiz-round', JSON.stringify(stored))
    }, corrupt)
    await app.reload()
    await app.waitForText('今天的最好成绩：10 / 10')
    expect(await app.text()).toContain('开始每日一练')
    expect(await otherKeys(app)).toEqual(before)
    await app.tap('开始每日一练')
    await app.waitForText('第1题，共10题')
    expect(app.errors).toEqual([])
  })
})
