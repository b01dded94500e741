import { Button, Text, View } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { yearOf, type Edition } from '@/content'
import { quizOf } from '@/content/quiz'
import { formatFullDate, formatMonthDay } from '@/lib/civil-date'
import type { MeasureText } from '@/lib/poster'
import { copyPageLink } from '@/platform/share'
import { routeUrl } from '@/routes'
import { Card, Paragraph } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import * as posterPlatform from '@/platform/poster'
import { PosterSheet } from '@/ui/PosterSheet'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import {
  answer, correctText, currentQuestion, isFinished, missedQuestions, posterFileName, resolveDateParam, scoreOf,
  startRound, toggleChoice, TYPE_LABEL, type QuizMode, type QuizSource, type Round, type ShownQuestion
} from './model'
import { layoutQuizPoster } from './poster'
import { resumeRound, toSaved, type RoundContext } from './saved-round'
import { useQuizRecords, useQuizRound } from './store'
import { KeepTogether } from '@/ui/NoWrap'
import './quiz.scss'

/** Where a source leads: a label and what to do (null where there is no link, e.g. 单页模式). */
export type SourceLink = { label: string; open: () => void }

export type QuizResult = { mode: QuizMode; date: string; score: number; total: number }

type Props = {
  edition: Edition
  /** Today's China date. */
  today: string
  /** The `date` of a shared link, as received. */
  dateParam?: string
  /** 朋友圈's 单页模式: no navigation, no sharing. */
  singlePage?: boolean
  /** weapp: a chat card is shared with <Button openType="share">; H5 copies the link. */
  shareToChat?: boolean
  /** The link to an answer's source (the page knows the routes of the notice and 关于本程序). */
  sourceLink?: (source: QuizSource) => SourceLink | null
  /** Told when a round ends (for the share card's title). */
  onResult?: (r: QuizResult | null) => void
}

const LETTERS = 'ABCDEF'
const letter = (q: ShownQuestion, option: string) => `${LETTERS[q.shown.indexOf(option)]}. ${option}`
const answerText = (q: ShownQuestion, chosen: readonly string[]) => q.shown.filter((o) => chosen.includes(o)).map((o) => letter(q, o)).join('；')
const correctLetters = (q: ShownQuestion) => q.shown.filter((o) => q.correct.includes(o)).map((o) => letter(q, o)).join('；')

type View =
  | { kind: 'start' }
  | { kind: 'question'; round: Round; chosen: string[]; hint: boolean }
  | { kind: 'feedback'; round: Round }
  | { kind: 'end'; round: Round }

/** The view as kept on the phone (null: the start). */
function savedOf(view: View, ctx: RoundContext) {
  switch (view.kind) {
    case 'start': return null
    case 'question': return toSaved(view.round, 'question', view.chosen, ctx)
    default: return toSaved(view.round, view.kind, [], ctx)
  }
}

/**
 * 质量知识问答: start (每日一练 / 练习), one question at a time, after each answer whether it
 * was right, the correct answer, a one-line explanation, the source's words and a link to
 * them; at the end the score, the questions missed, 再来一次, sharing and a poster.
 * The round on screen is kept on the phone (useQuizRound): coming back to the quiz — after a
 * source, another tab, a reload — resumes it where it was, when it is today's round of this
 * edition (saved-round.ts resumeRound); otherwise the quiz starts fresh.
 */
