/**
 * 质量知识问答 page (Taro's H5 components in jsdom, platform calls mocked): a full round of
 * 每日一练 answered by tapping, feedback after each answer, the score and the missed
 * questions, the best score kept, links to the sources, a shared day, 练习, keyboard use,
 * 单页模式, the share card, the poster, and the round resumed after leaving the page.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { recordingContext } from '../../../../tests/support/canvas'
import { quiz } from '@/content/quiz'
import { setNow, parseNowParam } from '@/lib/clock'
import { drawDaily, posterFileName, type ShownQuestion } from '@/features/quiz/model'
import { useQuizRecords, useQuizRound } from '@/features/quiz/store'
import QuizPage from './index'

const mockHooks: { share?: () => { title?: string; path?: string }; timeline?: () => { title?: string; query?: string } } = {}
let mockParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {},
  useRouter: () => ({ params: mockParams }),
  useDidShow: () => undefined,
  useReady: () => undefined,
  useShareAppMessage: (fn: typeof mockHooks.share) => { mockHooks.share = fn },
  useShareTimeline: (fn: typeof mockHooks.timeline) => { mockHooks.timeline = fn }
}))

const mockPlatform = {
  SHARE_TO_CHAT: true,
  POSTER_ACTIONS: ['download'],
  isSinglePageMode: jest.fn(() => false),
  copyPageLink: jest.fn(async () => true),
  openTab: jest.fn(),
  openPage: jest.fn(),
  devicePixelRatio: () => 2,
  drawPoster: jest.fn(async () => ({ ok: true, pixelWidth: 1500, pixelHeight: 2668 })),
  exportPoster: jest.fn(async (): Promise<unknown> => ({ ok: true, action: 'download', fileName: 'x.png' })),
  openAlbumSettings: jest.fn(async () => true),
  holdDialogFocus: () => () => undefined
}
// Each platform module the page and its feature use, read lazily from mockPlatform (the page
// module is imported, hoisted, before that object exists).
function mockPlatformModule() {
  return new Proxy({}, {
    get: (_t, key) => (key === '__esModule' ? true : (mockPlatform as Record<string | symbol, unknown>)[key])
  })
}
jest.mock('@/platform/share', () => mockPlatformModule())
jest.mock('@/platform/poster', () => mockPlatformModule())
jest.mock('@/platform/navigation', () => mockPlatformModule())

const BANK = quiz.questions
const TODAY = '2021-09-14'
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)) })

beforeEach(() => {
  localStorage.clear()
  useQuizRecords.setState({ days: {} })
  useQuizRound.setState({ round: null })
  mockParams = {}
  jest.clearAllMocks()
  mockPlatform.SHARE_TO_CHAT = true
  mockPlatform.isSinglePageMode.mockReturnValue(false)
  setNow(parseNowParam(TODAY))
})
afterAll(() => setNow(null))

const option = (o: string) => screen.getByText(new RegExp(`^(● |✓ |✗ )?[A-F]\\. ${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
const wrongOf = (q: ShownQuestion) => q.shown.find((o) => !q.correct.includes(o))!
/** The element of this class showing `text` whole (its dates and counts are nowrap runs inside: ui/NoWrap). */
const whole = (cls: string, text: string) => screen.getByText((_, el) => el?.classList.contains(cls) === true && el.textContent === text)

/** Answers the question on screen by tapping its options, then 提交答案. */
function answerByTapping(q: ShownQuestion, choose: string[]) {
  expect(screen.getByRole('heading', { name: q.stem })).toBeTruthy()
  for (const o of choose) fireEvent.click(option(o))
  fireEvent.click(screen.getByText('提交答案'))
}

/** The first date from `from` on whose 每日一练 the first question matches. */
function dateWhereFirst(pred: (q: ShownQuestion) => boolean, from = '2021-09-01'): string {
  const d = new Date(`${from}T00:00:00Z`)
  for (let i = 0; i < 400; i++) {
    const date = d.toISOString().slice(0, 10)
    if (pred(drawDaily(BANK, date)[0])) return date
    d.setUTCDate(d.getUTCDate() + 1)
  }
  throw new Error('fixture: no such date')
}

