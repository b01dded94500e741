import type { Edition } from '@/content'
import { takeTabParams } from '@/platform/navigation'
import { useTabTarget } from '@/platform/tab-target'

/** A card of the 投诉 tab to open at: a channel's id or 'guide'; `query`: the search that led there. */
export type ComplaintsTarget = { at: string; query?: string }

/** The DOM id of a card's place on the 投诉 tab (for scrolling to it and focusing it). */
export function cardAnchor(at: string): string {
  return `complaints-at-${at}`.replace(/[^A-Za-z0-9_-]/g, '_')
}

// After the tab has come in (and after the focus moved to its heading, page-focus.h5.ts).
const FOCUS_DELAY_MS = 350

/** The card handed to the tab (openPage('complaints', { at, q })), if it is one of this edition's. */
function takeValidTarget(edition: Edition): ComplaintsTarget | null {
  const { at, q } = takeTabParams('complaints')
  if (!at || !(at === 'guide' || edition.channels.some((c) => c.id === at))) return null
  return q ? { at, query: q } : { at }
}

/**
 * For the 投诉 tab: when it is opened at a card (a search result for 12315, 举报, 买到假货…),
 * brings that card into view and focuses it, and returns it to mark it (with the search's words,
 * for the way back to the results); otherwise null. A later plain visit keeps the mark until
 * another target comes.
 */
export function useComplaintsTarget(edition: Edition): ComplaintsTarget | null {
  return useTabTarget(() => takeValidTarget(edition), (target) => cardAnchor(target.at), FOCUS_DELAY_MS)
}
