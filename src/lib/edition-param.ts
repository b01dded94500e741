/**
 * The edition a page other than the tabs shows, from its `edition` parameter. Only subpackage
 * pages have one (through ./use-page-edition); ./editions, which the tabs load in the main
 * package, keeps the current edition. Pure (over the bundled editions).
 */
import { EDITION_METAS, editionOf, type Edition } from '@/content'
import { currentEdition } from './editions'

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
