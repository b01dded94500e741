import { Button, Text } from '@tarojs/components'
import { EDITION_METAS } from '@/content'
import type { EditionMeta } from '@/content/select-edition'
import { currentMeta, pastEditions } from '@/lib/editions'
import { formatRange } from '@/lib/civil-date'
import { useToday } from '@/lib/use-today'
import { openPage, openTab } from '@/platform/navigation'
import { Card, Paragraph } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { editionRole, shownHeading } from '../roles'
import '../../../pages/page.scss'
import '../archive.scss'

/**
 * 往届 (from 关于): the edition the app shows — 本届, or once it is over 最近一届（2021年）, an
 * archive (roles.ts) — then any newer edition not yet shown (下一届), then every older one
 * (往届), newest first; each opens its own page (route `edition`). The shown edition is the
 * app itself (首页, 活动, 关于).
 */
export default function EditionsPage() {
  const today = useToday()
  // Names and dates only (the editions' metas): no edition's content is loaded for this list.
  const current = currentMeta(today)
  const role = editionRole(current, current, today)
  const year = current.start.slice(0, 4)
  const others = pastEditions(today)
  const upcoming = others.filter((m) => editionRole(m, current, today) === 'upcoming').reverse()
  const past = others.filter((m) => editionRole(m, current, today) === 'past')
  const item = (m: EditionMeta, what: string) => (
    <Button key={m.year} className='archive-item hq-focus' data-year={m.year} {...pressable(() => openPage('edition', { edition: m.year }))}>
      <Text className='archive-item__name'>{m.name}</Text>
      <Text className='archive-item__dates'>{m.start.slice(0, 4)}年{formatRange(m.start, m.end)} · {what}</Text>
    </Button>
  )
  return (
    <DisplayRoot className='page'>
      <Card title={shownHeading(role, year)}>
        <Button className='archive-item hq-focus' {...pressable(() => openTab('home'))}>
          <Text className='archive-item__name'>{current.name}</Text>
          <Text className='archive-item__dates'>
            {role === 'latest'
              ? `${year}年${formatRange(current.start, current.end)} · 已结束（存档）· 首页、活动、关于各页显示的就是这一届`
              : `${formatRange(current.start, current.end)} · 首页、活动、关于各页显示的就是本届`}
          </Text>
        </Button>
      </Card>
      {upcoming.length > 0 ? <Card title='下一届'>{upcoming.map((m) => item(m, '未开始'))}</Card> : null}
      <Card title='往届'>
        {past.length > 0 ? past.map((m) => item(m, '通知、活动与口号'))
          : EDITION_METAS.length > 1 ? <Paragraph>没有更早的活动。</Paragraph>
            : role === 'latest' ? <Paragraph>没有更早的活动：本程序目前只收录了{current.name}。</Paragraph>
              : <Paragraph>还没有往届活动：本程序目前只收录了{current.name}。</Paragraph>}
      </Card>
    </DisplayRoot>
  )
}