describe('每日一练: a full round by tapping', () => {
  it('10 questions, feedback after each, then the score and the questions missed; the best score is kept', () => {
    const questions = drawDaily(BANK, TODAY)
    const wrongAt = new Set([2, 5, 9])
    const { unmount } = render(<QuizPage />)
    expect(screen.getByText('每日一练 · 9月14日')).toBeTruthy()
    fireEvent.click(screen.getByText('开始每日一练'))

    questions.forEach((q, i) => {
      expect(screen.getByTestId('quiz-progress').textContent).toBe(`每日一练 · 9月14日 · 第${i + 1}题，共10题`)
      answerByTapping(q, wrongAt.has(i) ? [wrongOf(q)] : q.correct)
      const verdict = screen.getByRole('status')
      expect(verdict.textContent).toBe(wrongAt.has(i) ? '✗ 回答错误' : '✓ 回答正确')
      expect(screen.getByText(/^正确答案：/).textContent).toContain(q.correct[0])
      if (wrongAt.has(i)) expect(screen.getByText(/^您的答案：/).textContent).toContain(wrongOf(q))
      expect(whole('quiz__explanation', q.explanation)).toBeTruthy()
      expect(whole('quiz__quote', `原文：“${q.quote}”`)).toBeTruthy()
      expect(screen.getByText(/^查看(通知原文|来源|投诉渠道)：/)).toBeTruthy()
      fireEvent.click(screen.getByText(i === 9 ? '查看成绩' : '下一题'))
    })

    const score = screen.getByTestId('quiz-score')
    expect(within(score).getByText('7 / 10')).toBeTruthy()
    expect(within(score).getByText('答对7题，共10题')).toBeTruthy()
    expect(screen.getByText('答错的题（3道）')).toBeTruthy()
    for (const i of wrongAt) {
      const missed = screen.getByTestId(`missed-${questions[i].id}`)
      expect(missed).toHaveTextContent(questions[i].stem)
      expect(missed).toHaveTextContent(questions[i].explanation)
    }
    expect(useQuizRecords.getState().days[TODAY].best).toBe(7)
    // The share card: the score, and the day in the path so a friend gets the same questions.
    expect(mockHooks.share!()).toEqual({
      title: '我在质量知识问答9月14日的每日一练中答对了7题（共10题），您也来试试',
      path: '/packages/quiz/daily/index?date=2021-09-14&edition=2021'
    })
    expect(mockHooks.timeline!().query).toBe('date=2021-09-14&edition=2021')
    expect(screen.getByText('把这一天的题目分享给朋友')).toBeTruthy()

    // 再来一次: the same day's questions again; a better score becomes the best.
    fireEvent.click(screen.getByText('再来一次'))
    for (const q of questions) {
      answerByTapping(q, q.correct)
      fireEvent.click(screen.getByText(q === questions[9] ? '查看成绩' : '下一题'))
    }
    expect(screen.getByText('10 / 10')).toBeTruthy()
    expect(screen.getByText('全部答对')).toBeTruthy()
    unmount()

    // Back later the same day: the results are still there; the quiz's start shows the best score.
    render(<QuizPage />)
    expect(within(screen.getByTestId('quiz-score')).getByText('10 / 10')).toBeTruthy()
    fireEvent.click(screen.getByText('返回问答首页'))
    expect(screen.getByText('今天的最好成绩：10 / 10')).toBeTruthy()
  })

  it('a multiple-choice question scores only with exactly the correct options', () => {
    const date = dateWhereFirst((q) => q.type === 'multiple')
    setNow(parseNowParam(date))
    const q = drawDaily(BANK, date)[0]
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    expect(screen.getByText('多选题（可选多项）')).toBeTruthy()
    // All but one of the correct options: wrong, and the answer lists them all.
    answerByTapping(q, q.correct.slice(1))
    expect(screen.getByRole('status').textContent).toBe('✗ 回答错误')
    for (const c of q.correct) expect(screen.getByText(/^正确答案：/).textContent).toContain(c)
  })

  it('submitting with nothing chosen asks to choose first', () => {
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    fireEvent.click(screen.getByText('提交答案'))
    expect(screen.getByRole('alert').textContent).toMatch(/^请先选择/)
    expect(screen.getByTestId('quiz-progress').textContent).toContain('第1题')
  })
})

