import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { yearOf, type Edition } from '@/content'
import { EventDetail } from '@/features/events/EventDetail'
import { isSinglePageMode } from '@/platform/share'
import { routeUrl } from '@/routes'
import { decodeParam } from '@/lib/page-params'
import { eventShareCard } from '@/features/events/share-card'
import { prepareShareCard, shareMessage } from '@/platform/share-card'
import { usePageEdition } from '@/lib/use-edition'
import { useReadyOrMount } from '@/lib/use-ready'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import './index.scss'

/**
 * An event's page (route `event`, params `id` and `edition`): shareable to a chat and to 朋友圈,
 * the shared path naming the edition (a link shared in 2021 still opens 2021).
 * Shared styles (.page, the feature's) are in the main package's common.wxss, which app.wxss
 * imports for every page, subpackages included; index.scss holds this page's own.
 */
export default function EventPage() {
  const { params } = useRouter()
  const id = decodeParam(params.id)
  // The link's edition; a link without one (shared before editions) finds the edition with this id.
  const page = usePageEdition((e) => e.events.some((x) => x.id === id))
  if (!page.edition) return <EditionPending load={page} />
  return <EventContent edition={page.edition} id={id} today={page.today} mountedLate={page.waited} />
}

/** The page once its edition is at hand (sharing names that edition). */
function EventContent({ edition, id, today, mountedLate }: { edition: Edition; id: string; today: string; mountedLate: boolean }) {
  const year = yearOf(edition)
  const event = id ? edition.events.find((e) => e.id === id) : undefined
  const title = event ? `${event.title} · ${edition.campaign.name}` : edition.campaign.name

  // The chat card's 5:4 picture is drawn when the page is ready; the share never waits for it.
  const share = eventShareCard(edition, event, today)
  useReadyOrMount(() => prepareShareCard(share.key, share.card), mountedLate)
  useShareAppMessage(() => shareMessage({ title, path: routeUrl('event', { id: event?.id, edition: year }) }, share.key, share.card))
  useShareTimeline(() => ({ title, query: event ? `id=${encodeURIComponent(event.id)}&edition=${year}` : `edition=${year}` }))

  return (
    <DisplayRoot className='page event-page'>
      <EventDetail edition={edition} id={id} today={today} singlePage={isSinglePageMode()} />
    </DisplayRoot>
  )
}
