import type { Edition, Source } from '@/content'
import { edition } from '@/content/newest'
import { eventCounts, lookupOrganiser, publicSources } from './model'

const clone = (): Edition => JSON.parse(JSON.stringify(edition))

describe('lookupOrganiser', () => {
  it('finds an organiser with its events', () => {
    const r = lookupOrganiser(edition, 'amr')
    if (!r.found) throw new Error('amr not found')
    expect(r.organiser.name).toBe('省市场监管局')
    expect(r.organiser.activities).toHaveLength(13)
    expect(r.events.map((e) => e.id)).toContain('elevator-week')
    expect(r.events.every((e) => e.organiserId === 'amr')).toBe(true)
  })

  it('finds an organiser without events, with an empty list', () => {
    const r = lookupOrganiser(edition, 'police')
    expect(r.found && r.events).toEqual([])
  })

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['  ', 'missing'],
    ['nowhere', 'unknown'],
    ['AMR', 'malformed'],
    ['<script>', 'malformed']
  ])('%p is not an organiser (%s)', (id, reason) => {
    expect(lookupOrganiser(edition, id)).toMatchObject({ found: false, reason })
  })

  it('trims a padded id', () => {
    expect(lookupOrganiser(edition, ' amr ').found).toBe(true)
  })

  it('eventCounts counts each organiser’s events, zero included', () => {
    const counts = eventCounts(edition)
    expect(Object.keys(counts)).toHaveLength(19)
    expect(counts.amr).toBe(edition.events.filter((e) => e.organiserId === 'amr').length)
    expect(counts.police).toBe(0)
  })
})

describe('publicSources', () => {
  /** Every `source`/`sources` object of kind public anywhere in the bundle, found by walking it. */
  function walkPublic(value: unknown, out: Source[] = []): Source[] {
    if (Array.isArray(value)) value.forEach((v) => walkPublic(v, out))
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (o.kind === 'public' && typeof o.publisher === 'string') out.push(o as Source)
      Object.values(o).forEach((v) => walkPublic(v, out))
    }
    return out
  }

  it('gathers every public source of the bundle, one row per publisher + title + url', () => {
    const rows = publicSources(edition)
    const all = walkPublic(edition).filter((s): s is Extract<Source, { kind: 'public' }> => s.kind === 'public')
    const distinct = new Set(all.map((s) => `${s.publisher}|${s.title}|${s.url ?? ''}`))
    const inline = rows.filter((r) => !r.id)
    expect(inline).toHaveLength(distinct.size)
    expect(rows.reduce((n, r) => n + r.uses.length, 0)).toBeGreaterThan(0)
    expect(inline.map((r) => `${r.publisher}|${r.title}|${r.url ?? ''}`).sort()).toEqual([...distinct].sort())
    // …and the entries the quiz quotes by id, each with its words.
    expect(rows.filter((r) => r.id).map((r) => [r.id, r.excerpts])).toEqual(edition.sources.map((s) => [s.id, s.excerpts]))
  })

  it('says what each source is used for, with its confidence, and keeps the url when there is one', () => {
    const rows = publicSources(edition)
    const openDay = rows.find((r) => r.publisher === '仪器信息网')!
    expect(openDay.url).toBe('https://www.instrument.com.cn/news/20210907/590893.shtml')
    expect(openDay.uses).toEqual([{ fact: '活动日期：检验检测机构开放日', confidence: 'high' }])
    const samr = rows.find((r) => r.title.startsWith('关于开展全国“有机产品认证宣传周”'))!
    expect(samr.url).toBeUndefined()
    expect(samr.uses.map((u) => u.confidence)).toEqual(['medium', 'medium']) // one source, one confidence (issue 24)
    expect(rows.find((r) => r.publisher === '国务院办公厅')!.uses[0].fact).toBe('投诉渠道：12345 政务服务便民热线')
  })

  it('lists the 12315 mini-program link with its third-party source and medium confidence', () => {
    const row = publicSources(edition).find((r) => r.publisher.includes('trcrsired/pwa-store'))!
    expect(row.title).toContain('docs/store/categories.js')
    expect(row.title).toContain('复制链接')
    expect(row.uses).toEqual([{ fact: '“12315”小程序的链接：#小程序://12315/bTgvVMQdjPhAHjr', confidence: 'medium' }])
  })

  it('includes a public source of the campaign dates, when the bundle has one', () => {
    const e = clone()
    e.campaign.source = { kind: 'public', publisher: '某报', title: '某报道', confidence: 'high' }
    expect(publicSources(e)[0]).toEqual({ publisher: '某报', title: '某报道', uses: [{ fact: '活动时间：2021年海南省“质量月”活动', confidence: 'high' }] })
  })

  it('is empty when every fact comes from the notice', () => {
    const e = clone()
    for (const ev of e.events) for (const d of ev.dates) d.source = { kind: 'notice', quote: '质量月' }
    for (const c of e.channels) {
      c.sources = [{ kind: 'notice', quote: '质量月' }]
      if (c.miniProgram) delete c.miniProgram.linkSource
    }
    e.sources = []
    expect(publicSources(e)).toEqual([])
  })
})
