/**
 * jest's stand-in for src/content/edition-files.h5.ts / .weapp.ts and quiz-files.ts (jest has no webpack):
 * the same folder, listed with Node's fs, the metas computed by the build's own function
 * (config/edition-metas.ts). jest.config.js maps both modules here.
 *
 * Editions load at once, as weapp's newest does. A test of loading later (H5: each edition
 * fetched on demand; weapp: every edition but the newest, from the 往届 subpackage) calls
 * loadEditionsLater(): every load then waits until the test calls finishEditionLoads() (or
 * fails them with failEditionLoads()).
 */
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { editionMeta, editionYears } from '../../config/edition-metas'
import type { EditionFile } from '../../src/content/edition-file'

const DIR = resolve(__dirname, '../../src/content/editions')

// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const read = (f: string): unknown => require(join(DIR, f)) as unknown

let later = false
const waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = []

/** From now on (in this module registry) every edition load waits for finishEditionLoads(). */
export function loadEditionsLater(): void {
  later = true
}

/** Completes every load waiting so far. */
export function finishEditionLoads(): void {
  for (const w of waiting.splice(0)) w.resolve()
}

/** Fails every load waiting so far, as a chunk that could not be fetched. */
export function failEditionLoads(): void {
  for (const w of waiting.splice(0)) w.reject(new Error('Loading chunk edition failed (test)'))
}

/** How many loads are waiting. */
export function waitingEditionLoads(): number {
  return waiting.length
}

/** An edition file as the builds list it, for `content` (e.g. a synthetic edition). */
export function editionFile(year: string, content: () => unknown): EditionFile {
  return {
    year,
    meta: editionMeta(year, content()),
    load: () => (later
      ? new Promise<unknown>((res, rej) => { waiting.push({ resolve: () => res(content()), reject: rej }) })
      : content())
  }
}

export const EDITION_FILES: readonly EditionFile[] = editionYears(DIR).map((y) => editionFile(y, () => read(`${y}.json`)))

export const QUIZ_FILES: ReadonlyArray<{ year: string; load: () => unknown }> = readdirSync(DIR)
  .filter((f) => /^\d{4}\.quiz\.json$/.test(f)).sort()
  .map((f) => ({ year: f.slice(0, 4), load: () => read(f) }))