describe('keyboard and screen readers', () => {
  it('options and buttons are Tab stops with role button; Enter and Space press them; choices are announced', () => {
    const q = drawDaily(BANK, TODAY)[0]
    render(<QuizPage />)
    const start = screen.getByText('开始每日一练')
    expect([start.getAttribute('role'), start.getAttribute('tabindex')]).toEqual(['button', '0'])
    fireEvent.keyDown(start, { key: 'Enter' })
    const first = option(q.correct[0])
    expect(first.getAttribute('tabindex')).toBe('0')
    expect(first.getAttribute('aria-pressed')).toBe('false')
    fireEvent.keyDown(first, { key: ' ' })
    expect(option(q.correct[0]).getAttribute('aria-pressed')).toBe('true')
    expect(option(q.correct[0]).getAttribute('aria-label')).toMatch(/，已选$/)
    expect(screen.getByRole('group', { name: /的选项$/ })).toBeTruthy()
    fireEvent.keyDown(screen.getByText('提交答案'), { key: 'Enter' })
    expect(screen.getByRole('status').textContent).toBe(q.type === 'multiple' && q.correct.length > 1 ? '✗ 回答错误' : '✓ 回答正确')
    expect(option(q.correct[0]).getAttribute('aria-label')).toMatch(/正确答案/)
  })
})

describe('links to the source of an answer', () => {
  const play = (date: string) => {
    setNow(parseNowParam(date))
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    const q = drawDaily(BANK, date)[0]
    answerByTapping(q, q.correct)
    return q
  }

  it('a notice answer opens the 关于 tab at its exact paragraph', () => {
    const q = play(dateWhereFirst((x) => x.source.kind === 'notice' && x.source.anchor === 'notice-work-3'))
    fireEvent.click(screen.getByText('查看通知原文：二、活动内容（三）'))
    expect(mockPlatform.openPage).toHaveBeenCalledWith('about', { anchor: q.source.kind === 'notice' ? q.source.anchor : '', edition: '2021' })
  })

  it('a public-source answer opens that source in 关于本程序', () => {
    const q = play(dateWhereFirst((x) => x.source.kind === 'public'))
    const id = q.source.kind === 'public' ? q.source.sourceId : ''
    fireEvent.click(screen.getByText(/^查看来源：.*（关于本程序）$/))
    expect(mockPlatform.openPage).toHaveBeenCalledWith('app-info', { source: id, edition: '2021' })
  })

  it('a 12315/12345 answer opens the 投诉 tab', () => {
    play(dateWhereFirst((x) => x.source.kind === 'channel'))
    fireEvent.click(screen.getByText(/^查看投诉渠道：123(15|45)$/))
    expect(mockPlatform.openTab).toHaveBeenCalledWith('complaints')
  })
})

