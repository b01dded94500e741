import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import type { EventFilter, Facets } from './model'
import './events.scss'

type Props = {
  /** The notice's words for who runs the campaign: “联合20个部门” (while 附件1 lists 19 units). */
  partners: string
  facets: Facets
  filter: EventFilter
  onCategory: (id: string | null) => void
  onOrganiser: (id: string | null) => void
  onClear: () => void
}

function Chip({ label, count, selected, onTap }: { label: string; count: number; selected: boolean; onTap: () => void }) {
  return (
    <View
      className={`filter-chip ${selected ? 'filter-chip--on' : ''} ${count === 0 ? 'filter-chip--empty' : ''} hq-focus`}
      {...pressable(onTap)}
      {...aria({ role: 'button', 'aria-pressed': selected, 'aria-label': `${label}，${count}项${selected ? '，已选' : ''}` })}
    >
      <Text>{selected ? '✓ ' : ''}{label}</Text>
      <Text className='filter-chip__count'>{count}项</Text>
    </View>
  )
}

function OrganiserRow({ o, on, onOrganiser }: { o: Facets['organisers'][number]; on: boolean; onOrganiser: (id: string | null) => void }) {
  return (
    <View
      className={`filter-row ${on ? 'filter-row--on' : ''} ${o.count === 0 ? 'filter-row--empty' : ''} hq-focus`}
      {...pressable(() => onOrganiser(on ? null : o.id))}
      {...aria({ role: 'button', 'aria-pressed': on, 'aria-label': `${o.number}、${o.name}，${o.count}项${on ? '，已选' : ''}` })}
    >
      <Text className='filter-row__name'>{on ? '✓ ' : ''}{o.number}、{o.name}</Text>
      <Text className='filter-row__count'>{o.count}项</Text>
    </View>
  )
}

/**
 * Filters by category and by organiser (the 19 units of 附件1), combinable: each option's
 * count is what choosing it would leave, given the other choice. Only organisers with events
 * (for the chosen category) are listed; the others, which the calendar has nothing of, are
 * folded under one row and still open their 附件1 work when chosen.
 */
export function FilterPanel({ partners, facets, filter, onCategory, onOrganiser, onClear }: Props) {
  const [open, setOpen] = useState(false)
  const [showEmpty, setShowEmpty] = useState(false)
  const withEvents = facets.organisers.filter((o) => o.count > 0 || o.id === filter.organiserId)
  const withoutEvents = facets.organisers.filter((o) => o.count === 0 && o.id !== filter.organiserId)
  const active = filter.categoryId !== null || filter.organiserId !== null
  const categoryName = facets.categories.find((c) => c.id === filter.categoryId)?.name ?? '全部'
  const organiserName = facets.organisers.find((o) => o.id === filter.organiserId)?.name ?? '全部'
  return (
    <View className='filter'>
      <View
        className='filter__toggle hq-focus'
        {...pressable(() => setOpen(!open))}
        {...aria({ role: 'button', 'aria-expanded': open })}
      >
        <Text className='filter__toggle-title'>{open ? '收起筛选 ▴' : '筛选 ▾'}</Text>
        <Text className='filter__toggle-summary'>分类：{categoryName}　主办单位：{organiserName}</Text>
      </View>
      <View className='filter__result'>
        <Text className='filter__count' {...aria({ role: 'status' })}>
          {active ? `符合条件：${facets.matched}项活动（共${facets.total}项）` : `共${facets.total}项活动`}
        </Text>
        {active ? <Button className='hq-button hq-button--secondary filter__clear hq-focus' {...pressable(onClear)}>清除筛选</Button> : null}
      </View>
      {open ? (
        <View className='filter__body'>
          <Heading level={2} className='filter__heading'>按分类</Heading>
          <View className='filter__chips'>
            <Chip label='全部分类' count={facets.categories.reduce((n, c) => n + c.count, 0)} selected={filter.categoryId === null} onTap={() => onCategory(null)} />
            {facets.categories.map((c) => (
              <Chip key={c.id} label={c.name} count={c.count} selected={filter.categoryId === c.id} onTap={() => onCategory(filter.categoryId === c.id ? null : c.id)} />
            ))}
          </View>
          <Heading level={2} className='filter__heading'>按主办单位</Heading>
          <Text className='filter__note'>
            通知写的是“{partners}”，附件1 列出的主办单位是{facets.organisers.length}个；下面先列日历中有活动的单位。
          </Text>
          <View className='filter__rows'>
            <View
              className={`filter-row ${filter.organiserId === null ? 'filter-row--on' : ''} hq-focus`}
              {...pressable(() => onOrganiser(null))}
              {...aria({ role: 'button', 'aria-pressed': filter.organiserId === null })}
            >
              <Text className='filter-row__name'>{filter.organiserId === null ? '✓ ' : ''}全部单位</Text>
              <Text className='filter-row__count'>{facets.organisers.reduce((n, o) => n + o.count, 0)}项</Text>
            </View>
            {withEvents.map((o) => <OrganiserRow key={o.id} o={o} on={filter.organiserId === o.id} onOrganiser={onOrganiser} />)}
            {withoutEvents.length ? (
              <View
                className='filter-row filter-row--fold hq-focus'
                {...pressable(() => setShowEmpty(!showEmpty))}
                {...aria({ role: 'button', 'aria-expanded': showEmpty })}
              >
                <Text className='filter-row__name'>其余{withoutEvents.length}个单位（日历中暂无它们的活动）</Text>
                <Text className='filter-row__count'>{showEmpty ? '收起 ▴' : '展开 ▾'}</Text>
              </View>
            ) : null}
            {showEmpty ? (
              <>
                <Text className='filter__note'>选中其中一个，可查看它在附件1中的工作安排。</Text>
                {withoutEvents.map((o) => <OrganiserRow key={o.id} o={o} on={false} onOrganiser={onOrganiser} />)}
              </>
            ) : null}
          </View>
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => setOpen(false))}>完成</Button>
        </View>
      ) : null}
    </View>
  )
}
