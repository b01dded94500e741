import { Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { Card } from '@/ui/Card'
import './complaints.scss'

/** The campaign contact exactly as printed in the notice (not a complaint channel). */
export function ContactCard({ edition }: { edition: Edition }) {
  return (
    <Card title='活动联系人（通知原文）'>
      <Text className='channel__note'>以下为通知所列“质量月”活动联系人；消费投诉请使用上方的12315或12345。</Text>
      {edition.contact.printed.map((line) => (
        <Text key={line} className='channel__line' userSelect>{line}</Text>
      ))}
    </Card>
  )
}
