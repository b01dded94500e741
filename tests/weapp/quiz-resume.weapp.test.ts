/**
 * A quiz round survives leaving it, in the real weapp build in WeChat's simulator (see
 * shim.ts): the round is written to WeChat's storage as it goes; a round found there when the
 * mini-program starts again resumes at its question; answering, leaving the page (unload, as
 * opening a source in the 关于 tab does: switchTab closes the quiz) and opening it again shows
 * the same question with the answers kept, then the results with the missed list; 再来一次
 * and 放弃这一轮 start again.
 * Needs a build: NODE_ENV=production npx taro build --type weapp
 */
import quiz from '../../src/content/editions/2021.quiz.json'
import { answer, drawDaily, startRound, type QuizQuestion, type ShownQuestion } from '../../src/features/quiz/model'
import { toSaved } from '../../src/features/quiz/saved-round'
import { launchApp, renderPage, unloadAllPages, type RenderedPage } from './shim'

const PAGE = 'packages/quiz/daily/index'
const DAY = '2021-09-14'
const BANK = quiz.questions as QuizQuestion[]
const QUESTIONS = drawDaily(BANK, DAY)
const LETTERS = 'ABCDEF'
const ROUND_KEY = 'hq:quiz-round'

jest.setTimeout(60_000)

// WeChat's storage, which simulate's wx mock does not keep (its setStorageSync does nothing).
const storage = new Map<string, unknown>()
type StoredRound = { state: { round: { phase: string; answers: Array<{ id: string; chosen: string[] }> } | null }; version: number }
const storedRound = () => storage.get(ROUND_KEY) as StoredRound | undefined

beforeAll(() => {
  const { wx } = launchApp()
  wx.setStorageSync = (key: string, value: unknown) => { storage.set(key, JSON.parse(JSON.stringify(value))) }
  wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
  wx.removeStorageSync = (key: string) => { storage.delete(key) }
})
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

const label = (q: ShownQuestion, o: string) => `${LETTERS[q.shown.indexOf(o)]}. ${o}`

/** Answers question `i` (on screen) and waits for the verdict. */
async function answerQuestion(page: RenderedPage, i: number, right: boolean): Promise<void> {
  const q = QUESTIONS[i]
  await page.waitForText([`第${i + 1}题，共10题`, q.stem])
  for (const o of right ? q.correct : [q.shown.find((x) => !q.correct.includes(x))!]) {
    await tapExact(page, '.quiz-option', label(q, o))
    await page.waitFor(() => (find(page, '.quiz-option', label(q, o))?.dom?.textContent ?? '').trim().startsWith('●'), `option "${o}" to show as chosen`)
  }
  await tapExact(page, '.hq-button', '提交答案')
  await page.waitForText(right ? '✓ 回答正确' : '✗ 回答错误')
}

describe('a quiz round survives leaving it, in WeChat', () => {
  it('a round found in WeChat’s storage when the mini-program starts again resumes at its question', async () => {
    // Kept by an earlier run: question 1 missed, question 2 right, question 3 on screen.
    let r = startRound(BANK, 'daily', DAY)
    r = answer(r, [QUESTIONS[0].shown.find((o) => !QUESTIONS[0].correct.includes(o))!])
    r = answer(r, QUESTIONS[1].correct)
    storage.set(ROUND_KEY, { state: { round: toSaved(r, 'question', [], { edition: '2021', today: DAY, sharedDate: null }) }, version: 1 })

    const page = await renderPage(PAGE, { now: DAY }, { until: '第3题，共10题' })
    expect(page.text()).toContain(QUESTIONS[2].stem)
    expect(page.hasShown('开始每日一练')).toBe(false)

    // 放弃这一轮: the quiz's start, and nothing kept.
    await tapExact(page, '.hq-button', '放弃这一轮，返回问答首页')
    await page.waitForText('开始每日一练')
    expect(storedRound()?.state.round).toBeNull()
  })

  it('answer, leave the page, open it again: the same question with the answers kept; then the results survive too', async () => {
    let page = await renderPage(PAGE, { now: DAY }, { until: '开始每日一练' })
    await tapExact(page, '.hq-button', '开始每日一练')
    await answerQuestion(page, 0, false)
    await tapExact(page, '.hq-button', '下一题')
    await answerQuestion(page, 1, true)
    // Written to WeChat's storage as it goes.
    expect(storedRound()).toMatchObject({ state: { round: { phase: 'feedback', answers: [{ id: QUESTIONS[0].id }, { id: QUESTIONS[1].id }] } }, version: 1 })
    page.unload()

    page = await renderPage(PAGE, { now: DAY }, { until: '第2题，共10题' })
    expect(page.text()).toContain('✓ 回答正确')
    expect(page.text()).toContain(QUESTIONS[1].explanation)
    expect(page.hasShown('开始每日一练')).toBe(false)
    await tapExact(page, '.hq-button', '下一题')
    for (let i = 2; i < 10; i++) {
      await answerQuestion(page, i, true)
      await tapExact(page, '.hq-button', i === 9 ? '查看成绩' : '下一题')
    }
    await page.waitForText('答对9题，共10题')
    page.unload()

    // The results and the missed question, and the share card says the score.
    page = await renderPage(PAGE, { now: DAY }, { until: '答对9题，共10题' })
    expect(page.text()).toContain('答错的题（1道）')
    expect(page.text()).toContain(QUESTIONS[0].stem)
    // (The page learns the resumed score just after its first paint.)
    const share = page.instance.onShareAppMessage as (o: unknown) => { title: string }
    const title = '我在质量知识问答9月14日的每日一练中答对了9题（共10题），您也来试试'
    await page.waitFor(() => share.call(page.instance, { from: 'menu' }).title === title, `the share card's title "${title}"`)

    // 再来一次: the day's round from its first question.
    await tapExact(page, '.hq-button', '再来一次')
    await page.waitForText('第1题，共10题')
    expect(storedRound()).toMatchObject({ state: { round: { phase: 'question', answers: [] } } })
  })
})
