import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { yearOf, type Edition } from '@/content'
import { quizOf } from '@/content/quiz'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { noticeOutline } from '@/content/outline'
import { QuizScreen, type QuizResult, type SourceLink } from '@/features/quiz/QuizScreen'
import { resolveDateParam, shareQuery, type QuizSource } from '@/features/quiz/model'
import { quizShareCard } from '@/features/quiz/share-card'
import { formatMonthDay } from '@/lib/civil-date'
import { openPage, openTab } from '@/platform/navigation'
import { isSinglePageMode, SHARE_TO_CHAT } from '@/platform/share'
import { prepareShareCard, shareMessage } from '@/platform/share-card'
import { routeUrl } from '@/routes'
import { Card, Paragraph } from '@/ui/Card'
import { usePageEdition } from '@/lib/use-edition'
import '../../../pages/page.scss'

/** Each notice paragraph's place, e.g. 二、活动内容（一）, for the links under an answer. */
function paragraphLabels(edition: Edition): Map<string, string> {
  const labels = new Map(noticeOutline(edition).flatMap((s) => s.paragraphs.map((p) => [p.id, p.label] as const)))
  labels.set('notice-top', '文头')
  return labels
}

/** Where an answer's source opens: the edition's notice at its paragraph, the source in 关于本程序, or the 投诉 tab. */
function sourceLinks(edition: Edition): (source: QuizSource) => SourceLink | null {
  const labels = paragraphLabels(edition)
  const year = yearOf(edition)
  return (source) => {
    switch (source.kind) {
      case 'notice':
        return { label: `查看通知原文：${labels.get(source.anchor) ?? '通知全文'}`, open: () => openPage('about', { anchor: source.anchor, edition: year }) }
      case 'public': {
        const s = edition.sources.find((x) => x.id === source.sourceId)
        return { label: `查看来源：${s?.publisher ?? ''}（关于本程序）`, open: () => openPage('app-info', { source: source.sourceId, edition: year }) }
      }
      case 'channel':
        return { label: `查看投诉渠道：${source.channelId}`, open: () => openTab('complaints') }
    }
  }
}

/**
 * 质量知识问答 (subpackage packages/quiz). `?date=2021-09-14` opens that day's 每日一练 (a
 * shared card). Shared to a chat or 朋友圈 with the day in the query; in 单页模式 the round
 * works on its own, without links or sharing.
 */
export default function QuizPage() {
  const { params } = useRouter()
  const page = usePageEdition()
  if (!page.edition) return <EditionPending load={page} />
  return <QuizContent edition={page.edition} today={page.today} dateParam={params.date} />
}

function QuizContent({ edition, today, dateParam }: { edition: Edition; today: string; dateParam: string | undefined }) {
  const year = yearOf(edition)
  const sourceLink = useMemo(() => sourceLinks(edition), [edition])
  const [singlePage] = useState(isSinglePageMode)
  const [result, setResult] = useState<QuizResult | null>(null)
  const param = useMemo(() => resolveDateParam(dateParam, today), [dateParam, today])
  const shareDate = result?.mode === 'daily' ? result.date : param.kind === 'ok' ? param.date : today
  const title = result?.mode === 'daily'
    ? `我在质量知识问答${formatMonthDay(result.date)}的每日一练中答对了${result.score}题（共${result.total}题），您也来试试`
    : `质量知识问答 · ${formatMonthDay(shareDate)}的每日一练`

  // The chat card's 5:4 picture: the day, and the score once there is one. Drawn ahead so the
  // share has it at once; the share never waits long for it.
  const share = useMemo(() => quizShareCard(edition, shareDate, result?.mode === 'daily' ? result : undefined), [edition, shareDate, result])
  useEffect(() => prepareShareCard(share.key, share.card), [share])
  useShareAppMessage(() => shareMessage({ title, path: routeUrl('quiz', { date: shareDate, edition: year }) }, share.key, share.card))
  useShareTimeline(() => ({ title, query: shareQuery(shareDate, year) }))

  const onResult = useCallback((r: QuizResult | null) => setResult(r), [])
  return (
    <DisplayRoot className='page'>
      {quizOf(year) ? null : <Card title='质量知识问答'><Paragraph>{edition.campaign.name}还没有知识问答题库。</Paragraph></Card>}
      {quizOf(year) ? <QuizScreen
        edition={edition}
        today={today}
        dateParam={dateParam}
        singlePage={singlePage}
        shareToChat={SHARE_TO_CHAT}
        sourceLink={sourceLink}
        onResult={onResult}
      /> : null}
    </DisplayRoot>
  )
}
