import { CampaignHero } from '@/features/campaign/CampaignHero'
import { QuickEntries } from '@/features/campaign/QuickEntries'
import { quickEntriesFor, openSlogans } from '@/features/campaign/links'
import { yearNotInApp } from '@/features/campaign/model'
import { UpcomingEvents } from '@/features/campaign/UpcomingEvents'
import { WorkLines } from '@/features/campaign/WorkLines'
import { SloganCarousel } from '@/features/slogans/SloganCarousel'
import { TodaySlogan } from '@/features/slogans/TodaySlogan'
import { SearchEntry } from '@/features/search/SearchEntry'
import { hasEdition, yearOf } from '@/content'
import { isArchived } from '@/lib/event-dates'
import { useCurrentEdition } from '@/lib/use-edition'
import { editionParam } from '@/lib/editions'
import { openPage } from '@/platform/navigation'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { TextSizeSetting } from '@/features/display/TextSizeSetting'
import { AppearanceSetting } from '@/features/display/AppearanceSetting'
import { useRestAfterFirstPaint } from './use-rest-after-first-paint'
import '../page.scss'

export default function HomePage() {
  // The edition current on today's China date (a new year's from 30 days before its start).
  const page = useCurrentEdition()
  // H5: the top of the page (search, theme, entries) first; the rest from the next frame on.
  const rest = useRestAfterFirstPaint(Boolean(page.edition))
  if (!page.edition) return <EditionPending load={page} />
  const { edition, today } = page
  // After the campaign no slogan is tied to today's date (今日口号 · 11月26日); the carousel still rotates them.
  const archived = isArchived(edition.campaign, edition.events, today)
  // Years later: this year's campaign is not in the app; say so, and keep 12315 · 12345 first.
  const missingYear = yearNotInApp(today, yearOf(edition), archived, hasEdition)
  return (
    <DisplayRoot className='page'>
      <SearchEntry />
      <CampaignHero edition={edition} today={today} missingYear={missingYear} />
      <QuickEntries entries={quickEntriesFor(edition, archived)} />
      {rest ? (
        <>
          {archived ? null : <TodaySlogan edition={edition} today={today} onOpen={openSlogans} />}
          <SloganCarousel slogans={edition.slogans.items} onOpen={openSlogans} />
          <UpcomingEvents edition={edition} today={today} onOpen={(id) => openPage('event', { id, ...editionParam(edition) })} />
          <WorkLines edition={edition} />
          <TextSizeSetting />
          <AppearanceSetting />
        </>
      ) : null}
    </DisplayRoot>
  )
}
