import { View, Text } from '@tarojs/components'
import type { CampaignEvent, Edition } from '@/content'
import { Heading } from '@/ui/Heading'
import { EventCard } from './EventCard'
import { groupByWeek, monthOnlyHeading, monthOnlyNote, weekHeading } from './model'
import './events.scss'

type Common = { edition: Edition; today: string; followed: ReadonlySet<string> }

/** Dated events grouped by week (Monday first), in date order, each headed by its dates. */
export function WeekGroups({ events, edition, today, followed }: Common & { events: readonly CampaignEvent[] }) {
  return (
    <>
      {groupByWeek(events).map((g) => (
        <View key={g.start} className='event-list__group'>
          <Heading level={2} className='event-list__heading'>{weekHeading(g, today)}</Heading>
          {g.events.map((e) => <EventCard key={e.id} event={e} edition={edition} today={today} followed={followed.has(e.id)} />)}
        </View>
      ))}
    </>
  )
}

/** Events known only to the month: never pinned to a day (in the past tense once the month is over). */
export function MonthOnlyGroup({ month, events, edition, today, followed }: Common & { month: string; events: readonly CampaignEvent[] }) {
  if (events.length === 0) return null
  return (
    <View className='event-list__group'>
      <Heading level={2} className='event-list__heading'>{monthOnlyHeading(month, today)}</Heading>
      <Text className='event-list__note'>{monthOnlyNote(month, events, today)}</Text>
      {events.map((e) => <EventCard key={e.id} event={e} edition={edition} today={today} followed={followed.has(e.id)} />)}
    </View>
  )
}
