/**
 * Where a search result leads. Only the search page (a subpackage) opens results; ./links,
 * which the tabs' search entry loads in the main package, keeps openSearch.
 */
import { openPage } from '@/platform/navigation'
import type { SearchTarget } from './model'
import { rememberOpened } from './return-point'

/**
 * Opens what a result of edition `edition` (a year) points at: an event's or organiser's page,
 * the 口号 page (at a slogan), the notice at a paragraph, or the 投诉 tab at a channel's card or
 * the guide. Pages open above the search, so going back returns to it as it was; the notice and
 * 投诉 are tabs, which close the search (WeChat's rule for tabs), so each is handed the query (`q`) to offer the way back to these results, and the
 * result (`from`: its kind and key) is remembered so that way back returns to it (./return-point).
 */
export function openTarget(target: SearchTarget, edition: string, query?: string, from?: { kind: string; key: string }): void {
  switch (target.to) {
    case 'event':
      openPage('event', { id: target.id, edition })
      return
    case 'organiser':
      openPage('organiser', { id: target.id, edition })
      return
    case 'slogans':
      openPage('slogans', { id: target.id || undefined, edition })
      return
    case 'notice':
      if (query?.trim() && from) rememberOpened(query, from.kind, from.key)
      openPage('about', { anchor: target.anchor, q: query?.trim() || undefined, edition })
      return
    case 'complaints':
      // A tab too (the current edition's channels: the same two numbers in every year).
      if (query?.trim() && from) rememberOpened(query, from.kind, from.key)
      openPage('complaints', { at: target.at, q: query?.trim() || undefined })
  }
}
