import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { Card } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { SourceNote } from './SourceNote'
import { KeepTogether } from '@/ui/NoWrap'
import './complaints.scss'

/** 投诉还是举报: the two kinds of a 12315 submission. */
export function KindsCard({ edition }: { edition: Edition }) {
  return (
    <Card title='投诉还是举报？'>
      {edition.complaintPrep.kinds.map((k) => (
        <View key={k.id} className='prep__item'>
          <Heading level={3} className='prep__label'>{k.name}（在12315选“{k.action}”）</Heading>
          <Text className='prep__detail'>{k.text}</Text>
        </View>
      ))}
      <SourceNote source={edition.complaintPrep.kinds[0].source} />
    </Card>
  )
}

/** What 12315 asks for, in its order, then this app's advice and what may happen next. */
export function PrepareCard({ edition }: { edition: Edition }) {
  const prep = edition.complaintPrep
  return (
    <Card title='提交前准备什么'>
      <Text className='channel__note'>在12315提交时，需要写明：</Text>
      {prep.items.map((it, i) => (
        <View key={it.id} className='prep__item'>
          <Text className='prep__label'>{i + 1}. {it.label}</Text>
          <Text className='prep__detail'>{it.detail}</Text>
        </View>
      ))}
      <SourceNote source={prep.source} />
      <Text className='prep__advice'>小提示：{prep.advice}</Text>
      <Text className='prep__after'><KeepTogether text={prep.afterSubmit.text} /></Text>
      <SourceNote source={prep.afterSubmit.source} />
    </Card>
  )
}
