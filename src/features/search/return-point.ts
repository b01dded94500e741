/**
 * The way back to the search as it was.
 *
 * From a page opened above it (an event, a unit, 口号), going back shows the same search page,
 * kept below with its words and scroll position (WeChat and Taro's H5 router). On H5 that page
 * can also be made again — after a reload, back or forward to it — so its words are kept in its
 * history entry (keptQuery) and its scroll position too (platform/scroll useScrollMemory).
 *
 * The way back to a result. A notice paragraph opens in the 关于 tab, which closes the search
 * page (a tab closes the pages above it), so its 返回搜索 button opens a new search page with
 * the same words: without this, at the top of the results, far from the one the citizen had
 * opened. The search remembers that result here (for this run of the app only) and the new
 * page, opened with the same words, starts at it (SearchScreen). Other results open pages
 * above the search, and going back returns to it as it was.
 */
export type ReturnPoint = { query: string; kind: string; key: string }

let point: ReturnPoint | null = null

/** Remembers the result of `kind` and `key` opened from the search for `query`. */
export function rememberOpened(query: string, kind: string, key: string): void {
  point = { query: query.trim(), kind, key }
}

/** The result to return to when the search opens with `query` (it must be the same search), or null. */
export function returnPointFor(query: string): ReturnPoint | null {
  return point && query.trim() !== '' && point.query === query.trim() ? point : null
}

/** Forgets it, once used: the next search for these words starts at the top. */
export function forgetReturnPoint(): void {
  point = null
}

/**
 * Whether a group of results (of `kind`, these keys in order) is shown in full from the start:
 * when the result to return to is past the first `limit` ones.
 */
export function showsAllAtFirst(kind: string, keys: readonly string[], returnTo: ReturnPoint | null, limit: number): boolean {
  return returnTo !== null && returnTo.kind === kind && keys.indexOf(returnTo.key) >= limit
}

/** The DOM id of a result (for scrolling to it and focusing it). */
export function hitId(kind: string, key: string): string {
  return `search-hit-${kind}-${key}`.replace(/[^A-Za-z0-9_-]/g, '_')
}

/**
 * The words a search page had in its history entry (H5: kept through a reload and back /
 * forward to a page Taro had closed; weapp keeps the page itself), if they are still good: saved
 * with the same `stamp` (the edition and the day: another is stale) and well formed. Anything
 * else — nothing saved, another edition or day, a corrupt value — is null: the page starts fresh.
 */
export function keptQuery(saved: unknown, stamp: string): string | null {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return null
  const { query, stamp: savedStamp } = saved as Record<string, unknown>
  if (savedStamp !== stamp || typeof query !== 'string' || query.length > MAX_QUERY) return null
  return query
}

/** The search box's own limit (maxlength): a longer saved query is not one the box made. */
export const MAX_QUERY = 100
