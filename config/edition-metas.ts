/**
 * Every edition's meta, computed from src/content/editions/<year>.json at build time and
 * passed to the app as the constant HQ_EDITION_METAS (config/index.ts, webpack's
 * DefinePlugin): the app knows each edition's year, name, dates and event ids without
 * loading its full content (H5 loads each edition as its own chunk, src/content/edition-files.h5.ts).
 * Under jest, tests/support/edition-files.ts computes the same from the same folder with this function.
 *
 * It reads files that content:check has already passed (every build runs it first), so it
 * only picks fields; it checks nothing itself.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The same shape as src/content/select-edition.ts EditionMeta (config cannot import src). */
export type BuildEditionMeta = { year: string; name: string; start: string; end: string; eventIds: string[] }

/** An edition file's name: <year>.json (quiz banks, <year>.quiz.json, are not editions). */
export const EDITION_FILE = /^\d{4}\.json$/

/** The years of the editions in `dir` (every <year>.json), oldest first. */
export function editionYears(dir: string): string[] {
  return readdirSync(dir).filter((f) => EDITION_FILE.test(f)).map((f) => f.slice(0, 4)).sort()
}

type EditionJson = { campaign: { name: string; start: string; end: string }; events: Array<{ id: string }> }

/** The meta of the edition `year` whose content is `content` (parsed JSON). */
export function editionMeta(year: string, content: unknown): BuildEditionMeta {
  const e = content as EditionJson
  return { year, name: e.campaign.name, start: e.campaign.start, end: e.campaign.end, eventIds: e.events.map((x) => x.id) }
}

/** The metas of every <year>.json in `dir`, oldest first. */
export function editionMetas(dir: string): BuildEditionMeta[] {
  return editionYears(dir).map((y) => editionMeta(y, JSON.parse(readFileSync(join(dir, `${y}.json`), 'utf8')) as unknown))
}
