import { edition } from '@/content'
import { EventsCalendar } from '@/features/events/EventsCalendar'
import { useToday } from '@/lib/use-today'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import '../page.scss'

export default function EventsPage() {
  const today = useToday()
  return (
    <DisplayRoot className='page'>
      <EventsCalendar edition={edition} today={today} />
    </DisplayRoot>
  )
}
