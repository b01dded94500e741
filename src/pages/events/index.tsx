import { yearOf, type Edition } from '@/content'
import { EventsCalendar } from '@/features/events/EventsCalendar'
import { useCurrentEdition } from '@/lib/use-edition'
import { useScrollMemory } from '@/platform/scroll'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import '../page.scss'

export default function EventsPage() {
  const page = useCurrentEdition()
  if (!page.edition) return <EditionPending load={page} />
  return <EventsContent edition={page.edition} today={page.today} />
}

function EventsContent({ edition, today }: { edition: Edition; today: string }) {
  // Back to a page made anew (H5: a reload, then back): where the user left it, as the month and
  // day the calendar keeps itself; another edition's or day's position is not used.
  useScrollMemory('events', `${yearOf(edition)}/${today}`)
  return (
    <DisplayRoot className='page'>
      <EventsCalendar edition={edition} today={today} />
    </DisplayRoot>
  )
}
