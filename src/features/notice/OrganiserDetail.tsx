import { View, Text, Button } from '@tarojs/components'
import { yearOf, type Edition, type CampaignEvent } from '@/content'
import { dateLine, eventStatus, eventStatusLabel, sortEvents } from '@/lib/event-dates'
import { Card, Paragraph } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { ariaLabel } from '@/ui/aria'
import { CopyButton } from './CopyButton'
import { organiserAnchor } from '@/content/outline'
import { openPage } from '@/platform/navigation'
import { pressable } from '@/ui/pressable'
import { eventCounts, lookupOrganiser } from './model'
import './notice.scss'
import './organiser.scss'

/**
 * An event as the events list shows it (the one status rule of lib/event-dates): its status,
 * then each date with what is known about it, in its own scope ("全国 · 9月15日 · 明天",
 * "海南 · 9月内，日期待定").
 */
function EventLink({ event, today, year }: { event: CampaignEvent; today: string; year: string }) {
  return (
    <Button className='organiser-event hq-focus' {...pressable(() => openPage('event', { id: event.id, edition: year }))} {...ariaLabel(`查看活动：${event.title}`)}>
      <Text className={`organiser-event__status organiser-event__status--${eventStatus(event, today)}`}>{eventStatusLabel(event, today)}</Text>
      <Text className='organiser-event__title'>{event.title}</Text>
      {event.dates.map((d, i) => <Text key={i} className='organiser-event__date'>{dateLine(d, today)}</Text>)}
      <Text className='organiser-event__summary'>{event.summary}</Text>
      <Text className='organiser-event__more'>查看活动 ›</Text>
    </Button>
  )
}

/** The 19 organisers of 附件1 as links: what an unknown organiser id falls back to. */
export function OrganiserList({ edition }: { edition: Edition }) {
  const counts = eventCounts(edition)
  return (
    <View className='organiser-list'>
      {edition.organisers.map((o) => (
        <Button key={o.id} className='organiser-list__item hq-focus' {...pressable(() => openPage('organiser', { id: o.id, edition: yearOf(edition) }))}>
          <Text className='organiser-list__name'>{o.number}、{o.name}</Text>
          <Text className='organiser-list__count'>
            {o.activities.length}项主要活动{counts[o.id] ? ` · 日历中${counts[o.id]}项活动` : ''}
          </Text>
        </Button>
      ))}
    </View>
  )
}

/**
 * An organiser of 附件1: its activities exactly as printed and its events in the calendar.
 * An unknown or missing id shows what went wrong and the list of all organisers.
 */
export function OrganiserDetail({ edition, id, today }: { edition: Edition; id: string | undefined; today: string }) {
  const found = lookupOrganiser(edition, id)
  const attachment = edition.attachments[0]
  if (!found.found) {
    const why = found.reason === 'missing'
      ? '打开页面时没有指明是哪个主办单位。'
      : `“${found.id}”不是附件1中主办单位的编号。`
    return (
      <View className='organiser'>
        <Card>
          <Heading level={1} className='organiser__title'>没有找到这个主办单位</Heading>
          <Paragraph>{why}请在下面的{edition.organisers.length}个主办单位中选择，或在通知全文的附件1中查看。</Paragraph>
        </Card>
        <Card title={`附件${attachment.number}　${attachment.title}`}>
          <OrganiserList edition={edition} />
        </Card>
      </View>
    )
  }
  const { organiser, events } = found
  const sorted = sortEvents(events)
  return (
    <View className='organiser'>
      <View className='organiser__header'>
        <Text className='organiser__kicker'>附件{attachment.number} · 第{organiser.number}项主办单位</Text>
        <Heading level={1} className='organiser__title'>{organiser.name}</Heading>
      </View>
      <Card title={`主要活动（${organiser.activities.length}项）`}>
        <Text className='organiser__note'>以下为通知附件{attachment.number}原文，逐句列出。</Text>
        {organiser.activities.map((a, i) => (
          <View key={i} className='organiser-activity'>
            <Text className='organiser-activity__number'>{i + 1}.</Text>
            <Paragraph className='organiser-activity__text'>{a}</Paragraph>
          </View>
        ))}
        <View className='notice-para__actions'>
          <Button className='notice-link hq-focus' {...pressable(() => openPage('about', { anchor: organiserAnchor(organiser.id), edition: yearOf(edition) }))}>在通知全文中查看</Button>
          <CopyButton text={`${organiser.number}、${organiser.name}。${organiser.activities.join('')}`} what={`${organiser.name}的主要活动`} />
        </View>
      </Card>
      <Card title={`活动日历中的活动（${sorted.length}项）`}>
        {sorted.length > 0
          ? sorted.map((e) => <EventLink key={e.id} event={e} today={today} year={yearOf(edition)} />)
          : <Paragraph className='organiser__empty'>活动日历中暂无该单位单独列出的活动，请以上面的主要活动为准。</Paragraph>}
      </Card>
    </View>
  )
}
