/**
 * Which edition is current on a China date: a pure rule over small edition metas, so it is
 * tested with synthetic editions and the app needs no edition's full content to decide.
 *
 * - An upcoming edition whose campaign starts within the next ANNOUNCE_DAYS days (start −
 *   today ≤ 30) is current: a new year's notice is announced before its month, and from then
 *   on the app presents it (status 未开始, counting down). If several are, the soonest.
 * - Otherwise the newest edition whose campaign has begun (start ≤ today), even long after
 *   it ended: last year's campaign stays current, as an archive, until the next is near.
 * - Before any edition has begun and none is within 30 days: the oldest edition (the first
 *   that will begin), shown as upcoming. There is nothing older to show.
 */
import { addDays } from '@/lib/civil-date'

/** What the app knows about an edition without loading it. */
export type EditionMeta = {
  /** The file's year: editions/<year>.json, e.g. "2021". */
  year: string
  /** campaign.name, e.g. 2021年海南省“质量月”活动 */
  name: string
  /** campaign.start and campaign.end (YYYY-MM-DD, China dates). */
  start: string
  end: string
}

/** How long before its start an upcoming edition becomes current. */
export const ANNOUNCE_DAYS = 30

/** The current edition's meta on `today` (YYYY-MM-DD, China date); throws on an empty list. */
export function selectCurrentEdition<M extends EditionMeta>(metas: readonly M[], today: string): M {
  if (metas.length === 0) throw new Error('no editions: src/content/editions/ holds none')
  const byStart = [...metas].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.year < b.year ? -1 : 1))
  const horizon = addDays(today, ANNOUNCE_DAYS)
  const announced = byStart.find((m) => m.start > today && m.start <= horizon)
  if (announced) return announced
  const begun = byStart.filter((m) => m.start <= today)
  return begun.length > 0 ? begun[begun.length - 1] : byStart[0]
}

/** The editions other than the current one, newest first: the 往届 list. */
export function otherEditions<M extends EditionMeta>(metas: readonly M[], current: M): M[] {
  return metas.filter((m) => m.year !== current.year).sort((a, b) => (a.year < b.year ? 1 : -1))
}
