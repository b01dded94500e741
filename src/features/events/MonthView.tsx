import { useEffect, useMemo, useRef } from 'react'
import { View, Text } from '@tarojs/components'
import type { CampaignEvent, Edition } from '@/content'
import { formatFullDate, formatMonth, formatMonthDay, formatWeekday, WEEKDAY_HEADERS } from '@/lib/civil-date'
import { scrollToAnchor } from '@/platform/scroll'
import { Heading } from '@/ui/Heading'
import { aria, ariaLive } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import { EventCard } from './EventCard'
import { MonthOnlyGroup, WeekGroups } from './Agenda'
import { useGridKeys } from './grid-keys'
import {
  buildDayIndex, datedEventsInMonth, dayCellName, dayStatusText, eventsOnDay, monthGrid, monthOnlyEvents
} from './model'
import './events.scss'

type Props = {
  edition: Edition
  /** The (filtered) events to show. */
  events: readonly CampaignEvent[]
  months: readonly string[]
  month: string
  day: string | null
  today: string
  followed: ReadonlySet<string>
  onMonth: (m: string) => void
  onDay: (d: string | null) => void
}

/** The chosen day's events: the place a tap on a day scrolls to. */
const DAY_EVENTS_ID = 'month-day-events'

function shortMonth(month: string): string {
  return `${Number(month.slice(5))}月`
}

/**
 * The month grid (weeks from Monday; each day with the number of its events) and below it
 * the chosen day's events, or the month's events by week and those with no known day.
 *
 * On H5 the grid follows the WAI-ARIA grid pattern (grid-keys.h5.ts: one Tab stop, arrows,
 * Home/End, Page Up/Down, Enter/Space); in WeChat a tap chooses.
 * Choosing says what the day has next to the grid (a live region, so it is announced), and a
 * tap on a day with events brings them into view (by keyboard the focus stays, visible, on the
 * grid; the announcement says where they are).
 */
export function MonthView({ edition, events, months, month, day, today, followed, onMonth, onDay }: Props) {
  const index = useMemo(() => buildDayIndex(events), [events])
  const weeks = monthGrid(month, index, today)
  const at = months.indexOf(month)
  const prev = at > 0 ? months[at - 1] : null
  const next = at >= 0 && at < months.length - 1 ? months[at + 1] : null
  const hits = day ? eventsOnDay(index, day) : []
  const undated = monthOnlyEvents(events, month)

  const scrollPending = useRef(false)

  useEffect(() => {
    if (!day || !scrollPending.current) return
    scrollPending.current = false
    void scrollToAnchor(DAY_EVENTS_ID)
  }, [day])

  const choose = (date: string, reveal: boolean) => {
    const chosen = day === date ? null : date // a second tap on the chosen day shows the month again
    // A day with events: they come into view. A day without: the words next to the grid say
    // so, where the finger is; nothing below is worth scrolling to.
    scrollPending.current = reveal && chosen !== null && eventsOnDay(index, chosen).length > 0
    onDay(chosen)
  }

  // A tap chooses; on H5 the grid's keys too (grid-keys.h5.ts).
  const cellHandlers = useGridKeys({ month, months, day, today, onMonth, choose })

  return (
    <View className='month'>
      <View className='month__nav'>
        <View
          className={`month__step ${prev ? '' : 'month__step--off'} hq-focus`}
          {...pressable(() => prev && onMonth(prev))}
          {...aria({ role: 'button', 'aria-disabled': !prev, 'aria-label': prev ? `上个月：${formatMonth(prev)}` : '没有更早的活动月份' })}
        >
          <Text>‹ {prev ? shortMonth(prev) : ''}</Text>
        </View>
        <Heading level={2} className='month__title'>{formatMonth(month)}</Heading>
        <View
          className={`month__step ${next ? '' : 'month__step--off'} hq-focus`}
          {...pressable(() => next && onMonth(next))}
          {...aria({ role: 'button', 'aria-disabled': !next, 'aria-label': next ? `下个月：${formatMonth(next)}` : '没有更晚的活动月份' })}
        >
          <Text>{next ? shortMonth(next) : ''} ›</Text>
        </View>
      </View>

      <View className='month__grid' {...aria({ role: 'grid', 'aria-label': `${formatMonth(month)}日历` })}>
        <View className='month__row' {...aria({ role: 'row' })}>
          {WEEKDAY_HEADERS.map((w) => (
            <Text key={w} className='month__weekday' {...aria({ role: 'columnheader', 'aria-label': `星期${w}` })}>{w}</Text>
          ))}
        </View>
        {weeks.map((week) => (
          <View key={week[0].date} className='month__row' {...aria({ role: 'row' })}>
            {week.map((c) => c.inMonth ? (
              <View
                key={c.date}
                className={`month__cell ${c.count ? 'month__cell--busy' : ''} ${c.isToday ? 'month__cell--today' : ''} ${day === c.date ? 'month__cell--picked' : ''} hq-focus`}
                {...cellHandlers(c.date)}
                {...aria({ role: 'gridcell', 'aria-selected': day === c.date })}
                data-date={c.date}
              >
                {/* The name is the whole date with its events, read from hidden text; the short
                    visible words are not read twice. (Not an aria-label: axe's label-in-name rule
                    wants the visible "15 2项" in it, word for word.) */}
                <Text className='month__sr'>{dayCellName(c.date, c.count, c.isToday)}</Text>
                <Text className='month__day' {...aria({ 'aria-hidden': true })}>{c.day}</Text>
                {c.count ? <Text className='month__count' {...aria({ 'aria-hidden': true })}>{c.count}项</Text> : null}
                {c.isToday ? <Text className='month__today' {...aria({ 'aria-hidden': true })}>今天</Text> : null}
              </View>
            ) : (
              <View key={c.date} className='month__cell month__cell--out' {...aria({ role: 'gridcell' })}>
                <Text className='month__sr'>{formatMonthDay(c.date)}（不在本月）</Text>
                <Text className='month__day' {...aria({ 'aria-hidden': true })}>{c.day}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
      {/* Always rendered, so that a screen reader announces each change of its text. */}
      <Text className={`month__status ${day ? 'month__status--on' : ''}`} {...ariaLive()}>
        {day ? dayStatusText(day, hits.length) : ''}
      </Text>
      <Text className='month__legend'>格中“N项”是当天已知日期的活动数；点日期查看当天活动。{months.includes(today.slice(0, 7)) ? '红框为今天。' : ''}</Text>

      {day ? (
        <View className='event-list__group' id={DAY_EVENTS_ID}>
          <Heading level={2} className='event-list__heading'>
            {formatFullDate(day)} {formatWeekday(day)} · {hits.length ? `${hits.length}项活动` : '没有已知日期的活动'}
          </Heading>
          {hits.length === 0 ? <Text className='event-list__note'>这一天没有已知日期的活动。</Text> : null}
          {hits.map((h) => <EventCard key={h.event.id} event={h.event} edition={edition} today={today} followed={followed.has(h.event.id)} />)}
          <View className='event-list__action hq-focus' {...pressable(() => onDay(null))} {...aria({ role: 'button' })}>
            <Text>查看{shortMonth(month)}全部活动</Text>
          </View>
        </View>
      ) : (
        <WeekGroups events={datedEventsInMonth(events, month)} edition={edition} today={today} followed={followed} />
      )}
      <MonthOnlyGroup month={month} events={undated} edition={edition} today={today} followed={followed} />
    </View>
  )
}
