import { View, Text, Button } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import { yearOf, type Edition } from '@/content'
import { openPage, openTab } from '@/platform/navigation'
import { UrlLink } from '@/platform/open-url'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { StatusChip } from './EventCard'
import { AddToCalendar, FollowButton } from './EventActions'
import { archiveLabel, dateLabel, dateStatus, eventStatus, eventStatusLabel, isArchived } from '@/lib/event-dates'
import { pressable } from '@/ui/pressable'
import { sourceLine } from './page-model'
import { KeepTogether } from '@/ui/NoWrap'
import './events.scss'
import './event-page.scss'

type Props = {
  edition: Edition
  /** The `id` page parameter (may be missing or unknown). */
  id: string | undefined
  today: string
  /** 朋友圈 单页模式: no navigation, no shared storage; point to “前往小程序” instead. */
  singlePage: boolean
}

/** The way back to the calendar: a button, or in 单页模式 (no navigation) a pointer to “前往小程序”. */
function ToCalendar({ singlePage }: { singlePage: boolean }) {
  if (singlePage) {
    return <Text className='event-section__hint'>点屏幕下方的“前往小程序”，可查看全部活动日历、关注活动。</Text>
  }
  return <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openTab('events'))}>查看全部活动（活动日历）</Button>
}

/**
 * One event: title, organiser, each date with its precision, scope, status and source, the
 * notice's words, related slogans; 关注 and 添加到手机日历. Stands alone when opened from a share.
 */
export function EventDetail({ edition, id, today, singlePage }: Props) {
  const event = id ? edition.events.find((e) => e.id === id) : undefined
  const campaignLine = (
    <View className='event-campaign'>
      <Text className='event-campaign__name'>{edition.campaign.name}</Text>
      <Text className='event-campaign__doc'>{edition.document.issuer} · {edition.document.number}</Text>
    </View>
  )

  if (!event) {
    return (
      <View className='event-detail'>
        {campaignLine}
        <View className='event-empty' {...aria({ role: 'alert' })}>
          <Heading level={1} className='event-empty__title'>没有找到这项活动</Heading>
          <Text className='event-empty__text'>
            {id ? `链接中的活动编号“${id}”不在本届活动中，可能链接不完整或内容已更新。` : '链接中没有活动编号。'}
            全部{edition.events.length}项活动都在活动日历中。
          </Text>
          <ToCalendar singlePage={singlePage} />
          {singlePage ? null : (
            <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openTab('home'))}>回到首页</Button>
          )}
        </View>
      </View>
    )
  }

  const organiser = edition.organisers.find((o) => o.id === event.organiserId)
  const category = edition.categories.find((c) => c.id === event.categoryId)
  const slogans = (event.sloganIds ?? [])
    .map((sid) => edition.slogans.items.find((s) => s.id === sid))
    .filter((s): s is NonNullable<typeof s> => Boolean(s))

  return (
    <View className='event-detail'>
      {campaignLine}
      <View className='event-detail__head'>
        <View className='event-item__head'>
          <StatusChip status={eventStatus(event, today)} label={eventStatusLabel(event, today)} />
          {category ? <Badge tone='muted'>{category.name}</Badge> : null}
        </View>
        <Heading level={1} className='event-detail__title'>{event.title}</Heading>
        {isArchived(edition.campaign, edition.events, today) ? (
          <Text className='event-detail__archive'>{archiveLabel(edition.campaign)}，以下内容供回顾查阅。</Text>
        ) : null}
        <Text className='event-detail__summary'>{event.summary}</Text>
        {organiser ? (
          <Text className='event-detail__organiser'>主办单位：{organiser.name}（附件1 第{organiser.number}项）</Text>
        ) : null}
        {organiser && !singlePage ? (
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openPage('organiser', { id: organiser.id, edition: yearOf(edition) }))}>
            查看{organiser.name}的全部活动
          </Button>
        ) : null}
      </View>

      <View className='event-section'>
        <Heading level={2} className='event-section__title'>日期与来源</Heading>
        {event.dates.map((d, i) => {
          const src = sourceLine(d.source)
          return (
            <View key={i} className='event-date'>
              <View className='event-item__head'>
                <Badge tone={d.scope === 'national' ? 'accent' : 'brand'}>{d.scope === 'national' ? '全国' : '海南'}</Badge>
                <StatusChip status={dateStatus(d, today)} />
              </View>
              <Text className='event-date__label'>{dateLabel(d, today)}</Text>
              {src.kind === 'notice' ? (
                <View className='event-date__source'>
                  <Text className='event-date__source-line'>来源：通知原文</Text>
                  <SelectableText className='event-date__quote'>{src.quoted}</SelectableText>
                </View>
              ) : (
                <View className='event-date__source'>
                  <SelectableText className='event-date__source-line'>来源：{src.publisher}《<KeepTogether text={src.title} />》</SelectableText>
                  <Text className='event-date__source-line'>可信度：{src.confidence}（非通知原文，为公开报道）</Text>
                  {/* H5: a link to the source; weapp: a tap copies it (platform/open-url). */}
                  {src.url ? (
                    <View className='event-date__url'>
                      <Text>网址：</Text>
                      <UrlLink url={src.url} what={`${src.publisher}《${src.title}》`} />
                    </View>
                  ) : null}
                </View>
              )}
            </View>
          )
        })}
      </View>

      <View className='event-section'>
        <Heading level={2} className='event-section__title'>通知原文</Heading>
        {event.description.map((p) => <SelectableText key={p} className='event-section__para'>{p}</SelectableText>)}
      </View>

      {slogans.length ? (
        <View className='event-section'>
          <Heading level={2} className='event-section__title'>相关口号</Heading>
          {slogans.map((s) => <Text key={s.id} className='event-section__para'>{s.number}. {s.text}</Text>)}
        </View>
      ) : null}

      {singlePage ? null : <View className='event-section'><FollowButton event={event} edition={edition} /></View>}
      <AddToCalendar event={event} edition={edition} today={today} />
      <View className='event-section'>
        <ToCalendar singlePage={singlePage} />
      </View>
    </View>
  )
}
