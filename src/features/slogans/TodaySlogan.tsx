import { Button, View } from '@tarojs/components'
import type { Edition } from '@/content'
import { formatMonthDay } from '@/lib/civil-date'
import { Heading } from '@/ui/Heading'
import { pressable } from '@/ui/pressable'
import { sloganOfTheDay } from './model'
import { SloganText } from './SloganText'
import '../../ui/ui.scss'
import './slogans.scss'

/** 今日口号: one slogan per China day, the same for everyone that day. */
export function TodaySlogan({ edition, today, onOpen }: { edition: Edition; today: string; onOpen: (id: string) => void }) {
  const slogan = sloganOfTheDay(edition.slogans.items, today, edition.campaign.start)
  return (
    <View className='today-slogan'>
      <Heading level={2} className='today-slogan__label'>今日口号 · {formatMonthDay(today)}</Heading>
      <View data-testid='today-slogan'><SloganText className='today-slogan__text' text={slogan.text} /></View>
      <Button className='hq-button hq-button--secondary today-slogan__button hq-focus' {...pressable(() => onOpen(slogan.id))}>
        分享这条口号或生成海报
      </Button>
    </View>
  )
}
