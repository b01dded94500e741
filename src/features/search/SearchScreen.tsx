import { useEffect, useMemo, useState } from 'react'
import { View, Text, Button, Input } from '@tarojs/components'
import { yearOf, type Edition } from '@/content'
import { dateLine } from '@/lib/event-dates'
import { today as clockToday } from '@/lib/clock'
import { Heading } from '@/ui/Heading'
import { ariaLabel, ariaLive } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import { KeepTogether } from '@/ui/NoWrap'
import { revealAndFocus, useScrollMemory } from '@/platform/scroll'
import { entryState } from '@/platform/history'
import { openTarget } from './open-target'
import { forgetReturnPoint, hitId, keptQuery, MAX_QUERY, returnPointFor, showsAllAtFirst, type ReturnPoint } from './return-point'
import { appSearchIndex } from './search-index'
import { KIND_LABEL, matchRanges, search, segments, snippet, type SearchHit, type SearchGroup } from './model'
import './search.scss'
import './search-screen.scss'

/** Results shown per group before 显示全部. */
export const GROUP_LIMIT = 20

const FOCUS_DELAY_MS = 350

/** Shown before anything is typed: each finds something in the bundle (tested). */
export const SUGGESTIONS = ['电梯', '食品安全', '12315', '买到假货', '计量', '市场监管局']

const eventsByEdition = new WeakMap<Edition, ReadonlyMap<string, Edition['events'][number]>>()

/** An edition's events by id (built once per edition). */
function eventsById(edition: Edition): ReadonlyMap<string, Edition['events'][number]> {
  let m = eventsByEdition.get(edition)
  if (!m) eventsByEdition.set(edition, (m = new Map(edition.events.map((e) => [e.id, e]))))
  return m
}

/** `text` with the matches of `query` marked; long text cut to a window around the first match. */
function Marked({ text, query, window }: { text: string; query: string; window?: number }) {
  const ranges = matchRanges(text, query)
  const cut = window ? snippet(text, ranges, window) : { segments: segments(text, ranges), cutStart: false, cutEnd: false }
  return (
    <>
      {cut.cutStart ? '…' : ''}
      {cut.segments.map((s, i) => (s.mark
        ? <Text key={i} className='search-mark'>{s.text}</Text>
        : <Text key={i}><KeepTogether text={s.text} /></Text>))}
      {cut.cutEnd ? '…' : ''}
    </>
  )
}

function HitItem({ hit, query, today, edition }: { hit: SearchHit; query: string; today: string; edition: Edition }) {
  const { entry } = hit
  const [first, second] = entry.fields
  const best = entry.fields[hit.field]
  let title: JSX.Element = <></>
  let detail: JSX.Element | null = null
  const meta: string[] = []
  switch (entry.kind) {
    case 'event': {
      title = <Marked text={first.text} query={query} />
      if (second) detail = <Marked text={second.text} query={query} window={60} />
      const event = eventsById(edition).get(entry.key)
      // Each date in its own scope with what is known about it (the one rule of lib/event-dates).
      if (event) meta.push(event.dates.map((d) => dateLine(d, today)).join('；'))
      if (entry.context) meta.push(`主办：${entry.context}`)
      break
    }
    case 'organiser':
      title = <Marked text={first.text} query={query} />
      if (entry.context) meta.push(entry.context)
      break
    case 'activity':
      title = <Marked text={first.text} query={query} window={70} />
      if (entry.context) meta.push(`主办单位：${entry.context}`)
      break
    case 'slogan':
      title = <Marked text={first.text} query={query} />
      if (entry.context) meta.push(entry.context)
      break
    case 'notice':
      title = <>{entry.context ?? ''}</>
      detail = <Marked text={best.text} query={query} window={70} />
      break
    case 'channel': {
      // A channel, or 我该找谁？ (the guide): its name, then what it takes (or the guide's question).
      title = <Marked text={first.text} query={query} />
      const shown = hit.field > 0 ? best : second
      if (shown) detail = <Marked text={shown.text} query={query} window={60} />
      if (entry.context) meta.push(entry.context)
      break
    }
    case 'contact':
      // Said to be what it is: the campaign's contact person, as the notice prints them.
      title = <>{entry.context ?? ''}</>
      detail = <Marked text={best.text} query={query} />
      meta.push('通知原文所列，不是投诉渠道')
      break
  }
  return (
    <Button
      className='search-hit hq-focus'
      id={hitId(entry.kind, entry.key)}
      data-kind={entry.kind}
      data-key={entry.key}
      {...pressable(() => openTarget(entry.target, yearOf(edition), query, { kind: entry.kind, key: entry.key }))}
    >
      <Text className='search-hit__title'>{title}</Text>
      {detail ? <Text className='search-hit__detail'>{detail}</Text> : null}
      {meta.length ? <Text className='search-hit__meta'>{meta.join(' · ')}</Text> : null}
    </Button>
  )
}

