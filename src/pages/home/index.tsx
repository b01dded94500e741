import { edition } from '@/content'
import { CampaignHero, QuickEntries, QUICK_ENTRIES, UpcomingEvents, WorkLines, openSlogans } from '@/features/campaign'
import { SloganCarousel, TodaySlogan } from '@/features/slogans'
import { SearchEntry } from '@/features/search'
import { useToday } from '@/lib/use-today'
import { openPage } from '@/platform/navigation'
import { DisplayRoot, TextSizeSetting } from '@/features/display'
import '../page.scss'

export default function HomePage() {
  const today = useToday()
  return (
    <DisplayRoot className='page'>
      <SearchEntry />
      <CampaignHero edition={edition} today={today} />
      <QuickEntries entries={QUICK_ENTRIES} />
      <TodaySlogan edition={edition} today={today} onOpen={openSlogans} />
      <SloganCarousel slogans={edition.slogans.items} onOpen={openSlogans} />
      <UpcomingEvents edition={edition} today={today} onOpen={(id) => openPage('event', { id })} />
      <WorkLines edition={edition} />
      <TextSizeSetting />
    </DisplayRoot>
  )
}
