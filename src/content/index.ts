/**
 * The campaign's content: the one source of campaign facts for the app.
 *
 * Every editions/<year>.json is an edition (found at build time, edition-files.ts): adding a
 * year's file adds an edition, without code changes. Which one the app presents is decided by
 * the China date (select-edition.ts, used through lib/editions.ts).
 *
 * The bundles are validated by `npm run content:check`, by the tests and by every build
 * (config/index.ts), so the app can trust their shape; it does not ship the validator.
 */
import { EDITION_FILES } from './edition-files'
import type { EditionMeta } from './select-edition'
import type { Edition } from './schema'

const byYear = new Map<string, Edition>()
for (const f of EDITION_FILES) byYear.set(f.year, f.load() as Edition)

/** Every edition's meta, oldest first. */
export const EDITION_METAS: readonly EditionMeta[] = [...byYear.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([year, e]) => ({ year, name: e.campaign.name, start: e.campaign.start, end: e.campaign.end }))

/** The edition of `year` (e.g. "2021"), or undefined when there is none. */
export function editionOf(year: string): Edition | undefined {
  return byYear.get(year)
}

/**
 * An edition's year, as in its file name (content:check makes sure the file name's year is
 * campaign.month's): what routes, links and stored follows name it by.
 */
export function yearOf(edition: Edition): string {
  return edition.campaign.month.slice(0, 4)
}

/**
 * The newest edition. For tests and scripts about the shipped content; the app's pages use the
 * edition chosen by date or by their `edition` parameter (lib/editions.ts and
 * lib/edition-param.ts), never this.
 */
export const edition: Edition = byYear.get(EDITION_METAS[EDITION_METAS.length - 1].year) as Edition

export type { EditionMeta } from './select-edition'
export type {
  Edition, CampaignEvent, EventDate, Source, Organiser, Slogan, Channel, Category, NumberedPoint,
  ComplaintGuide, GuideQuestion, GuideOutcome, ComplaintPrep, ComplaintKindId,
  PublicSourceEntry, QuizSource, QuizQuestion
} from './schema'
