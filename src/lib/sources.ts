/** Words for the bundle's sources of facts. Pure. */
import type { Source } from '@/content'

export type PublicSource = Extract<Source, { kind: 'public' }>

/** How sure the source is, as shown beside a fact (dates, 关于本程序). */
export const CONFIDENCE_LABEL: Record<PublicSource['confidence'], string> = {
  certain: '确定',
  high: '高',
  'medium-high': '较高',
  medium: '中等'
}

/** One place a public source is cited in a bundle, with the confidence given there. */
export type Citation = { path: string; id?: string; url?: string; publisher: string; title: string; confidence: PublicSource['confidence'] }

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
        confidence: o.confidence as PublicSource['confidence']
      })
    }
    for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k)
  }
  walk(bundle, '')
  return out
}

/**
 * The same source (the same id, the same address, or — without either — the same publisher and title) cited with different confidences: one
 * line each, naming the source and where each confidence is given. Empty when the bundle
 * agrees with itself, as it must: a reader who sees one source rated 高 here and 中等 there
 * cannot tell which to believe.
 */
export function confidenceConflicts(bundle: unknown): string[] {
  const groups = new Map<string, Citation[]>()
  for (const c of citations(bundle)) {
    // A source without an id or address is still one document: its publisher and title name it.
    const doc = `source ${c.publisher}《${c.title}》`
    for (const key of [c.id ? `id ${c.id}` : '', c.url ? `url ${c.url}` : '', c.id || c.url ? '' : doc].filter(Boolean)) {
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
  }
  const lines: string[] = []
  for (const [key, cs] of groups) {
    if (new Set(cs.map((c) => c.confidence)).size < 2) continue
    lines.push(`${key}: ${cs.map((c) => `${c.confidence} at ${c.path}`).join('; ')}`)
  }
  return lines
}
