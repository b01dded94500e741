/**
 * Which edition a page shows. Pure (over the bundled editions): the current one by the China
 * date (content/select-edition.ts), or the one a route's `edition` parameter names.
 */
import { EDITION_METAS, editionOf, yearOf, type Edition } from '@/content'
import { otherEditions, selectCurrentEdition, type EditionMeta } from '@/content/select-edition'

/** The edition current on `today` (YYYY-MM-DD, China date). */
export function currentEdition(today: string): Edition {
  return editionOf(selectCurrentEdition(EDITION_METAS, today).year) as Edition
}

/** The editions other than today's current one, newest first (往届). */
export function pastEditions(today: string): EditionMeta[] {
  return otherEditions(EDITION_METAS, selectCurrentEdition(EDITION_METAS, today))
}

/**
 * The edition a page shows for its `edition` parameter:
 * - a known year: that edition (a link shared in 2021 still opens 2021);
 * - none (a link shared before editions had names) or an unknown one: the edition that has
 *   what the link points at (`has`, e.g. the event id) — the current one if it does, else the
 *   newest that does — and otherwise the current edition.
 */
export function editionForParam(param: string | undefined, today: string, has?: (e: Edition) => boolean): Edition {
  const named = param ? editionOf(param) : undefined
  if (named) return named
  const current = currentEdition(today)
  if (!has || has(current)) return current
  const holder = [...EDITION_METAS].reverse().map((m) => editionOf(m.year) as Edition).find(has)
  return holder ?? current
}

/** The `edition` route parameter naming an edition. */
export function editionParam(edition: Edition): { edition: string } {
  return { edition: yearOf(edition) }
}
