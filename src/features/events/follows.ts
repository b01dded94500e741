/**
 * Follows (关注): which events the user follows, as stored on the phone. Pure: no Taro, no
 * React; the store (./store, useFollows) persists the keys and repairs what it reads with
 * `repairFollows`.
 *
 * A follow is named with its edition, `<year>/<event id>` (e.g. `2021/open-day`): event ids
 * repeat across editions.
 */

export type FollowsSlice = {
  /** Followed events, each named with its edition: `<year>/<event id>`, e.g. `2021/open-day`. */
  ids: string[]
}

/** The stored key of a followed event: event ids repeat across editions, so the year goes with it. */
export function followKey(year: string, eventId: string): string {
  return `${year}/${eventId}`
}

/** The ids of the events of edition `year` among the followed keys, in the order followed. */
export function followedIn(keys: readonly string[], year: string): string[] {
  const prefix = `${year}/`
  return keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))
}

/**
 * How many events of each edition other than `current` are followed, newest edition first
 * (from the metas' event ids: known before those editions' content is loaded). Editions with
 * none are left out. `metas`: every edition, oldest first (as content's EDITION_METAS).
 */
export function otherFollowCounts(
  keys: readonly string[],
  metas: ReadonlyArray<{ year: string; eventIds: readonly string[] }>,
  current: string
): Array<{ year: string; count: number }> {
  return metas.filter((m) => m.year !== current).reverse()
    .map((m) => ({ year: m.year, count: followedIn(keys, m.year).filter((id) => m.eventIds.includes(id)).length }))
    .filter((c) => c.count > 0)
}

const FOLLOW_KEY = /^(\d{4})\/(.+)$/

/**
 * Turns anything found in storage into a valid follows slice, entry by entry:
 * - `<year>/<id>` (version 2) is kept while that edition still has that event;
 * - a bare `<id>` (version 1, stored when the app had one edition) is named with the oldest
 *   edition that has the event — the edition it was followed in — so follows survive the
 *   arrival of a new edition, even one that reuses the id;
 * - anything else (unknown events, wrong types, duplicates) is dropped; a corrupt or foreign
 *   value gives no follows. Never throws.
 * `known`: each edition's year (oldest first) and its event ids.
 */
export function repairFollows(stored: unknown, known: ReadonlyMap<string, ReadonlySet<string>>): FollowsSlice {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return { ids: [] }
  const ids = (stored as Record<string, unknown>).ids
  if (!Array.isArray(ids)) return { ids: [] }
  const years = [...known.keys()].sort()
  const seen = new Set<string>()
  for (const entry of ids) {
    if (typeof entry !== 'string') continue
    const m = FOLLOW_KEY.exec(entry)
    if (m) {
      if (known.get(m[1])?.has(m[2])) seen.add(entry)
      continue
    }
    const year = years.find((y) => known.get(y)?.has(entry))
    if (year) seen.add(followKey(year, entry))
  }
  return { ids: [...seen] }
}

export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]
}
