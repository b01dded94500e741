/**
 * One check for content updates (issue 27, docs/content-updates.md): the signed manifest, then
 * each edition it lists that is newer than what the app has, each judged by
 * content/update/verify.ts; what passes is stored (lib/content-updates.ts) and used from the
 * next launch on. Every rejection becomes a line in the store, for 关于本程序; nothing is
 * shown to the user and nothing throws. What the app has is kept whatever happens.
 *
 * Loaded off the first screen's path (platform/content-update.*): it carries the verifier, the
 * schema and the crypto libraries. Pure: fetching and storage are passed in.
 * Quiz banks listed in the manifest are not fetched: the app uses the banks it was built with.
 */
import { acceptFile, planUpdates, verifyManifest } from '@/content/update/verify'
import type { KeyValueStorage } from './persisted'
import { MAX_REJECTIONS, readUpdates, UPDATES_KEY, type StoredUpdates, type UpdateSettings } from './content-updates'

/** Fetches `url` as text; rejects (with a short message) when the host is unreachable, slow or answers with an error. */
export type FetchText = (url: string) => Promise<string>

export type CheckResult = { accepted: string[]; rejections: string[] }

function message(err: unknown): string {
  const m = err instanceof Error ? err.message : err !== null && typeof err === 'object' && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : String(err)
  return m.slice(0, 120)
}

export async function checkForUpdates(opts: {
  settings: UpdateSettings
  fetchText: FetchText
  storage: KeyValueStorage
  /** The current time (ISO), for 核验时间. */
  now: () => string
}): Promise<CheckResult> {
  const { settings, fetchText, storage, now } = opts
  const url = (p: string) => `${settings.origin}/${p}`
  const stored: StoredUpdates = readUpdates(storage, settings)
  const result: CheckResult = { accepted: [], rejections: [] }
  const done = (): CheckResult => {
    const at = now()
    stored.checkedAt = at
    stored.rejections = [...result.rejections.map((line) => ({ at, line })), ...stored.rejections].slice(0, MAX_REJECTIONS)
    storage.write(UPDATES_KEY, stored)
    return result
  }

  let manifestText: string
  let sig: string
  try {
    ;[manifestText, sig] = await Promise.all([fetchText(url('manifest.json')), fetchText(url('manifest.json.sig'))])
  } catch (err) {
    result.rejections.push(`清单：无法取得（${message(err)}）`)
    return done()
  }
  const verdict = verifyManifest(manifestText, sig, settings.publicKey)
  if (!verdict.ok) {
    result.rejections.push(verdict.reason)
    return done()
  }

  const have: Record<string, string> = { ...settings.bundled }
  for (const year of Object.keys(stored.editions)) have[year] = stored.editions[year].bundleVersion
  const plan = planUpdates(verdict.manifest, have, Object.keys(settings.bundled))
  result.rejections.push(...plan.skipped)

  for (const entry of plan.fetch) {
    if (entry.kind !== 'edition') continue
    let text: string
    try {
      text = await fetchText(url(entry.path))
    } catch (err) {
      result.rejections.push(`${entry.path}：无法取得（${message(err)}）`)
      continue
    }
    const accepted = acceptFile(entry, text, have[entry.year])
    if (!accepted.ok) {
      result.rejections.push(accepted.reason)
      continue
    }
    if (accepted.kind === 'edition') {
      stored.editions[entry.year] = { bundleVersion: accepted.bundleVersion, verifiedAt: now(), edition: accepted.edition }
      have[entry.year] = accepted.bundleVersion
      result.accepted.push(entry.year)
    }
  }
  return done()
}
