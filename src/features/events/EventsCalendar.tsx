import { useEffect, useMemo } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { EDITION_METAS, editionOf, yearOf, type CampaignEvent, type Edition } from '@/content'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { EventCard } from './EventCard'
import { FilterPanel } from './FilterPanel'
import { MonthView } from './MonthView'
import { MonthOnlyGroup, WeekGroups } from './Agenda'
import { archiveLabel, isArchived, sortEvents } from '@/lib/event-dates'
import { pressable } from '@/ui/pressable'
import { useEditionsLoaded } from '@/lib/use-edition'
import { OtherFollowsNote } from './OtherFollowsNote'
import { calendarMonths, facetCounts, filterEvents, initialMonth, monthOnlyEvents, monthOnlyMonths } from './model'
import { followedIn, otherFollowCounts } from './follows'
import { restoreCalendarView, saveCalendarView, useCalendarView, useFollows, type CalendarViewMode } from './store'
import './events.scss'

const VIEWS: Array<{ id: CalendarViewMode; label: string }> = [
  { id: 'month', label: '月历' },
  { id: 'list', label: '列表' },
  { id: 'follows', label: '我的关注' }
]

/** Why nothing matches, in plain words, and what the unit does per 附件1 if it has no event. */
function EmptyResult({ edition, onClear }: { edition: Edition; onClear: () => void }) {
  const { categoryId, organiserId } = useCalendarView()
  const organiser = edition.organisers.find((o) => o.id === organiserId)
  const category = edition.categories.find((c) => c.id === categoryId)
  const organiserHasNone = organiser ? !edition.events.some((e) => e.organiserId === organiser.id) : false
  return (
    <View className='event-empty' {...aria({ role: 'status' })}>
      <Heading level={2} className='event-empty__title'>没有符合条件的活动</Heading>
      {organiser && organiserHasNone ? (
        <>
          <Text className='event-empty__text'>日历中暂无{organiser.name}的活动。通知附件1中，它的工作安排是（通知未给出日期）：</Text>
          {organiser.activities.map((a) => <Text key={a} className='event-empty__activity'>· {a}</Text>)}
        </>
      ) : organiser && category ? (
        <Text className='event-empty__text'>{organiser.name}没有“{category.name}”类的活动。</Text>
      ) : null}
      <Button className='hq-button hq-focus' {...pressable(onClear)}>清除筛选，显示全部活动</Button>
    </View>
  )
}

/** Follows of the editions other than `current` that still have them, newest edition first (those loaded). */
function otherEditionFollows(keys: readonly string[], years: readonly string[]): Array<{ year: string; edition: Edition; events: CampaignEvent[] }> {
  const groups: Array<{ year: string; edition: Edition; events: CampaignEvent[] }> = []
  for (const year of years) {
    const ids = new Set(followedIn(keys, year))
    const other = editionOf(year)
    if (!other) continue
    const events = sortEvents(other.events.filter((e) => ids.has(e.id)))
    if (events.length) groups.push({ year, edition: other, events })
  }
  return groups
}

/** The count on the 我的关注 tab: this edition's alone, or, with follows in other editions, each part named. */
function followsCount(current: number, other: number, otherAllEarlier: boolean): string {
  return other ? `（本届${current} · ${otherAllEarlier ? '往届' : '其他届'}${other}）` : `（${current}）`
}

