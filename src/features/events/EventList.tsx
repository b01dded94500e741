import { View, Text } from '@tarojs/components'
import type { Edition, CampaignEvent } from '@/content'
import { formatMonth } from '@/lib/civil-date'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { dateLabel, splitByPrecision } from './model'
import './events.scss'

function EventItem({ event, edition }: { event: CampaignEvent; edition: Edition }) {
  const category = edition.categories.find((c) => c.id === event.categoryId)
  const organiser = edition.organisers.find((o) => o.id === event.organiserId)
  return (
    <View className='event-item' data-testid={`event-${event.id}`}>
      <View className='event-item__head'>
        {category ? <Badge tone='accent'>{category.name}</Badge> : null}
        <Heading level={3} className='event-item__title'>{event.title}</Heading>
      </View>
      {event.dates.map((d, i) => (
        <Text key={i} className='event-item__date'>{dateLabel(d)}</Text>
      ))}
      <Text className='event-item__summary'>{event.summary}</Text>
      {organiser ? <Text className='event-item__organiser'>主办：{organiser.name}</Text> : null}
    </View>
  )
}

/** All events in date order; those known only to the month are grouped under 日期待定. */
export function EventList({ edition }: { edition: Edition }) {
  const { dated, monthOnly } = splitByPrecision(edition.events)
  const month = formatMonth(edition.campaign.month).replace(/^\d+年/, '')
  return (
    <View className='event-list'>
      {dated.length > 0 ? (
        <View className='event-list__group'>
          <Heading level={2} className='event-list__heading'>已知日期</Heading>
          {dated.map((e) => <EventItem key={e.id} event={e} edition={edition} />)}
        </View>
      ) : null}
      {monthOnly.length > 0 ? (
        <View className='event-list__group'>
          <Heading level={2} className='event-list__heading'>{month}内 · 日期待定</Heading>
          <Text className='event-list__note'>以下活动通知未给出具体日期，具体安排以主办单位通知为准。</Text>
          {monthOnly.map((e) => <EventItem key={e.id} event={e} edition={edition} />)}
        </View>
      ) : null}
    </View>
  )
}
