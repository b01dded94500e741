import { View } from '@tarojs/components'
import { edition } from '@/content'
import { EventList } from '@/features/events'
import '../page.scss'

export default function EventsPage() {
  return (
    <View className='page'>
      <EventList edition={edition} />
    </View>
  )
}
