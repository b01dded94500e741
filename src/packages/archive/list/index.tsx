import { Button, Text } from '@tarojs/components'
import { currentMeta, pastEditions } from '@/lib/editions'
import { formatRange } from '@/lib/civil-date'
import { useToday } from '@/lib/use-today'
import { openPage, openTab } from '@/platform/navigation'
import { Card, Paragraph } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import '../../../pages/page.scss'
import '../archive.scss'

/**
 * 往届 (from 关于): every edition but the current one, newest first; each opens its own page
 * (route `edition`). The current edition is the app itself (首页, 活动, 关于).
 */
export default function EditionsPage() {
  const today = useToday()
  // Names and dates only (the editions' metas): no edition's content is loaded for this list.
  const current = currentMeta(today)
  const past = pastEditions(today)
  return (
    <DisplayRoot className='page'>
      <Card title='本届'>
        <Button className='archive-item hq-focus' {...pressable(() => openTab('home'))}>
          <Text className='archive-item__name'>{current.name}</Text>
          <Text className='archive-item__dates'>{formatRange(current.start, current.end)} · 首页、活动、关于各页显示的就是本届</Text>
        </Button>
      </Card>
      <Card title='往届'>
        {past.length === 0 ? (
          <Paragraph>还没有往届活动：本程序目前只收录了{current.name}。</Paragraph>
        ) : past.map((m) => (
          <Button key={m.year} className='archive-item hq-focus' data-year={m.year} {...pressable(() => openPage('edition', { edition: m.year }))}>
            <Text className='archive-item__name'>{m.name}</Text>
            <Text className='archive-item__dates'>{m.start.slice(0, 4)}年{formatRange(m.start, m.end)} · 通知、活动与口号</Text>
          </Button>
        ))}
      </Card>
    </DisplayRoot>
  )
}
