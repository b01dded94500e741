import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { Heading } from '@/ui/Heading'
import './complaints.scss'

/** The 投诉 tab's header, like the other tabs': what the tab is and the channels it covers. */
export function ComplaintsHeader({ edition }: { edition: Edition }) {
  return (
    <View className='complaints__header'>
      <Heading level={1} className='complaints__title'>投诉举报</Heading>
      <Text className='complaints__sub'>{edition.channels.map((c) => (c.name.includes(c.hotline) ? c.name : `${c.hotline}${c.name}`)).join(' · ')}</Text>
    </View>
  )
}
