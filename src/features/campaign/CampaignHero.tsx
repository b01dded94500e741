import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { formatFullDate, formatMonth } from '@/lib/civil-date'
import { archiveLabel, isArchived } from '@/lib/event-dates'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { campaignStatus, statusLabel } from './model'
import './campaign.scss'

/** The campaign at a glance: theme, name, month, issuer and status on `today` (China date); archive wording after it. */
export function CampaignHero({ edition, today }: { edition: Edition; today: string }) {
  const { campaign, document } = edition
  const status = campaignStatus(campaign, today)
  const label = statusLabel(status, isArchived(campaign, edition.events, today) ? archiveLabel(campaign) : undefined)
  return (
    <View className='campaign-hero'>
      <Text className='campaign-hero__kicker'>{campaign.name}</Text>
      <Heading level={1} className='campaign-hero__theme'>{edition.theme}</Heading>
      <View className='campaign-hero__meta'>
        <Text className='campaign-hero__line'>活动时间：{formatMonth(campaign.month)}（{campaign.partners}）</Text>
        <Text className='campaign-hero__line'>发文：{document.issuer}</Text>
        <Text className='campaign-hero__line'>{document.number} · {formatFullDate(document.date)}</Text>
      </View>
      <View className='campaign-hero__status'>
        <Badge tone={status.state === 'running' ? 'brand' : 'muted'}>{label.badge}</Badge>
        <Text className='campaign-hero__detail'>{label.detail}</Text>
      </View>
    </View>
  )
}