describe('a shared day, 练习, 单页模式', () => {
  it('?date= opens that day’s questions (a friend’s card); today’s stay one tap away', () => {
    mockParams = { date: '2021-09-10' }
    render(<QuizPage />)
    expect(screen.getByText('好友分享的每日一练 · 9月10日')).toBeTruthy()
    fireEvent.click(screen.getByText('开始9月10日的题目'))
    expect(screen.getByTestId('quiz-progress').textContent).toBe('每日一练 · 9月10日 · 第1题，共10题')
    expect(screen.getByRole('heading', { name: drawDaily(BANK, '2021-09-10')[0].stem })).toBeTruthy()
  })

  it('a bad or future date is explained, and today’s questions are offered', () => {
    mockParams = { date: '2021-09-30' }
    render(<QuizPage />)
    expect(screen.getByText('链接中的日期“2021-09-30”无效，下面是今天的题目。')).toBeTruthy()
    expect(screen.getByText('每日一练 · 9月14日')).toBeTruthy()
  })

  it('练习 draws at random and is not recorded', () => {
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始练习'))
    expect(screen.getByTestId('quiz-progress').textContent).toBe('练习 · 第1题，共10题')
    for (let i = 0; i < 10; i++) {
      fireEvent.click(screen.getByText(/^A\. /))
      fireEvent.click(screen.getByText('提交答案'))
      fireEvent.click(screen.getByText(i === 9 ? '查看成绩' : '下一题'))
    }
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('练习')
    expect(useQuizRecords.getState().days).toEqual({})
    expect(screen.queryByText('把这一天的题目分享给朋友')).toBeNull()
  })

  it('in 朋友圈’s 单页模式 the round works on its own: no links, no poster, no sharing', () => {
    mockPlatform.isSinglePageMode.mockReturnValue(true)
    const q = drawDaily(BANK, TODAY)[0]
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    answerByTapping(q, q.correct)
    expect(whole('quiz__quote', `原文：“${q.quote}”`)).toBeTruthy()
    expect(screen.queryByText(/^查看(通知原文|来源|投诉渠道)：/)).toBeNull()
    drawDaily(BANK, TODAY).forEach((x, i) => {
      if (i > 0) answerByTapping(x, x.correct)
      fireEvent.click(screen.getByText(i === 9 ? '查看成绩' : '下一题'))
    })
    expect(screen.queryByText('生成成绩海报')).toBeNull()
    expect(screen.getByText(/前往小程序/)).toBeTruthy()
  })

  it('H5 copies a link to the day instead of a chat card', async () => {
    mockPlatform.SHARE_TO_CHAT = false
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    for (const q of drawDaily(BANK, TODAY)) {
      answerByTapping(q, q.correct)
      fireEvent.click(screen.getByText(/^(下一题|查看成绩)$/))
    }
    fireEvent.click(screen.getByText('复制这一天的题目链接'))
    await settle()
    expect(mockPlatform.copyPageLink).toHaveBeenCalledWith('/packages/quiz/daily/index?date=2021-09-14&edition=2021')
    expect(screen.getByText('已复制链接：好友打开后做9月14日的同一套题')).toBeTruthy()
  })
})

describe('the score poster', () => {
  it('is drawn and downloaded with the date and the score in its name; it paints score, date and theme', async () => {
    render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    const questions = drawDaily(BANK, TODAY)
    questions.forEach((q, i) => {
      answerByTapping(q, i < 8 ? q.correct : [wrongOf(q)])
      fireEvent.click(screen.getByText(/^(下一题|查看成绩)$/))
    })
    fireEvent.click(screen.getByText('生成成绩海报'))
    await settle()
    expect(screen.getByRole('dialog', { name: '成绩海报' })).toBeTruthy()
    expect(mockPlatform.drawPoster).toHaveBeenCalledWith('poster', { width: 750, height: 1334, scale: 2 }, expect.any(Function))
    const draw = (mockPlatform.drawPoster.mock.calls[0] as unknown[])[2] as (ctx: unknown) => void
    const { ctx, drawn } = recordingContext()
    draw(ctx)
    expect(drawn).toEqual(expect.arrayContaining(['8 / 10', '2021年9月14日', '质量知识问答 · 每日一练', '开展质量提升行动']))
    fireEvent.click(screen.getByText('下载海报图片'))
    await settle()
    expect(mockPlatform.exportPoster).toHaveBeenCalledWith('poster', 'download', posterFileName(TODAY, 8, 10))
  })
})

