/**
 * The verified content updates kept on the phone (issue 27, docs/content-updates.md): for each
 * year, the newest edition that passed every check (lib/content-update-run.ts), when it was
 * verified, and the last rejection lines for 关于本程序's diagnostics.
 *
 * This part runs at startup, before the first page renders, so it stays small: no verifier,
 * no schema. What is read back is repaired, never trusted blindly: an entry that is not newer
 * than the edition bundled with this build (a release since brought a newer one) or not an
 * edition of its year is dropped, so the bundled edition is always the floor; and so is every
 * edition verified with another key than this build's (after a key is rotated, say because it
 * leaked, nothing it signed stays on the phone, whatever version it claims).
 * Pure: the storage is passed in (platform/storage.ts deviceStorage in the app).
 */
import { adoptEdition, type Edition } from '@/content'
import { compareBundleVersions } from '@/content/update/version'
import type { KeyValueStorage } from './persisted'

export const UPDATES_KEY = 'hq:content-updates'

/** The build's settings (config/content-updates.ts HQ_CONTENT_UPDATES). */
export type UpdateSettings = {
  origin: string
  publicKey: string
  /** year → the bundled edition's bundleVersion. */
  bundled: Record<string, string>
}

export type StoredEdition = { bundleVersion: string; verifiedAt: string; edition: Edition }

export type StoredUpdates = {
  version: 1
  /** The public key (base64) the editions were verified with: this build's, or they are dropped. */
  key?: string
  editions: Record<string, StoredEdition>
  /** When the last check finished (ISO time), whatever its outcome. */
  checkedAt?: string
  /** The last rejection lines, newest first. */
  rejections: { at: string; line: string }[]
}

/** How many rejection lines are kept. */
export const MAX_REJECTIONS = 10

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x)
const VERSION = /^\d{4}\.\d+\.\d+$/

/** What a stored edition is judged against: the build's bundled versions and its public key. */
export type Trust = Pick<UpdateSettings, 'bundled' | 'publicKey'>

/**
 * Whatever is stored → a valid StoredUpdates: each entry verified with this build's key and still
 * better than the bundled edition kept, the rest dropped.
 */
export function repairUpdates(raw: unknown, trust: Trust): StoredUpdates {
  const { bundled } = trust
  const out: StoredUpdates = { version: 1, key: trust.publicKey, editions: {}, rejections: [] }
  if (!isObject(raw) || raw.version !== 1) return out
  if (isObject(raw.editions) && raw.key === trust.publicKey) {
    for (const year of Object.keys(raw.editions)) {
      const e = raw.editions[year]
      if (!Object.prototype.hasOwnProperty.call(bundled, year) || !isObject(e)) continue
      const { bundleVersion, verifiedAt, edition } = e
      if (typeof bundleVersion !== 'string' || !VERSION.test(bundleVersion) || typeof verifiedAt !== 'string') continue
      if (compareBundleVersions(bundleVersion, bundled[year]) <= 0) continue
      if (!isObject(edition) || edition.bundleVersion !== bundleVersion) continue
      const campaign = edition.campaign
      if (!isObject(campaign) || typeof campaign.month !== 'string' || campaign.month.slice(0, 4) !== year) continue
      out.editions[year] = { bundleVersion, verifiedAt, edition: edition as unknown as Edition }
    }
  }
  if (typeof raw.checkedAt === 'string') out.checkedAt = raw.checkedAt
  if (Array.isArray(raw.rejections)) {
    out.rejections = raw.rejections
      .filter((r): r is { at: string; line: string } => isObject(r) && typeof r.at === 'string' && typeof r.line === 'string')
      .slice(0, MAX_REJECTIONS)
      .map((r) => ({ at: r.at, line: r.line }))
  }
  return out
}

export function readUpdates(storage: KeyValueStorage, trust: Trust): StoredUpdates {
  return repairUpdates(storage.read(UPDATES_KEY), trust)
}

/**
 * At startup: every stored verified edition replaces its bundled one for this run (content/index.ts
 * adoptEdition), so the first page already shows it. Returns the years adopted.
 */
export function adoptStoredUpdates(storage: KeyValueStorage, trust: Trust): string[] {
  const stored = readUpdates(storage, trust)
  const years = Object.keys(stored.editions)
  for (const year of years) adoptEdition(year, stored.editions[year].edition)
  return years
}

/** For 关于本程序: where `year`'s edition comes from, and when it was verified. */
export function editionOrigin(stored: StoredUpdates, year: string, shownVersion: string): { updated: false } | { updated: true; verifiedAt: string } {
  const e = stored.editions[year]
  return e && e.bundleVersion === shownVersion ? { updated: true, verifiedAt: e.verifiedAt } : { updated: false }
}
