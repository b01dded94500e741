/**
 * The limits table stays complete: every string field of the schema has its own length
 * limit, and every entry of the table is used by some field.
 */
import { Edition } from './schema'
import { allowsLineBreaks, DEFAULT_MAX_CHARS, LENGTH_LIMITS, lengthLimit, matchingPattern } from './limits'

type Node = { type: string; entries?: Record<string, Node>; item?: Node; options?: Node[]; wrapped?: Node; literal?: unknown; options_?: unknown }

/** Paths (array indexes as 0) of every string-valued field of a valibot schema. */
function stringPaths(node: Node, keys: (string | number)[] = []): (string | number)[][] {
  switch (node.type) {
    case 'strict_object':
    case 'object':
      return Object.entries(node.entries ?? {}).flatMap(([k, child]) => stringPaths(child, [...keys, k]))
    case 'array':
      return stringPaths(node.item as Node, [...keys, 0])
    case 'variant':
    case 'union':
      return (node.options as Node[]).flatMap((o) => stringPaths(o, keys))
    case 'optional':
      return stringPaths(node.wrapped as Node, keys)
    case 'string':
    case 'picklist':
      return [keys]
    case 'literal':
      return typeof node.literal === 'string' ? [keys] : []
    case 'number':
      return []
    default:
      throw new Error(`limits.test: unknown schema node ${node.type} at ${keys.join('.')}`)
  }
}

const paths = stringPaths(Edition as unknown as Node)
const show = (keys: (string | number)[]) => keys.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join('').replace(/^\./, '').replace(/\.\[/g, '[')

describe('length limits', () => {
  it('finds the schema\'s string fields', () => {
    expect(paths.length).toBeGreaterThan(80)
    expect(paths.map(show)).toEqual(expect.arrayContaining(['events[].summary', 'events[].sloganIds[]', 'complaintGuide.questions[].hint']))
  })

  it('every string field of the schema has its own entry (none falls back to the default)', () => {
    const missing = paths.filter((k) => lengthLimit(k).pattern === null).map(show)
    expect(missing).toEqual([])
  })

  it('every entry of the table is used by a field of the schema', () => {
    const used = new Set(paths.map((k) => lengthLimit(k).pattern))
    expect(Object.keys(LENGTH_LIMITS).filter((p) => !used.has(p))).toEqual([])
  })

  it('the most specific pattern wins', () => {
    expect(lengthLimit(['slogans', 'items', 3, 'text'])).toEqual({ max: 40, pattern: 'slogans.items[].text' })
    expect(lengthLimit(['sections', 'work', 'points', 0, 'text'])).toEqual({ max: 2000, pattern: 'points[].text' })
    expect(lengthLimit(['complaintGuide', 'start'])).toEqual({ max: 64, pattern: 'complaintGuide.start' })
    expect(lengthLimit(['events', 0, 'dates', 1, 'start'])).toEqual({ max: 10, pattern: 'start' })
    expect(lengthLimit(['events', 0, 'dates', 1, 'source', 'title'])).toEqual({ max: 200, pattern: 'source.title' })
    expect(lengthLimit(['document', 'subtitle'])).toEqual({ max: DEFAULT_MAX_CHARS, pattern: null })
    // A pattern matches whole keys only.
    expect(matchingPattern(['events', 0, 'subtitle'], ['title'])).toBeNull()
  })
})

describe('line breaks', () => {
  // What a field that allowed them would accept is hygiene.test.ts's; that every text of a
  // bundle is reported for one, raw-checks.test.ts's.
  it('no field of the schema allows them (paragraphs are separate items)', () => {
    expect(paths.filter(allowsLineBreaks).map(show)).toEqual([])
  })
})