/** The 活动 tab: month view, list by week, my follows; filters by category and organiser. */
export function EventsCalendar({ edition, today }: { edition: Edition; today: string }) {
  const year = yearOf(edition)
  const months = useMemo(() => calendarMonths(edition.events, edition.campaign.month), [edition])
  // Before the store is read: the first render of a run shows the view kept on the phone (./view-state).
  restoreCalendarView({
    edition: year,
    today,
    months,
    categoryIds: edition.categories.map((c) => c.id),
    organiserIds: edition.organisers.map((o) => o.id)
  })
  const view = useCalendarView()
  const followKeys = useFollows((s) => s.ids)
  const followIds = useMemo(() => followedIn(followKeys, year), [followKeys, year])
  const otherCounts = useMemo(() => otherFollowCounts(followKeys, EDITION_METAS, year), [followKeys, year])
  const otherYears = useMemo(() => otherCounts.map((c) => c.year), [otherCounts])
  // The other editions' content, for their followed events' cards (H5 loads it on demand).
  const others = useEditionsLoaded(otherYears)
  const otherFollows = useMemo(
    () => (others.status === 'ready' ? otherEditionFollows(followKeys, otherYears) : []),
    [followKeys, otherYears, others.status]
  )
  const otherCount = otherCounts.reduce((n, c) => n + c.count, 0)
  const followed = useMemo(() => new Set(followIds), [followIds])
  const { categoryId, organiserId } = view
  const filter = useMemo(() => ({ categoryId, organiserId }), [categoryId, organiserId])
  const events = useMemo(() => filterEvents(edition.events, filter), [edition, filter])
  const facets = facetCounts(edition.events, filter, edition.categories, edition.organisers)
  const month = view.month && months.includes(view.month) ? view.month : initialMonth(months, today, edition.campaign.month)
  const { view: mode, day } = view
  useEffect(() => {
    // The month shown is kept as such (not null), so the chosen day is always within it.
    saveCalendarView({ view: mode, month, day, categoryId, organiserId }, year, today)
  }, [mode, month, day, categoryId, organiserId, year, today])
  const followedEvents = sortEvents(edition.events.filter((e) => followed.has(e.id)))

  return (
    <View className='events'>
      <View className='events__header'>
        <Heading level={1} className='events__title'>活动日历</Heading>
        <Text className='events__sub'>{edition.campaign.name} · 日期均为北京时间</Text>
        {isArchived(edition.campaign, edition.events, today) ? (
          <Text className='events__sub'>{archiveLabel(edition.campaign)}：以下日期都已过去，供回顾查阅。</Text>
        ) : null}
      </View>
      <View className='events__views' {...aria({ role: 'tablist' })}>
        {VIEWS.map((v) => (
          <View
            key={v.id}
            className={`events__view ${view.view === v.id ? 'events__view--on' : ''} hq-focus`}
            {...pressable(() => view.setView(v.id))}
            {...aria({ role: 'tab', 'aria-selected': view.view === v.id })}
          >
            <Text>{v.label}{v.id === 'follows' ? followsCount(followedEvents.length, otherCount, otherYears.every((y) => y < year)) : ''}</Text>
          </View>
        ))}
      </View>

      {view.view === 'follows' ? (
        <>
          <View className='event-list__group'>
            <Heading level={2} className='event-list__heading'>我的关注</Heading>
            {followedEvents.length === 0 ? (
              <Text className='event-list__note'>
                {otherCount ? `本届（${year}年）还没有关注的活动。` : '还没有关注的活动。'}打开一项活动，点“☆ 关注”，它就会出现在这里（只保存在本机）。
              </Text>
            ) : (
              <>
                {otherCount ? <Text className='event-list__note'>本届（{year}年）：{followedEvents.length}项</Text> : null}
                {followedEvents.map((e) => <EventCard key={e.id} event={e} edition={edition} today={today} followed />)}
              </>
            )}
          </View>
          <OtherFollowsNote status={others.status} count={otherCount} onRetry={others.retry} />
          {otherFollows.map((g) => (
            <View key={g.year} className='event-list__group'>
              <Heading level={2} className='event-list__heading'>{g.year}年的关注（{g.events.length}项）</Heading>
              <Text className='event-list__note'>{g.edition.campaign.name}{g.year < year ? '（往届）' : ''}，点开是那一届的活动页。</Text>
              {g.events.map((e) => <EventCard key={e.id} event={e} edition={g.edition} today={today} followed />)}
            </View>
          ))}
        </>
      ) : (
        <>
          <FilterPanel
            partners={edition.campaign.partners}
            facets={facets}
            filter={filter}
            onCategory={view.setCategory}
            onOrganiser={view.setOrganiser}
            onClear={view.clearFilters}
          />
          {events.length === 0 ? (
            <EmptyResult edition={edition} onClear={view.clearFilters} />
          ) : view.view === 'month' ? (
            <MonthView
              edition={edition}
              events={events}
              months={months}
              month={month}
              day={view.day}
              today={today}
              followed={followed}
              onMonth={view.setMonth}
              onDay={view.pickDay}
            />
          ) : (
            <View className='event-list'>
              <WeekGroups events={events} edition={edition} today={today} followed={followed} />
              {monthOnlyMonths(events).map((m) => (
                <MonthOnlyGroup key={m} month={m} events={monthOnlyEvents(events, m)} edition={edition} today={today} followed={followed} />
              ))}
            </View>
          )}
        </>
      )}
    </View>
  )
}
