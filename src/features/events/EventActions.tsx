import { useEffect, useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import type { CampaignEvent, Edition } from '@/content'
import { onStorageFailure } from '@/platform/storage'
import { addToPhoneCalendar, CALENDAR_MODE, openCalendarSettings } from '@/platform/calendar'
import { offersIcsText, type CalendarResult } from '@/platform/calendar.shared'
import { now } from '@/lib/clock'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { archiveLabel, dateLabel, dateStatus, datedDates, isArchived } from '@/lib/event-dates'
import { buildIcs } from '@/lib/ics'
import { pressable } from '@/ui/pressable'
import { yearOf } from '@/content'
import { followKey } from './follows'
import { calendarEntries, calendarUnavailableReason } from './page-model'
import { FOLLOWS_KEY, useFollows } from './store'
import './events.scss'
import './event-page.scss'

/** 关注 / 已关注: toggles the event in 我的关注 (saved on this phone only). */
export function FollowButton({ event, edition }: { event: CampaignEvent; edition: Edition }) {
  const key = followKey(yearOf(edition), event.id)
  const followed = useFollows((s) => s.ids.includes(key))
  const toggle = useFollows((s) => s.toggle)
  const [saveError, setSaveError] = useState<string | null>(null)
  useEffect(() => onStorageFailure((f) => setSaveError(f && f.key === FOLLOWS_KEY ? f.message : null)), [])
  return (
    <View className='event-follow'>
      <Button
        className={`hq-button ${followed ? 'hq-button--secondary' : ''} hq-focus`}
        {...pressable(() => toggle(key))}
        {...aria({ 'aria-pressed': followed })}
      >
        {followed ? '★ 已关注（点此取消）' : '☆ 关注'}
      </Button>
      <Text className='event-follow__hint'>
        {followed ? '已加入“活动”页的“我的关注”。' : '关注后，可在“活动”页的“我的关注”中找到。'}只保存在本机。
      </Text>
      {saveError ? (
        <Text className='event-follow__error' {...aria({ role: 'alert' })}>
          未能保存到手机存储（{saveError}）：关注在本次使用中有效，关闭小程序后可能丢失。
        </Text>
      ) : null}
    </View>
  )
}

function successText(r: Extract<CalendarResult, { ok: true }>): string {
  return r.how === 'phone'
    ? '已添加到手机日历（全天），前一天上午9点提醒。'
    : `已下载日历文件 ${r.filename ?? ''}：用手机的日历打开它即可添加（全天，前一天上午9点提醒）。`
}

/**
 * 添加到手机日历: one button per date with a known day that has not passed (a month-only date
 * has no day to add, a past date is not offered as if it were coming; the screen says which
 * and why). A refused permission is explained, with a way to allow it.
 */
export function AddToCalendar({ event, edition, today }: { event: CampaignEvent; edition: Edition; today: string }) {
  const [result, setResult] = useState<CalendarResult | null>(null)
  const [tried, setTried] = useState<number | null>(null)
  const [settingsNote, setSettingsNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const reason = calendarUnavailableReason(event, today)
  const dated = datedDates(event)
  const entries = calendarEntries(event, { campaignName: edition.campaign.name, documentNumber: edition.document.number })
  const hainanUndated = event.dates.some((d) => d.scope === 'hainan' && d.precision === 'month')
  const onlyNational = dated.length > 0 && dated.every((d) => d.scope === 'national')
  const past = dated.map((d) => dateStatus(d, today) === 'ended')
  const archived = isArchived(edition.campaign, edition.events, today)

  const add = async (i: number) => {
    if (busy) return
    setBusy(true)
    setSettingsNote(null)
    setTried(i)
    try {
      setResult(await addToPhoneCalendar(entries[i]))
    } finally {
      setBusy(false)
    }
  }
  const openSettings = async () => {
    const allowed = await openCalendarSettings()
    setSettingsNote(allowed ? '已允许写入日历，请再点一次“添加到手机日历”。' : '仍未允许写入日历。可随时在右上角“…”→“设置”中打开。')
  }

  return (
    <View className='event-section'>
      <Heading level={2} className='event-section__title'>添加到手机日历</Heading>
      {reason ? (
        <Text className='event-section__text'>{reason}</Text>
      ) : past.every(Boolean) ? (
        <Text className='event-section__text'>
          {archived ? `${archiveLabel(edition.campaign)}：` : ''}
          {dated.map((d) => dateLabel(d)).join('、')}已经过去，不再提供添加到手机日历。
        </Text>
      ) : (
        <>
          {onlyNational && hainanUndated ? (
            <Text className='event-section__text'>海南的具体日期未公布；可添加的是下面标明“全国”的日期。</Text>
          ) : null}
          {entries.map((entry, i) => past[i] ? (
            <View key={entry.uid} className='event-calendar__entry'>
              <Text className='event-date__label'>{dateLabel(dated[i])}</Text>
              <Text className='event-section__hint'>这个日期已经过去，不再提供添加到手机日历。</Text>
            </View>
          ) : (
            <View key={entry.uid} className='event-calendar__entry'>
              <Text className='event-date__label'>{dateLabel(dated[i])}</Text>
              <Button
                className='hq-button hq-focus'
                {...pressable(() => void add(i))}
                {...aria({ 'aria-label': `添加到手机日历：${dateLabel(dated[i])}` })}
              >
                添加到手机日历
              </Button>
            </View>
          ))}
          {CALENDAR_MODE === 'file' ? (
            <Text className='event-section__hint'>在网页上会下载一个日历文件（.ics），用手机或电脑的日历打开即可添加。</Text>
          ) : null}
        </>
      )}
      {result ? (
        <View className='event-calendar__result' {...aria({ role: result.ok ? 'status' : 'alert' })}>
          <Text className={result.ok ? 'event-calendar__ok' : 'event-calendar__error'}>
            {result.ok ? successText(result) : result.message}
          </Text>
          {!result.ok && offersIcsText(result.reason) && tried !== null && entries[tried] ? (
            <SelectableText className='event-calendar__ics' data-testid='calendar-ics'>
              {buildIcs([entries[tried]], { dtstamp: now() })}
            </SelectableText>
          ) : null}
          {!result.ok && result.reason === 'denied' ? (
            <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void openSettings())}>打开设置</Button>
          ) : null}
          {settingsNote ? <Text className='event-section__hint'>{settingsNote}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
