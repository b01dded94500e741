import { View } from '@tarojs/components'
import { edition } from '@/content'
import { EventsCalendar } from '@/features/events'
import { useToday } from '@/lib/use-today'
import '../page.scss'

export default function EventsPage() {
  const today = useToday()
  return (
    <View className='page'>
      <EventsCalendar edition={edition} today={today} />
    </View>
  )
}
