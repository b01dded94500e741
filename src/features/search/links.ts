import { openPage } from '@/platform/navigation'
import type { SearchTarget } from './model'

/** Opens the search page, with a query to start from if given. */
export function openSearch(query?: string): void {
  openPage('search', query ? { q: query } : {})
}

/** Opens what a result points at: an event's or organiser's page, or the notice at a paragraph. */
export function openTarget(target: SearchTarget): void {
  switch (target.to) {
    case 'event':
      openPage('event', { id: target.id })
      return
    case 'organiser':
      openPage('organiser', { id: target.id })
      return
    case 'notice':
      openPage('about', { anchor: target.anchor })
  }
}
