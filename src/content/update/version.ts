/** bundleVersion order, on its own: the app's startup reads stored updates without the verifier's libraries. */

/**
 * -1, 0 or 1 as bundleVersion `a` is older than, equal to or newer than `b`: dotted whole numbers
 * compared part by part ("2021.10.0" is newer than "2021.9.3"), as schema.ts writes them
 * (YYYY.N.N). Compared as digit strings, so no part is too long for a number.
 */
export function compareBundleVersions(a: string, b: string): -1 | 0 | 1 {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = (pa[i] ?? '0').replace(/^0+(?=\d)/, '')
    const y = (pb[i] ?? '0').replace(/^0+(?=\d)/, '')
    if (x.length !== y.length) return x.length < y.length ? -1 : 1
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}
