import { View, Text } from '@tarojs/components'
import { yearOf, type CampaignEvent, type Edition } from '@/content'
import { openPage } from '@/platform/navigation'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { dateLine, eventStatus, eventStatusLabel, STATUS_LABEL, type EventStatus } from '@/lib/event-dates'
import { pressable } from '@/ui/pressable'
import './events.scss'

const STATUS_TONE: Record<EventStatus, 'brand' | 'accent' | 'muted'> = { ongoing: 'brand', upcoming: 'accent', ended: 'muted', unknown: 'muted' }

/**
 * 即将开始 / 进行中 / 已结束 / 日期待定, as words (colour is only a second cue); `label` gives it
 * with its scope (e.g. "全国 · 即将开始", from lib/event-dates).
 */
export function StatusChip({ status, label }: { status: EventStatus; label?: string }) {
  return <Badge tone={STATUS_TONE[status]}>{label ?? STATUS_LABEL[status]}</Badge>
}

/**
 * One event in a list: category, status (the one rule of lib/event-dates), title, each date
 * in its own scope with what is known about it, organiser. Tap to open its page.
 */
export function EventCard({ event, edition, today, followed }: { event: CampaignEvent; edition: Edition; today: string; followed?: boolean }) {
  const category = edition.categories.find((c) => c.id === event.categoryId)
  const organiser = edition.organisers.find((o) => o.id === event.organiserId)
  return (
    <View
      className='event-item hq-focus'
      data-testid={`event-${event.id}`}
      {...pressable(() => openPage('event', { id: event.id, edition: yearOf(edition) }))}
      {...aria({ role: 'link' })}
    >
      <View className='event-item__head'>
        <StatusChip status={eventStatus(event, today)} label={eventStatusLabel(event, today)} />
        {category ? <Badge tone='muted'>{category.name}</Badge> : null}
        {followed ? <Badge tone='brand'>★ 已关注</Badge> : null}
      </View>
      <Heading level={3} className='event-item__title'>{event.title}</Heading>
      {event.dates.map((d, i) => (
        <Text key={i} className='event-item__date'>{dateLine(d, today)}</Text>
      ))}
      {organiser ? <Text className='event-item__organiser'>主办：{organiser.name}</Text> : null}
      <Text className='event-item__more'>查看详情 ›</Text>
    </View>
  )
}
