/** H5: `?now=` from the address, before or after the hash (…/?now=2021-09-14#/pages/…). */
export function readLaunchNow(): string | undefined {
  if (typeof window === 'undefined') return undefined
  const { search, hash } = window.location
  const fromSearch = new URLSearchParams(search).get('now')
  if (fromSearch) return fromSearch
  const q = hash.indexOf('?')
  return q >= 0 ? new URLSearchParams(hash.slice(q + 1)).get('now') ?? undefined : undefined
}
