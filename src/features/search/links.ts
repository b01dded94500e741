import { openPage } from '@/platform'
import { openEvent, openNoticeAt, openOrganiser } from '@/features/notice'
import type { SearchTarget } from './model'

/** Opens the search page, with a query to start from if given. */
export function openSearch(query?: string): void {
  openPage('search', query ? { q: query } : {})
}

/** Opens what a result points at (events: see openEvent in the notice feature). */
export function openTarget(target: SearchTarget): void {
  switch (target.to) {
    case 'event':
      openEvent(target.id)
      return
    case 'organiser':
      openOrganiser(target.id)
      return
    case 'notice':
      openNoticeAt(target.anchor)
  }
}
