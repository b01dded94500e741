/**
 * What an edition is to the user on a China date, in the words of 往届 and of an edition's
 * own page. Pure, over the editions' metas (names and dates: no content is loaded for 往届).
 *
 * - current: the edition the app shows (content/select-edition.ts), not yet over: 本届;
 * - latest:  the edition the app shows, over (years later, with nothing newer begun): not
 *            "本届" but 最近一届（2021年）, an archive;
 * - past:    an older edition: 往届, an archive;
 * - upcoming: a newer edition not yet current (more than 30 days before its start).
 */
import type { EditionMeta } from '@/content/select-edition'

export type EditionRole = 'current' | 'latest' | 'past' | 'upcoming'

export function editionRole(meta: EditionMeta, current: EditionMeta, today: string): EditionRole {
  if (meta.year === current.year) return today > meta.end ? 'latest' : 'current'
  return meta.start > today ? 'upcoming' : 'past'
}

/** The heading of the shown edition's card in 往届: 本届, or 最近一届（2021年） once it is over. */
export function shownHeading(role: EditionRole, year: string): string {
  return role === 'latest' ? `最近一届（${year}年）` : '本届'
}

/** The banner's prefix on an edition's own page, e.g. 往届 · 存档：2020年… */
export const BANNER: Record<EditionRole, string> = {
  current: '本届',
  latest: '最近一届 · 存档',
  past: '往届 · 存档',
  upcoming: '下一届 · 未开始'
}