function Group({ group, query, today, edition, returnTo }: { group: SearchGroup; query: string; today: string; edition: Edition; returnTo: ReturnPoint | null }) {
  const [all, setAll] = useState(() => showsAllAtFirst(group.kind, group.hits.map((h) => h.entry.key), returnTo, GROUP_LIMIT))
  const shown = all ? group.hits : group.hits.slice(0, GROUP_LIMIT)
  return (
    <View className='search-group' data-kind={group.kind}>
      <Heading level={2} className='search-group__title'>{KIND_LABEL[group.kind]}（{group.hits.length}）</Heading>
      {shown.map((hit) => <HitItem key={hit.entry.key} hit={hit} query={query} today={today} edition={edition} />)}
      {shown.length < group.hits.length ? (
        <Button className='search-more hq-focus' {...pressable(() => setAll(true))}>显示全部{group.hits.length}条{KIND_LABEL[group.kind]}结果</Button>
      ) : null}
    </View>
  )
}

/**
 * The search page: a box (focused, keyboard up) and results that update on every keystroke,
 * grouped by kind with the matches marked. Empty query: what can be searched and examples;
 * no result: what to try instead.
 */
export function SearchScreen({ edition, initialQuery = '', today = clockToday() }: { edition: Edition; initialQuery?: string; today?: string }) {
  const stamp = `${yearOf(edition)}|${today}`
  // This page's history entry (H5; nothing on weapp): its words survive a reload, back and forward.
  const [kept] = useState(() => entryState('search-query'))
  const [saved] = useState(() => keptQuery(kept.read(), stamp))
  const [query, setQuery] = useState(saved ?? initialQuery)
  // Back from a tab opened here (a notice paragraph, a channel: ./return-point): start at that result.
  const [returnTo] = useState(() => (saved === null ? returnPointFor(initialQuery) : null))
  useEffect(() => {
    kept.save({ query, stamp })
  }, [kept, query, stamp])
  // The results' scroll position, for the same words (H5: a page made again; weapp keeps the page).
  useScrollMemory('search', `${stamp}|${query.trim()}`)
  // Focus (keyboard up) once the page has come in: set at mount, H5 would try to focus an
  // input that is not shown yet, and weapp's keyboard would rise during the page transition.
  // Coming back to a result, that result is brought into view and focused instead. Coming back
  // to this page's own words (back, a reload: `saved`), the results stay where they were
  // scrolled: focusing the box would scroll them to the top and raise the keyboard over them.
  const [focus, setFocus] = useState(false)
  useEffect(() => {
    if (returnTo) forgetReturnPoint()
    const t = setTimeout(() => {
      if (returnTo) revealAndFocus(hitId(returnTo.kind, returnTo.key))
      else if (saved === null) setFocus(true)
    }, FOCUS_DELAY_MS)
    return () => clearTimeout(t)
  }, [returnTo, saved])
  const result = useMemo(() => search(appSearchIndex(edition), query), [edition, query])
  const empty = result.phrase === ''
  const status = empty ? '' : result.total > 0 ? `找到${result.total}条结果` : `没有找到与“${query.trim()}”相关的内容`
  return (
    <View className='search'>
      <View className='search__bar' {...{ role: 'search' }}>
        <View className='search-icon' />
        <Input
          className='search__input'
          type='text'
          value={query}
          focus={focus}
          confirmType='search'
          placeholder='输入要找的字词，如：电梯'
          maxlength={MAX_QUERY}
          onInput={(e) => setQuery(e.detail.value)}
          {...ariaLabel('搜索活动、主办单位、口号和通知原文')}
        />
        {query ? <Button className='search__clear hq-focus' {...pressable(() => setQuery(''))} {...ariaLabel('清除搜索内容')}>清除</Button> : null}
      </View>
      <Text className='search__status' {...ariaLive()}>{status}</Text>
      {empty ? (
        <View className='search__hint'>
          <Text className='search__hint-text'>可以搜索活动名称、主办单位、各单位的主要活动、活动口号和通知原文。全角半角、空格不影响搜索。</Text>
          <Text className='search__hint-text'>要投诉举报，可以输入12315、12345，或说说遇到的事，如“买到假货”。</Text>
          <Text className='search__hint-text'>试试：</Text>
          <View className='search__suggestions'>
            {SUGGESTIONS.map((s) => (
              <Button key={s} className='search__suggestion hq-focus' {...pressable(() => setQuery(s))}>{s}</Button>
            ))}
          </View>
        </View>
      ) : result.total === 0 ? (
        <View className='search__hint'>
          <Text className='search__hint-text'>可以换一个说法，或只输入其中的两三个字（例如“电梯”而不是“电梯安全检查”）。</Text>
        </View>
      ) : (
        result.groups.map((g) => <Group key={`${g.kind}|${result.phrase}`} group={g} query={query} today={today} edition={edition} returnTo={query === initialQuery ? returnTo : null} />)
      )}
    </View>
  )
}