export function QuizScreen({ edition, today, dateParam, singlePage = false, shareToChat = false, sourceLink, onResult }: Props) {
  // The page shows the quiz only for an edition that has a bank (quizOf).
  const bank = quizOf(yearOf(edition))?.questions ?? []
  const param = useMemo(() => resolveDateParam(dateParam, today), [dateParam, today])
  const sharedDate = param.kind === 'ok' && param.date !== today ? param.date : null
  const ctx: RoundContext = { edition: yearOf(edition), today, sharedDate }
  // Read once: the day changing at midnight does not take a round away from under the finger.
  const [view, setShown] = useState<View>(() => {
    const resumed = resumeRound(useQuizRound.getState().round, bank, ctx)
    if (!resumed) return { kind: 'start' }
    return resumed.phase === 'question'
      ? { kind: 'question', round: resumed.round, chosen: resumed.chosen, hint: false }
      : { kind: resumed.phase, round: resumed.round }
  })
  const keepRound = useQuizRound((s) => s.keep)
  const setView = (v: View) => {
    setShown(v)
    keepRound(savedOf(v, ctx))
  }
  const [poster, setPoster] = useState(false)
  const [status, setStatus] = useState('')
  const days = useQuizRecords((s) => s.days)
  const record = useQuizRecords((s) => s.record)

  // Resumed on the results: the page's share card says the score, as right after the round.
  useEffect(() => {
    if (view.kind === 'end') onResult?.({ mode: view.round.mode, date: view.round.date, score: scoreOf(view.round.answers), total: view.round.questions.length })
    // Only the view found on arrival: later rounds report their result as they end.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const leave = () => {
    setStatus('')
    onResult?.(null)
    setView({ kind: 'start' })
  }

  const start = (mode: QuizMode, date: string) => {
    setStatus('')
    onResult?.(null)
    setView({ kind: 'question', round: startRound(bank, mode, date), chosen: [], hint: false })
  }

  const choose = (option: string) => {
    if (view.kind !== 'question') return
    const q = currentQuestion(view.round)
    if (!q) return
    setView({ ...view, chosen: toggleChoice(q, view.chosen, option), hint: false })
  }

  const submit = () => {
    if (view.kind !== 'question') return
    if (view.chosen.length === 0) return setView({ ...view, hint: true })
    setView({ kind: 'feedback', round: answer(view.round, view.chosen) })
  }

  const next = () => {
    if (view.kind !== 'feedback') return
    const r = view.round
    if (!isFinished(r)) return setView({ kind: 'question', round: r, chosen: [], hint: false })
    const score = scoreOf(r.answers)
    if (r.mode === 'daily') record(r.date, r.answers, r.questions.length)
    onResult?.({ mode: r.mode, date: r.date, score, total: r.questions.length })
    setView({ kind: 'end', round: r })
  }

  const dailyDate = sharedDate ?? today

  return (
    <View className='quiz'>
      <View className='quiz__header'>
        <Heading level={1} className='quiz__title'>质量知识问答</Heading>
        <Text className='quiz__subtitle'>{edition.campaign.name}</Text>
      </View>
      {view.kind === 'start' ? (
        <StartView
          today={today}
          sharedDate={sharedDate}
          invalid={param.kind === 'invalid' ? param.shown : null}
          best={days[dailyDate]?.best}
          bestToday={sharedDate ? days[today]?.best : undefined}
          onDaily={(d) => start('daily', d)}
          onPractice={() => start('practice', today)}
        />
      ) : null}
      {view.kind === 'question' || view.kind === 'feedback' ? (
        <QuestionView
          view={view}
          singlePage={singlePage}
          sourceLink={sourceLink}
          onChoose={choose}
          onSubmit={submit}
          onNext={next}
          onLeave={leave}
        />
      ) : null}
      {view.kind === 'end' ? (
        <EndView
          round={view.round}
          best={view.round.mode === 'daily' ? days[view.round.date]?.best : undefined}
          singlePage={singlePage}
          shareToChat={shareToChat}
          status={status}
          sourceLink={sourceLink}
          onAgain={() => start(view.round.mode, view.round.date)}
          onHome={leave}
          onPoster={() => setPoster(true)}
          onCopyLink={async () => {
            const ok = await copyPageLink(routeUrl('quiz', { date: view.round.date, edition: yearOf(edition) }))
            setStatus(ok ? `已复制链接：好友打开后做${formatMonthDay(view.round.date)}的同一套题` : '复制链接失败')
          }}
        />
      ) : null}
      {poster && view.kind === 'end' ? <QuizPoster edition={edition} round={view.round} onClose={() => setPoster(false)} /> : null}
    </View>
  )
}

function StartView({ today, sharedDate, invalid, best, bestToday, onDaily, onPractice }: {
  today: string
  sharedDate: string | null
  invalid: string | null
  best?: number
  bestToday?: number
  onDaily: (date: string) => void
  onPractice: () => void
}) {
  const date = sharedDate ?? today
  return (
    <View>
      {invalid !== null ? (
        <Text className='quiz__message' {...aria({ role: 'status' })}>链接中的日期“{invalid}”无效，下面是今天的题目。</Text>
      ) : null}
      <Card title={sharedDate ? `好友分享的每日一练 · ${formatMonthDay(sharedDate)}` : `每日一练 · ${formatMonthDay(today)}`}>
        <Paragraph>10道题，同一天每个人的题目都一样，可以和朋友比一比。</Paragraph>
        {best !== undefined ? <Text className='quiz__best'>{sharedDate ? `${formatMonthDay(sharedDate)}` : '今天'}的最好成绩：{best} / 10</Text> : null}
        <Button className='hq-button hq-focus' onClick={() => onDaily(date)} {...pressable(() => onDaily(date))}>
          {sharedDate ? `开始${formatMonthDay(sharedDate)}的题目` : '开始每日一练'}
        </Button>
        {sharedDate ? (
          <>
            {bestToday !== undefined ? <Text className='quiz__best'>今天的最好成绩：{bestToday} / 10</Text> : null}
            <Button className='hq-button hq-button--secondary hq-focus' onClick={() => onDaily(today)} {...pressable(() => onDaily(today))}>做今天（{formatMonthDay(today)}）的每日一练</Button>
          </>
        ) : null}
      </Card>
      <Card title='练习'>
        <Paragraph>随机抽10道题，不计入每日成绩。</Paragraph>
        <Button className='hq-button hq-button--secondary hq-focus' onClick={onPractice} {...pressable(onPractice)}>开始练习</Button>
      </Card>
      <Card title='说明'>
        <Paragraph>题目全部出自通知原文和注明来源的公开资料，每道题答完都能看到原文出处。</Paragraph>
        <Paragraph>成绩只保存在这台手机上，不会发送到任何地方。当天没做完的一轮也记在这台手机上，离开后回来可以接着做。</Paragraph>
      </Card>
    </View>
  )
}

function SourceBlock({ q, singlePage, sourceLink }: { q: ShownQuestion; singlePage: boolean; sourceLink?: (s: QuizSource) => SourceLink | null }) {
  const link = singlePage ? null : sourceLink?.(q.source) ?? null
  return (
    <View className='quiz__source'>
      <SelectableText className='quiz__quote'>原文：“<KeepTogether text={q.quote} />”</SelectableText>
      {link ? (
        <Button className='quiz__source-link hq-focus' onClick={link.open} {...pressable(link.open, 'link')}>{link.label}</Button>
      ) : null}
    </View>
  )
}

function QuestionView({ view, singlePage, sourceLink, onChoose, onSubmit, onNext, onLeave }: {
  view: Extract<View, { kind: 'question' | 'feedback' }>
  singlePage: boolean
  sourceLink?: (s: QuizSource) => SourceLink | null
  onChoose: (o: string) => void
  onSubmit: () => void
  onNext: () => void
  /** Gives the round up: a kept round would otherwise come back until it is finished. */
  onLeave: () => void
}) {
  const r = view.round
  const feedback = view.kind === 'feedback'
  const index = feedback ? r.answers.length - 1 : r.answers.length
  const q = r.questions[index]
  const given = feedback ? r.answers[index] : null
  const chosen = feedback ? given!.chosen : view.chosen
  const last = index === r.questions.length - 1
  return (
    <View className='quiz__question'>
      <Text className='quiz__progress' data-testid='quiz-progress'>
        {r.mode === 'daily' ? `每日一练 · ${formatMonthDay(r.date)}` : '练习'} · 第{index + 1}题，共{r.questions.length}题
      </Text>
      <Text className='quiz__type'>{TYPE_LABEL[q.type]}</Text>
      <Heading level={2} className='quiz__stem'><KeepTogether text={q.stem} /></Heading>
      <View className='quiz__options' {...aria({ role: 'group', 'aria-label': `${TYPE_LABEL[q.type]}的选项` })}>
        {q.shown.map((o) => {
          const on = chosen.includes(o)
          const right = q.correct.includes(o)
          const mark = feedback ? (right ? '✓ ' : on ? '✗ ' : '') : on ? '● ' : ''
          const state = feedback ? `${on ? '，您选的' : ''}${right ? '，正确答案' : ''}` : on ? '，已选' : ''
          const cls = `quiz-option hq-focus${on ? ' quiz-option--on' : ''}${feedback && right ? ' quiz-option--right' : ''}${feedback && on && !right ? ' quiz-option--wrong' : ''}`
          const press = () => { if (!feedback) onChoose(o) }
          return (
            <Button
              key={o}
              className={cls}
              onClick={press}
              {...pressable(press)}
              {...aria({ 'aria-pressed': feedback ? undefined : on, 'aria-label': `${letter(q, o)}${state}`, 'aria-disabled': feedback ? true : undefined })}
            >
              {mark}{letter(q, o)}
            </Button>
          )
        })}
      </View>
      {!feedback ? (
        <View className='quiz__actions'>
          {view.hint ? <Text className='quiz__message' {...aria({ role: 'alert' })}>请先选择{q.type === 'multiple' ? '一个或几个' : '一个'}选项。</Text> : null}
          <Button className='hq-button hq-focus' onClick={onSubmit} {...pressable(onSubmit)}>提交答案</Button>
        </View>
      ) : (
        <View className={`quiz__feedback${given!.correct ? ' quiz__feedback--right' : ' quiz__feedback--wrong'}`}>
          <Text className='quiz__verdict' {...aria({ role: 'status' })}>{given!.correct ? '✓ 回答正确' : '✗ 回答错误'}</Text>
          <Text className='quiz__answer'>正确答案：{correctLetters(q)}</Text>
          {!given!.correct ? <Text className='quiz__answer'>您的答案：{answerText(q, given!.chosen)}</Text> : null}
          <Text className='quiz__explanation'><KeepTogether text={q.explanation} /></Text>
          <SourceBlock q={q} singlePage={singlePage} sourceLink={sourceLink} />
          <Button className='hq-button hq-focus' onClick={onNext} {...pressable(onNext)}>{last ? '查看成绩' : '下一题'}</Button>
        </View>
      )}
      <Button className='hq-button hq-button--secondary hq-focus quiz__leave' onClick={onLeave} {...pressable(onLeave)}>放弃这一轮，返回问答首页</Button>
    </View>
  )
}

function EndView({ round, best, singlePage, shareToChat, status, sourceLink, onAgain, onHome, onPoster, onCopyLink }: {
  round: Round
  best?: number
  singlePage: boolean
  shareToChat: boolean
  status: string
  sourceLink?: (s: QuizSource) => SourceLink | null
  onAgain: () => void
  onHome: () => void
  onPoster: () => void
  onCopyLink: () => void
}) {
  const score = scoreOf(round.answers)
  const total = round.questions.length
  const missed = missedQuestions(round)
  return (
    <View className='quiz__end'>
      <View className='quiz__score-card' data-testid='quiz-score'>
        <Text className='quiz__score-label'>{round.mode === 'daily' ? `每日一练 · ${formatFullDate(round.date)}` : '练习'}</Text>
        <Text className='quiz__score' {...aria({ role: 'status' })}>{score} / {total}</Text>
        <Text className='quiz__score-text'>答对{score}题，共{total}题</Text>
        {best !== undefined ? <Text className='quiz__best'>这一天的最好成绩：{best} / {total}</Text> : null}
      </View>
      <View className='quiz__actions'>
        <Button className='hq-button hq-focus' onClick={onAgain} {...pressable(onAgain)}>再来一次</Button>
        {!singlePage ? (
          <>
            <Button className='hq-button hq-button--secondary hq-focus' onClick={onPoster} {...pressable(onPoster)}>生成成绩海报</Button>
            {round.mode === 'daily' ? (shareToChat ? (
              <Button className='hq-button hq-button--secondary' openType='share'>把这一天的题目分享给朋友</Button>
            ) : (
              <Button className='hq-button hq-button--secondary hq-focus' onClick={onCopyLink} {...pressable(onCopyLink)}>复制这一天的题目链接</Button>
            )) : null}
          </>
        ) : (
          <Text className='quiz__message'>这是朋友圈中的预览。点底部“前往小程序”，可以保存成绩、生成海报和分享。</Text>
        )}
        {status ? <Text className='quiz__message' {...aria({ role: 'status' })}>{status}</Text> : null}
        <Button className='hq-button hq-button--secondary hq-focus' onClick={onHome} {...pressable(onHome)}>返回问答首页</Button>
      </View>
      <Card title={missed.length ? `答错的题（${missed.length}道）` : '全部答对'}>
        {missed.length === 0 ? <Paragraph>这一轮的题全部答对了。</Paragraph> : null}
        {missed.map(({ question: q, chosen }, i) => (
          <View key={q.id} className='quiz-missed' data-testid={`missed-${q.id}`}>
            <Text className='quiz-missed__stem'>{i + 1}. <KeepTogether text={q.stem} /></Text>
            <Text className='quiz__answer'>您的答案：{answerText(q, chosen)}</Text>
            <Text className='quiz__answer'>正确答案：{correctText(q)}</Text>
            <Text className='quiz__explanation'><KeepTogether text={q.explanation} /></Text>
            <SourceBlock q={q} singlePage={singlePage} sourceLink={sourceLink} />
          </View>
        ))}
      </Card>
    </View>
  )
}

function QuizPoster({ edition, round, onClose }: { edition: Edition; round: Round; onClose: () => void }) {
  const score = scoreOf(round.answers)
  const total = round.questions.length
  const modeLabel = round.mode === 'daily' ? '每日一练' : '练习'
  const layout = useCallback((measure: MeasureText) => layoutQuizPoster({
    score, total, dateText: formatFullDate(round.date), modeLabel,
    theme: edition.theme, campaignName: edition.campaign.name, issuer: edition.document.issuer, documentNumber: edition.document.number
  }, measure), [edition, round.date, score, total, modeLabel])
  return (
    <PosterSheet
      platform={posterPlatform}
      title='成绩海报'
      imageLabel={`海报：质量知识问答${modeLabel}，${formatFullDate(round.date)}，答对${score}题，共${total}题`}
      fileName={posterFileName(round.date, score, total)}
      layout={layout}
      onClose={onClose}
    />
  )
}
