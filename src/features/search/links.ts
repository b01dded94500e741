import { openPage } from '@/platform/navigation'
import type { SearchTarget } from './model'

/** Opens the search page (in `edition`, a year, when given), with a query to start from if given. */
export function openSearch(query?: string, edition?: string): void {
  openPage('search', { q: query || undefined, edition })
}

/** Opens what a result of edition `edition` (a year) points at: an event's or organiser's page, or the notice at a paragraph. */
export function openTarget(target: SearchTarget, edition: string): void {
  switch (target.to) {
    case 'event':
      openPage('event', { id: target.id, edition })
      return
    case 'organiser':
      openPage('organiser', { id: target.id, edition })
      return
    case 'notice':
      openPage('about', { anchor: target.anchor, edition })
  }
}
