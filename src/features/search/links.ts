import { openPage } from '@/platform/navigation'

/** Opens the search page (in `edition`, a year, when given), with a query to start from if given. */
export function openSearch(query?: string, edition?: string): void {
  openPage('search', { q: query || undefined, edition })
}
