/**
 * Where the notice's pieces lead: the one place to change when a target page arrives.
 */
import { openPage, openTab } from '@/platform'

/** Opens an event's page (the events feature owns the route). */
export { openEvent } from '@/features/events'

/** Opens an organiser's page (附件1 unit, its activities and events). */
export function openOrganiser(id: string): void {
  openPage('organiser', { id })
}

/** Opens 关于本程序. */
export function openAppInfo(): void {
  openPage('app-info')
}

// A tab cannot take page parameters (WeChat's switchTab drops them), so the paragraph to
// show is handed to the 关于 tab here and taken when it shows.
let pendingAnchor: string | null = null

/** Opens the notice (关于 tab) at a paragraph or section anchor. */
export function openNoticeAt(anchor: string): void {
  pendingAnchor = anchor
  openTab('about')
}

/** The anchor the 关于 tab should show, once (null when there is none). */
export function takePendingAnchor(): string | null {
  const a = pendingAnchor
  pendingAnchor = null
  return a
}
