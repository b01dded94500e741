import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { formatFullDate, formatMonth } from '@/lib/civil-date'
import { archiveLabel, isArchived } from '@/lib/event-dates'
import { Badge } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { campaignStatus, statusLabel } from './model'
import './campaign.scss'

/**
 * The campaign at a glance: theme, name, month, issuer and status on `today` (China date);
 * archive wording after it. `missingYear` (model.ts, yearNotInApp): this year has no campaign
 * in the app, said first and plainly, with the campaign below named as the latest, an archive.
 */
export function CampaignHero({ edition, today, missingYear }: { edition: Edition; today: string; missingYear?: string | null }) {
  const { campaign, document } = edition
  const status = campaignStatus(campaign, today)
  const label = statusLabel(status, isArchived(campaign, edition.events, today) ? archiveLabel(campaign) : undefined)
  const shownYear = campaign.month.slice(0, 4)
  return (
    <View className='campaign-hero'>
      {missingYear ? (
        <View className='campaign-hero__notice' data-testid='year-not-in-app'>
          <Text className='campaign-hero__notice-title'>{missingYear}年“质量月”活动尚未在本程序发布</Text>
          <Text className='campaign-hero__notice-text'>以下是最近一届（{shownYear}年）的活动，已结束，作为存档供查阅。</Text>
        </View>
      ) : null}
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
