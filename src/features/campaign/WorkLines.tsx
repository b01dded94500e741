import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { Card } from '@/ui/Card'
import './campaign.scss'

/** The five lines of work (二、活动内容), each by its first sentence. */
export function WorkLines({ edition }: { edition: Edition }) {
  const { work } = edition.sections
  return (
    <Card title={`${work.heading.replace(/^[一二三四五六七八九十]+、/, '')}`}>
      {work.points.map((p) => (
        <View key={p.number} className='work-line'>
          <Text className='work-line__number'>{p.number}</Text>
          <Text className='work-line__title'>{p.title}</Text>
        </View>
      ))}
    </Card>
  )
}