describe('leaving and coming back (the round is kept on the phone)', () => {
  const questions = drawDaily(BANK, TODAY)

  it('resumes the same question with the answers so far, then the results with the missed list and the share card’s score', () => {
    const first = render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    answerByTapping(questions[0], [wrongOf(questions[0])])
    fireEvent.click(screen.getByText('下一题'))
    answerByTapping(questions[1], questions[1].correct)
    first.unmount()

    // Back: the feedback on question 2, as it was left.
    const second = render(<QuizPage />)
    expect(screen.getByTestId('quiz-progress').textContent).toBe('每日一练 · 9月14日 · 第2题，共10题')
    expect(screen.getByRole('status').textContent).toBe('✓ 回答正确')
    fireEvent.click(screen.getByText('下一题'))
    fireEvent.click(option(questions[2].shown[0]))
    second.unmount()

    // Back again: question 3 with its option still ticked.
    const third = render(<QuizPage />)
    expect(screen.getByTestId('quiz-progress').textContent).toContain('第3题，共10题')
    expect(option(questions[2].shown[0]).getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(option(questions[2].shown[0])) // untick, then answer right
    questions.slice(2).forEach((q, i) => {
      answerByTapping(q, q.correct)
      fireEvent.click(screen.getByText(i === 7 ? '查看成绩' : '下一题'))
    })
    expect(screen.getByText('答对9题，共10题')).toBeTruthy()
    expect(useQuizRecords.getState().days[TODAY].best).toBe(9)
    third.unmount()
    mockHooks.share = undefined

    // The results survive: the score, the missed question, and the share card says the score.
    render(<QuizPage />)
    expect(screen.getByText('答对9题，共10题')).toBeTruthy()
    expect(screen.getByTestId(`missed-${questions[0].id}`)).toHaveTextContent(questions[0].stem)
    expect(mockHooks.share!().title).toBe('我在质量知识问答9月14日的每日一练中答对了9题（共10题），您也来试试')
    // 再来一次 starts the day's round again, from its first question.
    fireEvent.click(screen.getByText('再来一次'))
    expect(screen.getByTestId('quiz-progress').textContent).toBe('每日一练 · 9月14日 · 第1题，共10题')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('放弃这一轮，返回问答首页 goes back to the quiz’s start, and coming back starts fresh', () => {
    const first = render(<QuizPage />)
    fireEvent.click(screen.getByText('开始练习'))
    fireEvent.click(screen.getByText(/^A\. /))
    fireEvent.click(screen.getByText('提交答案'))
    fireEvent.click(screen.getByText('放弃这一轮，返回问答首页'))
    expect(screen.getByText('开始每日一练')).toBeTruthy()
    expect(useQuizRound.getState().round).toBeNull()
    first.unmount()
    render(<QuizPage />)
    expect(screen.getByText('开始练习')).toBeTruthy()
  })

  it('a round of another day is not resumed: the next day starts fresh', () => {
    const first = render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    answerByTapping(questions[0], questions[0].correct)
    first.unmount()
    setNow(parseNowParam('2021-09-15'))
    render(<QuizPage />)
    expect(screen.getByText('每日一练 · 9月15日')).toBeTruthy()
    expect(screen.getByText('开始每日一练')).toBeTruthy()
  })

  it('a friend’s card of another day shows that day’s start; the quiz’s own page still resumes today’s round', () => {
    const first = render(<QuizPage />)
    fireEvent.click(screen.getByText('开始每日一练'))
    answerByTapping(questions[0], questions[0].correct)
    first.unmount()
    mockParams = { date: '2021-09-10' }
    const card = render(<QuizPage />)
    expect(screen.getByText('开始9月10日的题目')).toBeTruthy()
    card.unmount()
    mockParams = {}
    render(<QuizPage />)
    expect(screen.getByTestId('quiz-progress').textContent).toContain('第1题，共10题')
    expect(screen.getByRole('status').textContent).toBe('✓ 回答正确')
  })
})
