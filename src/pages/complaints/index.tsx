import { View } from '@tarojs/components'
import { edition } from '@/content'
import { ChannelCard, ContactCard } from '@/features/complaints'
import '../page.scss'

export default function ComplaintsPage() {
  return (
    <View className='page'>
      {edition.channels.map((c) => <ChannelCard key={c.id} channel={c} />)}
      <ContactCard edition={edition} />
    </View>
  )
}
