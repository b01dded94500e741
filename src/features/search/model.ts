/**
 * Search across the campaign: pure functions, no Taro, no React.
 *
 * - `normalize` folds text for matching: NFKC (full-width Ａ／，／（ become A / , / ( ),
 *   lower case, no whitespace (also U+3000 and zero-width characters), and a few look-alikes
 *   people type differently (curly and straight quotes, dashes, bracket kinds, middle dots).
 *   Each code point is folded on its own, so every folded character maps back to the
 *   original character it came from (`normalizeWithMap`): that is how a match found in the
 *   folded text is highlighted in the original.
 * - `buildIndex` folds every searchable field once; `search` then only scans folded strings.
 * - Matching is substring matching on the folded text (Chinese has no word spaces). A query
 *   with spaces matches as one phrase with the spaces dropped; failing that, an entry that
 *   contains every space-separated term matches, ranked after phrase matches.
 * - An entry may also have keywords: words that find it when the query CONTAINS them, so a
 *   citizen's phrase (买到假货了) finds the complaint channel its word (假货) belongs to.
 */

export type SearchKind = 'channel' | 'contact' | 'event' | 'organiser' | 'activity' | 'slogan' | 'notice'

/**
 * Order of the result groups on screen. The complaint channels first: finding where to
 * complain is the most common task; the campaign's contact person right below them, so a
 * search for 电话 shows the channels before a number that is not one.
 */
export const KIND_ORDER: readonly SearchKind[] = ['channel', 'contact', 'event', 'organiser', 'activity', 'slogan', 'notice']

export const KIND_LABEL: Record<SearchKind, string> = {
  channel: '投诉举报渠道',
  contact: '活动联系人',
  event: '活动日历',
  organiser: '主办单位',
  activity: '主办单位的活动',
  slogan: '活动口号',
  notice: '通知原文'
}

/** Where a result leads. */
export type SearchTarget =
  | { to: 'event'; id: string }
  | { to: 'organiser'; id: string }
  | { to: 'notice'; anchor: string }
  /** The 口号 page, at a slogan when `id` is given. */
  | { to: 'slogans'; id?: string }
  /** The 投诉 tab at a card: a channel's id, or 'guide' (我该找谁？). */
  | { to: 'complaints'; at: string }

/** A word that finds an entry when the query contains it; rank 0 places it as a title match. */
export type Keyword = { word: string; rank: 0 | 1 }

export type SearchField = {
  text: string
  /** 0: a title (ranked first); 1: body text. */
  rank: 0 | 1
}

export type SearchEntry = {
  kind: SearchKind
  /** Unique within its kind. */
  key: string
  target: SearchTarget
  /** Searchable texts, as shown; the first is the entry's title. */
  fields: SearchField[]
  /**
   * Words the entry is also found by, though its texts do not contain them (a slogan by 口号).
   * Searched as body text, never shown or marked.
   */
  labels?: readonly string[]
  /**
   * Words that find the entry when the query contains them (a phrase such as 买到假货 holds
   * 假货), though the entry's texts do not. Never shown or marked; placed at position 0.
   */
  keywords?: readonly Keyword[]
  /** Ranked after every entry of its kind that is not (the guide after the channels it leads to). */
  last?: boolean
  /** Shown beside the result, not searched: e.g. the organiser of an activity. */
  context?: string
}

export type Range = { start: number; end: number }

// ------------------------------------------------------------------------------------------
// Normalisation

/** Look-alikes folded after NFKC (which already turns full-width ASCII into ASCII). */
const FOLD: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u300c': '"', '\u300d': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u3014': '(', '\u3015': ')', '\u3010': '(', '\u3011': ')', '\u3016': '(', '\u3017': ')', '[': '(', ']': ')',
  '\u30fb': '\u00b7', '\u2022': '\u00b7', '\u2027': '\u00b7'
}

/** Dropped: whitespace (after NFKC, U+3000 is a plain space) and invisible characters. */
const DROP = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u

const foldCache = new Map<string, string>()

/** One code point folded: NFKC, lower case, look-alikes; '' when it is dropped. */
export function foldChar(ch: string): string {
  const cached = foldCache.get(ch)
  if (cached !== undefined) return cached
  let out = ''
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    if (DROP.test(c)) continue
    out += FOLD[c] ?? c
  }
  foldCache.set(ch, out)
  return out
}

