import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import type { Edition } from '@/content'
import { isArchived } from '@/lib/event-dates'
import { dial } from '@/platform/phone'
import { copy } from '@/platform/clipboard'
import { Card } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { aria } from '@/ui/aria'
import { KeepTogether } from '@/ui/NoWrap'
import './complaints.scss'

/**
 * The campaign contact exactly as printed in the notice: the campaign's contact, not a
 * complaint channel, named with its year ("2021年质量月活动联系人"). Once the campaign is an
 * archive on `today` (China date; lib/event-dates), there is no call button: years later the
 * app must not invite anyone to ring the office about a campaign long over. The number stays
 * on screen as the notice printed it.
 */
export function ContactCard({ edition, today }: { edition: Edition; today: string }) {
  const { contact, campaign } = edition
  const year = campaign.month.slice(0, 4)
  const archived = isArchived(campaign, edition.events, today)
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
    <Card title={`${year}年质量月活动联系人（通知原文）`} className='contact-card'>
      <Text className='channel__note'>
        {archived
          ? `以下为${year}年“质量月”活动通知所列的联系人。该活动已结束，此处仅作存档；这不是投诉渠道，消费投诉请使用上方的12315或12345。`
          : `以下为通知所列${year}年“质量月”活动的联系人，不是投诉渠道；消费投诉请使用上方的12315或12345。`}
      </Text>
      {contact.printed.map((line) => (
        <SelectableText key={line} className='channel__line'><KeepTogether text={line} /></SelectableText>
      ))}
      <View className='channel__actions'>
        {archived ? null : (
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void call())} {...aria({ 'aria-label': `拨打${year}年质量月活动联系电话${contact.phone}` })}>
            拨打 {contact.phone}
          </Button>
        )}
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void copyEmail())}>复制邮箱</Button>
      </View>
      {status ? <Text className='complaints__status' {...aria({ role: 'status' })}>{status}</Text> : null}
    </Card>
  )
}
