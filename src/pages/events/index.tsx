import { EventsCalendar } from '@/features/events/EventsCalendar'
import { useCurrentEdition } from '@/lib/use-edition'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import '../page.scss'

export default function EventsPage() {
  const { edition, today } = useCurrentEdition()
  return (
    <DisplayRoot className='page'>
      <EventsCalendar edition={edition} today={today} />
    </DisplayRoot>
  )
}
