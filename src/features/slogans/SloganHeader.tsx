import { Text, View } from '@tarojs/components'
import type { Edition } from '@/content'
import { formatMonth } from '@/lib/civil-date'
import { Heading } from '@/ui/Heading'
import '../../ui/ui.scss'
import './slogans.scss'
import './slogan-page.scss'

/**
 * The 口号 page's header: enough to stand on its own when opened from a chat card or
 * 朋友圈 (单页模式, no tabBar): the campaign, its theme, who issued it.
 */
export function SloganHeader({ edition }: { edition: Edition }) {
  const attachment = edition.attachments.find((a) => a.title === edition.slogans.heading)
  return (
    <View className='slogan-header'>
      <Text className='slogan-header__kicker'>{edition.campaign.name} · {formatMonth(edition.campaign.month)}</Text>
      <Heading level={1} className='slogan-header__title'>{edition.slogans.heading}</Heading>
      <Text className='slogan-header__theme-label'>活动主题</Text>
      <Text className='slogan-header__theme'>{edition.slogans.theme}</Text>
      <Text className='slogan-header__source'>
        {edition.document.issuer}《{edition.document.number}》{attachment ? `附件${attachment.number}` : ''}
      </Text>
    </View>
  )
}
