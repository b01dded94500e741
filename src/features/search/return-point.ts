/**
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
