import { useEffect, useMemo } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { EDITION_METAS, yearOf, type Edition } from '@/content'
import { hasAnchor, noticeOutline } from '@/content/outline'
import { currentMeta } from '@/lib/editions'
import { useEditionOf } from '@/lib/use-edition'
import { formatRange } from '@/lib/civil-date'
import { sortEvents } from '@/lib/event-dates'
import { decodeParam } from '@/lib/page-params'
import { useToday } from '@/lib/use-today'
import { openPage } from '@/platform/navigation'
import { scrollToAnchor } from '@/platform/scroll'
import { Card, Paragraph } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { EventCard } from '@/features/events/EventCard'
import { NoticeDocument } from '@/features/notice/NoticeDocument'
import { NoticeToc } from '@/features/notice/NoticeToc'
import { SearchEntry } from '@/features/search/SearchEntry'
import { SloganHeader } from '@/features/slogans/SloganHeader'
import { BANNER, editionRole } from '../roles'
import '../../../pages/page.scss'
import '../archive.scss'

/**
 * One edition read as an archive (route `edition`, e.g. ?edition=2021, `anchor` to open the
 * notice at a paragraph): its campaign, its events (each opens the event page of that
 * edition), its slogans (the 口号 page of that edition) and its notice, from the same
 * components as the current edition's pages. An unknown year says so and leads to 往届.
 */
export default function EditionPage() {
  const { params } = useRouter()
  const year = decodeParam(params.edition)
  const page = useEditionOf(year)
  if (!page.known) {
    return (
      <DisplayRoot className='page'>
        <Card title='没有这一届'>
          <Paragraph>{year ? `本程序没有收录${year}年的质量月活动。` : '链接中没有写明是哪一届。'}</Paragraph>
        </Card>
        <View className='page__actions'>
          <Button className='hq-button hq-focus' {...pressable(() => openPage('editions'))}>查看往届列表</Button>
        </View>
      </DisplayRoot>
    )
  }
  if (!page.edition) return <EditionPending load={page} />
  return <EditionContent edition={page.edition} anchor={decodeParam(params.anchor)} />
}

function EditionContent({ edition, anchor }: { edition: Edition; anchor: string }) {
  const today = useToday()
  const target = anchor && hasAnchor(noticeOutline(edition), anchor) ? anchor : null
  const events = useMemo(() => sortEvents(edition.events), [edition])
  useEffect(() => {
    if (!target) return
    const t = setTimeout(() => void scrollToAnchor(target), 80)
    return () => clearTimeout(t)
  }, [target])
  // 本届, 最近一届 · 存档 (years later), 往届 · 存档 or 下一届 (roles.ts, from the metas as 往届 says it).
  const year = yearOf(edition)
  const meta = EDITION_METAS.find((m) => m.year === year)
  const role = meta ? editionRole(meta, currentMeta(today), today) : 'past'
  return (
    <DisplayRoot className='page'>
      <Text className='archive-banner'>
        {BANNER[role]}：{edition.campaign.name}（{year}年{formatRange(edition.campaign.start, edition.campaign.end)}）
      </Text>
      <SearchEntry edition={yearOf(edition)} />
      <SloganHeader edition={edition} />
      <View className='page__actions'>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openPage('slogans', { edition: yearOf(edition) }))}>
          查看{year}年全部{edition.slogans.items.length}条口号
        </Button>
      </View>
      <Card title={`活动（${events.length}项）`}>
        {events.map((e) => <EventCard key={e.id} event={e} edition={edition} today={today} />)}
      </Card>
      <NoticeToc edition={edition} />
      <NoticeDocument edition={edition} target={target} />
    </DisplayRoot>
  )
}
