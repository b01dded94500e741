/**
 * 质量知识问答 in the real weapp build, in WeChat's simulator (see shim.ts): a full round of
 * 每日一练 answered by tapping (the day set by the page's `now`), feedback after each answer,
 * the score, and the share card carrying the day so a friend gets the same questions.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import quiz from '../../src/content/editions/2021.quiz.json'
import { drawDaily, type QuizQuestion, type ShownQuestion } from '../../src/features/quiz/model'
import { renderPage, unloadAllPages, type RenderedPage } from './shim'

const PAGE = 'packages/quiz/daily/index'
const DAY = '2021-09-14'
const QUESTIONS = drawDaily(quiz.questions as QuizQuestion[], DAY)
const LETTERS = 'ABCDEF'

jest.setTimeout(60_000)
afterEach(unloadAllPages)

type Node = { dom?: { textContent?: string | null }; dispatchEvent(e: string): void }

/** The element with this class whose text (without a ●/✓/✗ mark) is exactly `text`. */
const find = (page: RenderedPage, selector: string, text: string) =>
  (Array.from(page.component.querySelectorAll(selector)) as Node[])
    .find((el) => (el.dom?.textContent ?? '').replace(/^[●✓✗]\s*/, '').trim() === text)

/** Taps that element, once the page shows it (the caller waits for what the tap brings). */
async function tapExact(page: RenderedPage, selector: string, text: string): Promise<void> {
  await page.waitFor(() => find(page, selector, text) !== undefined, `a ${selector} with text "${text}"`)
  find(page, selector, text)!.dispatchEvent('tap')
}

/** Taps an option and waits until it shows as chosen (● before its letter). */
async function choose(page: RenderedPage, option: string): Promise<void> {
  await tapExact(page, '.quiz-option', option)
  await page.waitFor(() => (find(page, '.quiz-option', option)?.dom?.textContent ?? '').trim().startsWith('●'), `option "${option}" to show as chosen`)
}

const label = (q: ShownQuestion, o: string) => `${LETTERS[q.shown.indexOf(o)]}. ${o}`

describe('质量知识问答 in WeChat', () => {
  it('a full round of 每日一练 by tapping: feedback after each answer, then the score', async () => {
    const page = await renderPage(PAGE, { now: DAY }, { until: '每日一练 · 9月14日' })
    expect(page.text()).toContain('每日一练 · 9月14日')
    await tapExact(page, '.hq-button', '开始每日一练')
    for (const [i, q] of QUESTIONS.entries()) {
      await page.waitForText(`第${i + 1}题，共10题`)
      expect(page.text()).toContain(`第${i + 1}题，共10题`)
      expect(page.text()).toContain(q.stem)
      const chosen = i === 3 ? [q.shown.find((o) => !q.correct.includes(o))!] : q.correct
      for (const o of chosen) await choose(page, label(q, o))
      await tapExact(page, '.hq-button', '提交答案')
      await page.waitForText(i === 3 ? '✗ 回答错误' : '✓ 回答正确')
      const text = page.text()
      expect(text).toContain(i === 3 ? '✗ 回答错误' : '✓ 回答正确')
      expect(text).toContain(q.explanation)
      expect(text).toContain(`原文：“${q.quote}”`)
      await tapExact(page, '.hq-button', i === 9 ? '查看成绩' : '下一题')
    }
    await page.waitForText('答对9题，共10题')
    const text = page.text()
    expect(text).toContain('9 / 10')
    expect(text).toContain('答对9题，共10题')
    expect(text).toContain('答错的题（1道）')
    expect(text).toContain('把这一天的题目分享给朋友')

    // The card's picture (the score) comes through `promise` when not drawn yet; the share never depends on it.
    const share = page.instance.onShareAppMessage as (o: unknown) => { title: string; path: string }
    expect(share.call(page.instance, { from: 'menu' })).toMatchObject({
      title: '我在质量知识问答9月14日的每日一练中答对了9题（共10题），您也来试试',
      path: '/packages/quiz/daily/index?date=2021-09-14&edition=2021'
    })
  })

  it('a shared card’s date opens that day’s questions', async () => {
    const page = await renderPage(PAGE, { now: DAY, date: '2021-09-10' }, { until: '好友分享的每日一练 · 9月10日' })
    expect(page.text()).toContain('好友分享的每日一练 · 9月10日')
    await tapExact(page, '.hq-button', '开始9月10日的题目')
    const stem = drawDaily(quiz.questions as QuizQuestion[], '2021-09-10')[0].stem
    await page.waitForText(stem)
    expect(page.text()).toContain(stem)
  })
})
