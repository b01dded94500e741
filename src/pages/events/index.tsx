import { EventsCalendar } from '@/features/events/EventsCalendar'
import { useCurrentEdition } from '@/lib/use-edition'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import '../page.scss'

export default function EventsPage() {
  const page = useCurrentEdition()
  if (!page.edition) return <EditionPending load={page} />
  const { edition, today } = page
  return (
    <DisplayRoot className='page'>
      <EventsCalendar edition={edition} today={today} />
    </DisplayRoot>
  )
}
