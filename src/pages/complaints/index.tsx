import { View } from '@tarojs/components'
import { edition } from '@/content'
import { ChannelCard, ContactCard, DraftEntryCard, GuideCard, KindsCard, PrepareCard } from '@/features/complaints'
import '../page.scss'

export default function ComplaintsPage() {
  return (
    <View className='page'>
      {edition.channels.map((c) => <ChannelCard key={c.id} channel={c} />)}
      <GuideCard edition={edition} />
      <DraftEntryCard />
      <KindsCard edition={edition} />
      <PrepareCard edition={edition} />
      <ContactCard edition={edition} />
    </View>
  )
}
