import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import type { EventFilter, Facets } from './model'
import './events.scss'

type Props = {
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

/**
 * Filters by category and by organiser (the 19 units of 附件1), combinable: each option's
 * count is what choosing it would leave, given the other choice.
 */
export function FilterPanel({ facets, filter, onCategory, onOrganiser, onClear }: Props) {
  const [open, setOpen] = useState(false)
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
          <Heading level={2} className='filter__heading'>按主办单位（附件1 的 {facets.organisers.length} 个单位）</Heading>
          <Text className='filter__note'>显示“0项”的单位，日历中暂无它的活动；选中后可查看它在附件1中的工作安排。</Text>
          <View className='filter__rows'>
            <View
              className={`filter-row ${filter.organiserId === null ? 'filter-row--on' : ''} hq-focus`}
              {...pressable(() => onOrganiser(null))}
              {...aria({ role: 'button', 'aria-pressed': filter.organiserId === null })}
            >
              <Text className='filter-row__name'>{filter.organiserId === null ? '✓ ' : ''}全部单位</Text>
              <Text className='filter-row__count'>{facets.organisers.reduce((n, o) => n + o.count, 0)}项</Text>
            </View>
            {facets.organisers.map((o) => {
              const on = filter.organiserId === o.id
              return (
                <View
                  key={o.id}
                  className={`filter-row ${on ? 'filter-row--on' : ''} ${o.count === 0 ? 'filter-row--empty' : ''} hq-focus`}
                  {...pressable(() => onOrganiser(on ? null : o.id))}
                  {...aria({ role: 'button', 'aria-pressed': on, 'aria-label': `${o.number}、${o.name}，${o.count}项${on ? '，已选' : ''}` })}
                >
                  <Text className='filter-row__name'>{on ? '✓ ' : ''}{o.number}、{o.name}</Text>
                  <Text className='filter-row__count'>{o.count}项</Text>
                </View>
              )
            })}
          </View>
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => setOpen(false))}>完成</Button>
        </View>
      ) : null}
    </View>
  )
}