/** Text folded for matching (see the file header). */
export function normalize(text: string): string {
  let out = ''
  for (const ch of text) out += foldChar(ch)
  return out
}

/**
 * Folded text with, for each UTF-16 unit of it, the range of the original text it came from
 * (one original code point may give several folded units, e.g. ㈠ → (一), or none).
 */
export function normalizeWithMap(text: string): { norm: string; starts: number[]; ends: number[] } {
  let norm = ''
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  for (const ch of text) {
    const f = foldChar(ch)
    for (let k = 0; k < f.length; k++) {
      starts.push(i)
      ends.push(i + ch.length)
    }
    norm += f
    i += ch.length
  }
  return { norm, starts, ends }
}

/** Query terms: the text split at whitespace, each folded; empty ones dropped. */
export function queryTerms(query: string): string[] {
  return query.split(/[\s\u3000]+/u).map(normalize).filter((t) => t.length > 0)
}

/** Start positions of the non-overlapping occurrences of `needle` in `hay`. */
export function findAll(hay: string, needle: string): number[] {
  const out: number[] = []
  if (!needle) return out
  for (let p = hay.indexOf(needle); p >= 0; p = hay.indexOf(needle, p + needle.length)) out.push(p)
  return out
}

/** Sorted, merged ranges (overlapping or touching ones joined). */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Range[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

/**
 * Where `query` matches in `text`, as ranges of the ORIGINAL text: every occurrence of the
 * folded phrase; if there is none, every occurrence of each term. Empty when nothing matches.
 */
export function matchRanges(text: string, query: string): Range[] {
  const phrase = normalize(query)
  if (!phrase) return []
  const { norm, starts, ends } = normalizeWithMap(text)
  const toOriginal = (p: number, len: number): Range => ({ start: starts[p], end: ends[p + len - 1] })
  const hits = findAll(norm, phrase).map((p) => toOriginal(p, phrase.length))
  if (hits.length > 0) return mergeRanges(hits)
  const terms = queryTerms(query)
  if (terms.length < 2) return []
  return mergeRanges(terms.flatMap((t) => findAll(norm, t).map((p) => toOriginal(p, t.length))))
}

// ------------------------------------------------------------------------------------------
// Highlighting

export type Segment = { text: string; mark: boolean }

/** `text` cut into marked and unmarked pieces by `ranges` (merged first). */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const r of mergeRanges(ranges)) {
    const start = Math.max(r.start, at)
    const end = Math.min(r.end, text.length)
    if (end <= start) continue
    if (start > at) out.push({ text: text.slice(at, start), mark: false })
    out.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false })
  return out
}

/** Moves an index off the second half of a surrogate pair. */
function atCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i
}

export type Snippet = { segments: Segment[]; cutStart: boolean; cutEnd: boolean }

/**
 * A window of a long text around its first match, for a result line: up to `length`
 * characters, starting `before` characters ahead of the first match (or at the start).
 * `cutStart`/`cutEnd` say whether text was left out (show …).
 */
export function snippet(text: string, ranges: readonly Range[], length = 60, before = 12): Snippet {
  const merged = mergeRanges(ranges)
  if (text.length <= length) return { segments: segments(text, merged), cutStart: false, cutEnd: false }
  const first = merged[0]
  let start = first ? Math.max(0, first.start - before) : 0
  if (first && first.end - start > length) start = first.start
  start = atCodePoint(text, Math.min(start, Math.max(0, text.length - length)))
  const end = atCodePoint(text, Math.min(text.length, start + length))
  const inside = merged
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }))
  return { segments: segments(text.slice(start, end), inside), cutStart: start > 0, cutEnd: end < text.length }
}

// ------------------------------------------------------------------------------------------
// Index and search

/**
 * norms: the folded fields, then the folded labels; ranks: each one's rank (labels rank as
 * body); keywords: folded, each with its rank.
 */
type IndexedEntry = { entry: SearchEntry; norms: string[]; ranks: Array<0 | 1>; keywords: Array<{ norm: string; rank: 0 | 1 }>; order: number }

export type SearchIndex = { entries: IndexedEntry[] }

