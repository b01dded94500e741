/**
 * Which edition a page shows. Pure (over the bundled editions): the current one by the China
 * date (content/select-edition.ts). The one a route's `edition` parameter names, which only
 * subpackage pages have, is ./edition-param.ts.
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

/** The `edition` route parameter naming an edition. */
export function editionParam(edition: Edition): { edition: string } {
  return { edition: yearOf(edition) }
}
