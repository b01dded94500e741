import { View, Text, Button } from '@tarojs/components'
import type { Channel } from '@/content'
import { callPhone } from '@/platform'
import { Card } from '@/ui/Card'
import './complaints.scss'

/** One complaint channel: what it handles, its hotline (tap to call), its website. */
export function ChannelCard({ channel }: { channel: Channel }) {
  return (
    <Card title={`${channel.short} · ${channel.name}`}>
      <Text className='channel__label'>受理范围</Text>
      {channel.handles.map((h) => (
        <Text key={h} className='channel__handle'>· {h}</Text>
      ))}
      {channel.web ? <Text className='channel__line' userSelect>网址：{channel.web}</Text> : null}
      {channel.miniProgram ? (
        <Text className='channel__line'>微信小程序：{channel.miniProgram.searchHint}</Text>
      ) : null}
      <View className='channel__actions'>
        <Button className='hq-button' onClick={() => void callPhone(channel.hotline)} aria-label={`拨打${channel.hotline}`}>
          拨打 {channel.hotline}
        </Button>
      </View>
    </Card>
  )
}
