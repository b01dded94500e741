/**
 * One source, one confidence (issue 24): a reader who sees a source rated 高 in one place and 中等
 * in another cannot tell which to believe. Pure; used by validate.ts (so by content:check, the
 * tests and the build), never by the app.
 */
import type { Problem } from './problem'

/** One place a public source is cited in a bundle, with the confidence given there. */
export type Citation = { path: string; id?: string; url?: string; publisher: string; title: string; confidence: string }

/**
 * Every public source cited in a bundle (inline `kind: "public"` sources wherever the schema
 * has them, and the `sources` entries), found by shape so a new place in the schema is not
 * missed: an object with a publisher and a confidence. `path` is where, e.g. events[8].dates[0].source.
 */
export function citations(bundle: unknown): Citation[] {
  const out: Citation[] = []
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => walk(x, `${path}[${i}]`))
      return
    }
    if (!node || typeof node !== 'object') return
    const o = node as Record<string, unknown>
    if (typeof o.publisher === 'string' && typeof o.confidence === 'string') {
      out.push({
        path,
        ...(typeof o.id === 'string' ? { id: o.id } : {}),
        ...(typeof o.url === 'string' ? { url: o.url } : {}),
        publisher: o.publisher,
        title: String(o.title ?? ''),
        confidence: o.confidence
      })
    }
    for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k)
  }
  walk(bundle, '')
  return out
}

/** The sources (by id, address, or publisher and title) cited with more than one confidence, each with its citations. */
function conflictGroups(bundle: unknown): Array<[string, Citation[]]> {
  const groups = new Map<string, Citation[]>()
  for (const c of citations(bundle)) {
    // A source without an id or address is still one document: its publisher and title name it.
    const doc = `source ${c.publisher}《${c.title}》`
    for (const key of [c.id ? `id ${c.id}` : '', c.url ? `url ${c.url}` : '', c.id || c.url ? '' : doc].filter(Boolean)) {
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
  }
  return [...groups].filter(([, cs]) => new Set(cs.map((c) => c.confidence)).size > 1)
}

const describeConflict = (key: string, cs: readonly Citation[]) => `${key}: ${cs.map((c) => `${c.confidence} at ${c.path}`).join('; ')}`

/**
 * The same source cited with different confidences: one line each, naming the source and where
 * each confidence is given. Empty when the bundle agrees with itself, as it must.
 */
export function confidenceConflicts(bundle: unknown): string[] {
  return conflictGroups(bundle).map(([key, cs]) => describeConflict(key, cs))
}

/** The same, as content:check problems: at the first place that rates the source differently from the first. */
export function confidenceProblems(bundle: unknown): Problem[] {
  return conflictGroups(bundle).map(([key, cs]) => ({
    path: (cs.find((c) => c.confidence !== cs[0].confidence) ?? cs[0]).path,
    reason: `one source has one confidence everywhere, but ${describeConflict(key, cs)}`
  }))
}
