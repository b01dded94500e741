/**
 * The campaign's content: the one source of campaign facts for the app.
 *
 * Every editions/<year>.json is an edition (found at build time, edition-files.h5.ts / .weapp.ts): adding a
 * year's file adds an edition, without code changes. Which one the app presents is decided by
 * the China date (select-edition.ts, used through lib/editions.ts) from the editions' metas,
 * which are known without loading any edition.
 *
 * An edition's content is loaded when first asked for: on H5 each edition is a chunk of its
 * own, fetched once; on weapp the newest edition is bundled and every other one is a file of
 * the 往届 subpackage fetched with require.async (edition-files.weapp.ts). Pages use
 * lib/use-edition.ts, which shows a loading state meanwhile. Under jest every edition is at hand.
 *
 * The bundles are validated by `npm run content:check`, by the tests and by every build
 * (config/index.ts), so the app can trust their shape; it does not ship the validator.
 */
import { EDITION_FILES } from './edition-files'
import type { EditionIndexEntry } from './edition-file'
import type { Edition } from './schema'

/** Every edition's meta (year, name, dates, event ids), oldest first. */
export const EDITION_METAS: readonly EditionIndexEntry[] = EDITION_FILES.map((f) => f.meta)
  .sort((a, b) => (a.year < b.year ? -1 : 1))

const files = new Map(EDITION_FILES.map((f) => [f.year, f]))
const loaded = new Map<string, Edition>()
const pending = new Map<string, Promise<Edition>>()

function isPromise(x: unknown): x is Promise<unknown> {
  return x !== null && typeof x === 'object' && typeof (x as { then?: unknown }).then === 'function'
}

/** Whether there is an edition of `year` (loaded or not). */
export function hasEdition(year: string): boolean {
  return files.has(year)
}

/** Years whose last load failed: editionOf does not start them again by itself (see loadEdition). */
const failed = new Set<string>()

/** Starts loading `year` (known) unless it is loaded or on its way; returns it when it is at hand. */
function start(year: string): Edition | Promise<Edition> {
  const have = loaded.get(year) ?? pending.get(year)
  if (have) return have
  failed.delete(year)
  const data = (files.get(year) as (typeof EDITION_FILES)[number]).load()
  if (!isPromise(data)) {
    loaded.set(year, data as Edition)
    return data as Edition
  }
  const p = data.then((d) => {
    loaded.set(year, d as Edition)
    pending.delete(year)
    return d as Edition
  }, (err: unknown) => {
    // A failed chunk or require.async (no network): forgotten, so the next loadEdition fetches it again.
    pending.delete(year)
    failed.add(year)
    throw err
  })
  // editionOf starts loads no one awaits: a failure must not surface as an unhandled
  // rejection; loadEdition's callers still see it.
  p.catch(() => undefined)
  pending.set(year, p)
  return p
}

/**
 * The edition of `year` (e.g. "2021") if its content is at hand, else undefined: when there
 * is no such edition (hasEdition), or while it is loading (this call starts loading it,
 * unless its last load failed: renders do not fetch again by themselves; loadEdition does).
 * Under jest, and weapp's newest edition, are at hand at once.
 */
export function editionOf(year: string): Edition | undefined {
  if (!files.has(year)) return undefined
  const have = loaded.get(year)
  if (have || pending.has(year) || failed.has(year)) return have
  const e = start(year)
  return isPromise(e) ? undefined : e
}

/**
 * The edition of `year`, loaded if need be (also after a failed load: a retry, or another
 * page asking); undefined when there is none. Rejects if loading fails.
 */
export function loadEdition(year: string): Promise<Edition | undefined> {
  return files.has(year) ? Promise.resolve(start(year)) : Promise.resolve(undefined)
}

/**
 * A verified content update of `year`'s edition (lib/content-updates.ts, issue 27) replaces the
 * bundled one for the rest of this run: editionOf and loadEdition give it from now on.
 */
export function adoptEdition(year: string, edition: Edition): void {
  if (!files.has(year)) return
  loaded.set(year, edition)
  pending.delete(year)
  failed.delete(year)
}

/**
 * An edition's year, as in its file name (content:check makes sure the file name's year is
 * campaign.month's): what routes, links and stored follows name it by.
 */
export function yearOf(edition: Edition): string {
  return edition.campaign.month.slice(0, 4)
}

export type { EditionMeta } from './select-edition'
export type { EditionIndexEntry } from './edition-file'
export type {
  Edition, CampaignEvent, EventDate, Source, Organiser, Slogan, Channel, Category, NumberedPoint,
  ComplaintGuide, GuideQuestion, GuideOutcome, ComplaintPrep, ComplaintKindId,
  PublicSourceEntry, QuizSource, QuizQuestion
} from './schema'
