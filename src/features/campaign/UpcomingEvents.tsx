import { Button, Text, View } from '@tarojs/components'
import type { Edition } from '@/content'
import { archiveLabel, dateLabel, dateLine, SCOPE_LABEL, timingLabel } from '@/lib/event-dates'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { pressable } from '@/ui/pressable'
import { homeEvents, type HomeEvent } from './upcoming'
import './campaign.scss'

/** The badge: the deciding date's scope and timing ("全国 · 明天"), or 日期待定. */
function badge({ timing, date }: HomeEvent): string {
  return timing.kind === 'unknown' ? timingLabel(timing) : `${SCOPE_LABEL[date.scope]} · ${timingLabel(timing)}`
}

/**
 * 近期活动 (the next three from `today`, China date) or, once the campaign is an archive,
 * 活动回顾. Each item opens its event through `onOpen`.
 */
export function UpcomingEvents({ edition, today, onOpen }: { edition: Edition; today: string; onOpen: (id: string) => void }) {
  const { mode, items } = homeEvents(edition.events, edition.campaign, today)
  return (
    <View className='hq-card upcoming'>
      <Heading level={2} className='hq-card__title'>{mode === 'review' ? '活动回顾' : '近期活动'}</Heading>
      {mode === 'review' ? <Text className='upcoming__note'>{archiveLabel(edition.campaign)}。以下是有具体日期的主要活动，供回顾查阅。</Text> : null}
      {items.length === 0 ? <Text className='upcoming__note'>暂无即将举行的活动。</Text> : null}
      {items.map((item) => {
        const { event, timing, date } = item
        return (
          <Button key={event.id} className='upcoming-item hq-focus' {...pressable(() => onOpen(event.id))} data-testid={`upcoming-${event.id}`}>
            <View className='upcoming-item__head'>
              {mode === 'upcoming' ? <Badge tone={timing.kind === 'unknown' ? 'muted' : 'accent'}>{badge(item)}</Badge> : null}
              <Text className='upcoming-item__title'>{event.title}</Text>
            </View>
            <Text className='upcoming-item__date'>{timing.kind === 'unknown' ? dateLine(date, today) : dateLabel(date, today)}</Text>
          </Button>
        )
      })}
    </View>
  )
}
