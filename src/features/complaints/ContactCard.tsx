import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import type { Edition } from '@/content'
import { dial } from '@/platform/phone'
import { copy } from '@/platform/clipboard'
import { Card } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { aria } from '@/ui/aria'
import './complaints.scss'

/** The campaign contact exactly as printed in the notice: the campaign's contact, not a complaint channel. */
export function ContactCard({ edition }: { edition: Edition }) {
  const { contact } = edition
  const [status, setStatus] = useState('')
  const copyEmail = async () => {
    const r = await copy(contact.email)
    setStatus(r.ok ? '已复制邮箱' : r.message)
  }
  const call = async () => {
    const r = await dial(contact.phone)
    setStatus(!r.ok && r.reason === 'failed' ? r.message : '')
  }
  return (
    <Card title='活动联系人（通知原文）'>
      <Text className='channel__note'>以下为通知所列“质量月”活动的联系人，不是投诉渠道；消费投诉请使用上方的12315或12345。</Text>
      {contact.printed.map((line) => (
        <SelectableText key={line} className='channel__line'>{line}</SelectableText>
      ))}
      <View className='channel__actions'>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void call())} {...aria({ 'aria-label': `拨打活动联系电话${contact.phone}` })}>
          拨打 {contact.phone}
        </Button>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void copyEmail())}>复制邮箱</Button>
      </View>
      {status ? <Text className='complaints__status' {...aria({ role: 'status' })}>{status}</Text> : null}
    </Card>
  )
}
