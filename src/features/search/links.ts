import { openPage } from '@/platform/navigation'
import type { SearchTarget } from './model'

/** Opens the search page, with a query to start from if given. */
export function openSearch(query?: string): void {
  openPage('search', query ? { q: query } : {})
}

/**
 * Opens what a result points at: an event's or organiser's page, the 口号 page (at a slogan),
 * or the notice at a paragraph. Pages open above the search, so going back returns to it as it
 * was; the notice is a tab, which closes the search (WeChat's rule for tabs), so it is handed
 * the query (`q`) to offer the way back to these results.
 */
export function openTarget(target: SearchTarget, query?: string): void {
  switch (target.to) {
    case 'event':
      openPage('event', { id: target.id })
      return
    case 'organiser':
      openPage('organiser', { id: target.id })
      return
    case 'slogans':
      openPage('slogans', target.id ? { id: target.id } : {})
      return
    case 'notice':
      openPage('about', { anchor: target.anchor, q: query?.trim() || undefined })
  }
}
