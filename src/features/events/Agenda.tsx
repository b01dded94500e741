import { View, Text } from '@tarojs/components'
import type { CampaignEvent, Edition } from '@/content'
import { Heading } from '@/ui/Heading'
import { EventCard } from './EventCard'
import { groupByWeek, monthOnlyHeading } from './model'
import './events.scss'

type Common = { edition: Edition; today: string; followed: ReadonlySet<string> }

/** Dated events grouped by week (Monday first), in date order. */
export function WeekGroups({ events, edition, today, followed }: Common & { events: readonly CampaignEvent[] }) {
  return (
    <>
      {groupByWeek(events).map((g) => (
        <View key={g.start} className='event-list__group'>
          <Heading level={2} className='event-list__heading'>{g.label} 这一周</Heading>
          {g.events.map((e) => <EventCard key={e.id} event={e} edition={edition} today={today} followed={followed.has(e.id)} />)}
        </View>
      ))}
    </>
  )
}

/** Events known only to the month: never pinned to a day. */
export function MonthOnlyGroup({ month, events, edition, today, followed }: Common & { month: string; events: readonly CampaignEvent[] }) {
  if (events.length === 0) return null
  return (
    <View className='event-list__group'>
      <Heading level={2} className='event-list__heading'>{monthOnlyHeading(month)}</Heading>
      <Text className='event-list__note'>以下活动通知只写明在这个月内开展，没有具体日期，具体安排以主办单位通知为准。</Text>
      {events.map((e) => <EventCard key={e.id} event={e} edition={edition} today={today} followed={followed.has(e.id)} />)}
    </View>
  )
}
