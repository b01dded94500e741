/**
 * Which edition a page shows. Pure (over the editions' metas and whatever content is loaded):
 * the current one by the China date (content/select-edition.ts), or the one a route's
 * `edition` parameter names. Choosing needs only the metas; showing needs the content, which
 * may load on demand (content/index.ts): editionsToShow says which years a page needs,
 * lib/use-edition.ts loads them and shows a loading state meanwhile.
 */
import { EDITION_METAS, editionOf, hasEdition, yearOf, type Edition } from '@/content'
import { otherEditions, selectCurrentEdition, type EditionMeta } from '@/content/select-edition'

/** The meta of the edition current on `today` (YYYY-MM-DD, China date). */
export function currentMeta(today: string): EditionMeta {
  return selectCurrentEdition(EDITION_METAS, today)
}

/** The year of the edition current on `today`. */
export function currentYear(today: string): string {
  return currentMeta(today).year
}

/** The edition current on `today`, if its content is loaded. */
export function currentEdition(today: string): Edition | undefined {
  return editionOf(currentYear(today))
}

/** The editions other than today's current one, newest first (往届). */
export function pastEditions(today: string): EditionMeta[] {
  return otherEditions(EDITION_METAS, currentMeta(today))
}

/**
 * The years whose content a page needs before editionForParam can answer, given what is
 * loaded now: the named edition; else the current one; and, when the current one lacks what
 * the link points at (`has`), every edition, to find the one that has it.
 */
export function editionsToShow(param: string | undefined, today: string, has?: (e: Edition) => boolean): string[] {
  if (param && hasEdition(param)) return [param]
  const current = currentEdition(today)
  if (!current || !has || has(current)) return [currentYear(today)]
  return EDITION_METAS.map((m) => m.year)
}

/**
 * The edition a page shows for its `edition` parameter, once editionsToShow's years are
 * loaded (undefined before):
 * - a known year: that edition (a link shared in 2021 still opens 2021);
 * - none (a link shared before editions had names) or an unknown one: the edition that has
 *   what the link points at (`has`, e.g. the event id) — the current one if it does, else the
 *   newest that does — and otherwise the current edition.
 */
export function editionForParam(param: string | undefined, today: string, has?: (e: Edition) => boolean): Edition | undefined {
  if (param && hasEdition(param)) return editionOf(param)
  const current = currentEdition(today)
  if (!current || !has || has(current)) return current
  const editions = [...EDITION_METAS].reverse().map((m) => editionOf(m.year))
  if (editions.some((e) => !e)) return undefined
  return (editions as Edition[]).find(has) ?? current
}

/** The `edition` route parameter naming an edition. */
export function editionParam(edition: Edition): { edition: string } {
  return { edition: yearOf(edition) }
}