/** Folds every field once. Build it once per content bundle, not per keystroke. */
export function buildIndex(entries: readonly SearchEntry[]): SearchIndex {
  return {
    entries: entries.map((entry, order) => {
      const labels = entry.labels ?? []
      return {
        entry,
        norms: [...entry.fields.map((f) => normalize(f.text)), ...labels.map(normalize)],
        ranks: [...entry.fields.map((f) => f.rank), ...labels.map((): 0 | 1 => 1)],
        keywords: (entry.keywords ?? []).map((k) => ({ norm: normalize(k.word), rank: k.rank })).filter((k) => k.norm !== ''),
        order
      }
    })
  }
}

export type SearchHit = {
  entry: SearchEntry
  /** The field that matched best (index into entry.fields). */
  field: number
  /** 0: the phrase matched; 1: only all the terms did. */
  tier: 0 | 1
  /** Rank of the best field (0 title, 1 body). */
  rank: 0 | 1
  /** Position of the match in the folded best field. */
  position: number
}

export type SearchGroup = { kind: SearchKind; hits: SearchHit[] }

export type SearchResult = {
  /** The folded query ('' when there is nothing to search for). */
  phrase: string
  groups: SearchGroup[]
  total: number
}

type Best = { field: number; rank: 0 | 1; position: number; length: number }

function better(a: Best | null, b: Best): boolean {
  if (!a) return true
  if (b.rank !== a.rank) return b.rank < a.rank
  if (b.position !== a.position) return b.position < a.position
  return b.length < a.length
}

function phraseMatch(e: IndexedEntry, phrase: string): Best | null {
  let best: Best | null = null
  for (let i = 0; i < e.norms.length; i++) {
    const p = e.norms[i].indexOf(phrase)
    if (p < 0) continue
    // A label's match shows the entry's title (field 0).
    const field = i < e.entry.fields.length ? i : 0
    const candidate = { field, rank: e.ranks[i], position: p, length: e.norms[i].length }
    if (better(best, candidate)) best = candidate
  }
  // A keyword the query holds: shown as the entry's title, placed first within its rank.
  for (const k of e.keywords) {
    if (!phrase.includes(k.norm)) continue
    const candidate = { field: 0, rank: k.rank, position: 0, length: k.norm.length }
    if (better(best, candidate)) best = candidate
  }
  return best
}

function termsMatch(e: IndexedEntry, terms: string[]): Best | null {
  for (const t of terms) {
    if (!e.norms.some((n) => n.includes(t))) return null
  }
  // Placed by its first term, like a phrase.
  return phraseMatch(e, terms[0])
}

/**
 * Entries matching `query`, grouped by kind (KIND_ORDER; empty groups left out), each group
 * ranked (entries marked `last` after the others): phrase matches before term matches, title before body, earlier position first,
 * shorter field first, then the order the entries were indexed in.
 */
export function search(index: SearchIndex, query: string): SearchResult {
  const phrase = normalize(query)
  if (!phrase) return { phrase: '', groups: [], total: 0 }
  const terms = queryTerms(query)
  const byKind = new Map<SearchKind, Array<SearchHit & { order: number; length: number; last: number }>>()
  for (const e of index.entries) {
    let tier: 0 | 1 = 0
    let best = phraseMatch(e, phrase)
    if (!best && terms.length > 1) {
      best = termsMatch(e, terms)
      tier = 1
    }
    if (!best) continue
    const hit = { entry: e.entry, field: best.field, tier, rank: best.rank, position: best.position, order: e.order, length: best.length, last: e.entry.last ? 1 : 0 }
    const list = byKind.get(e.entry.kind)
    if (list) list.push(hit)
    else byKind.set(e.entry.kind, [hit])
  }
  const groups: SearchGroup[] = []
  let total = 0
  for (const kind of KIND_ORDER) {
    const list = byKind.get(kind)
    if (!list) continue
    list.sort((a, b) => a.last - b.last || a.tier - b.tier || a.rank - b.rank || a.position - b.position || a.length - b.length || a.order - b.order)
    groups.push({ kind, hits: list.map(({ entry, field, tier, rank, position }) => ({ entry, field, tier, rank, position })) })
    total += list.length
  }
  return { phrase, groups, total }
}
