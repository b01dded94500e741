import { Button, Text, View } from '@tarojs/components'
import type { Edition } from '@/content'
import { dateLabel, primaryDate } from '@/lib/event-dates'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { pressable } from '@/ui/pressable'
import { homeEvents, timingLabel } from './upcoming'
import './campaign.scss'

/**
 * 近期活动 (the next three from `today`, China date) or, after the campaign, 活动回顾.
 * Each item opens its event through `onOpen`.
 */
export function UpcomingEvents({ edition, today, onOpen }: { edition: Edition; today: string; onOpen: (id: string) => void }) {
  const { mode, items } = homeEvents(edition.events, edition.campaign, today)
  return (
    <View className='hq-card upcoming'>
      <Heading level={2} className='hq-card__title'>{mode === 'review' ? '活动回顾' : '近期活动'}</Heading>
      {mode === 'review' ? <Text className='upcoming__note'>活动已结束。以下是有具体日期的主要活动，供回顾查阅。</Text> : null}
      {items.length === 0 ? <Text className='upcoming__note'>暂无即将举行的活动。</Text> : null}
      {items.map(({ event, timing }) => (
        <Button key={event.id} className='upcoming-item hq-focus' {...pressable(() => onOpen(event.id))} data-testid={`upcoming-${event.id}`}>
          <View className='upcoming-item__head'>
            {mode === 'upcoming' ? <Badge tone={timing.kind === 'month' ? 'muted' : 'accent'}>{timingLabel(timing)}</Badge> : null}
            <Text className='upcoming-item__title'>{event.title}</Text>
          </View>
          <Text className='upcoming-item__date'>{dateLabel(primaryDate(event))}</Text>
        </Button>
      ))}
    </View>
  )
}
