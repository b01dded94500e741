/**
 * @jest-environment node
 */
/**
 * Fidelity: the bundle's texts are the notice's words. The notice as published
 * (source/notice-2021-hainan-quality-month.txt) has page breaks inside sentences and
 * PDF spaces around digits; both sides are compared with whitespace removed, and the
 * slogans (whose inner spaces matter) line by line.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Edition } from '../../src/content/schema'
import { DEFAULT_BUNDLE, loadBundleFile } from '../content-guard'

const noticeRaw = readFileSync(resolve(__dirname, '../../src/content/source/notice-2021-hainan-quality-month.txt'), 'utf8')
// The same strict reader as content:check and the build.
const edition = loadBundleFile(DEFAULT_BUNDLE) as Edition
const squash = (s: string) => s.replace(/\s+/g, '')
const notice = squash(noticeRaw)

const inNotice = (label: string, text: string) => [label, text] as const

describe('every text of the bundle is in the notice', () => {
  const texts = [
    inNotice('document.heading', edition.document.heading),
    inNotice('document.number', edition.document.number),
    inNotice('document.title', edition.document.title),
    inNotice('document.dateText', edition.document.dateText),
    inNotice('document.disclosure', edition.document.disclosure),
    inNotice('document.addressees', edition.document.addressees),
    inNotice('document.preamble', edition.document.preamble),
    inNotice('campaign.name', edition.campaign.name),
    inNotice('campaign.partners', edition.campaign.partners),
    inNotice('theme', edition.theme),
    ...[edition.sections.theme, edition.sections.work, edition.sections.requirements].map((s, i) => inNotice(`section ${i} heading`, s.heading)),
    ...edition.sections.work.points.map((p, i) => inNotice(`work ${i}`, p.number + p.title + p.text)),
    ...edition.sections.requirements.points.map((p, i) => inNotice(`requirement ${i}`, p.number + p.title + p.text)),
    ...edition.sections.closing.map((p, i) => inNotice(`closing ${i}`, p)),
    ...edition.contact.printed.map((p, i) => inNotice(`contact ${i}`, p)),
    ...edition.attachments.map((a) => inNotice(`attachment ${a.number}`, a.title)),
    ...edition.organisers.map((o) => inNotice(`organiser ${o.id}`, `${o.number}、${o.name}。${o.activities.join('')}`)),
    ...edition.events.flatMap((e) => e.description.map((d, i) => inNotice(`event ${e.id} description ${i}`, d)))
  ]

  it.each(texts)('%s', (_label, text) => {
    expect(notice).toContain(squash(text))
  })

  it('every organiser activity is one whole sentence of 附件1', () => {
    for (const o of edition.organisers) {
      for (const a of o.activities) {
        expect(a).toMatch(/。$/)
        expect(notice).toContain(squash(a))
      }
    }
  })

  it('the contact matches its printed lines', () => {
    const printed = edition.contact.printed.join('')
    expect(printed).toContain(edition.contact.person)
    expect(printed).toContain(edition.contact.phone)
    expect(printed).toContain(edition.contact.email)
  })
})

describe('slogans are the 16 lines of 附件2, spaces included', () => {
  const lines = noticeRaw.split('\n').map((l) => l.trim())

  it.each(edition.slogans.items.map((s) => [s.number, s.text] as const))('slogan %i', (n, text) => {
    expect(lines).toContain(`${n}. ${text}`)
  })

  it('the theme line is printed exactly', () => {
    expect(lines).toContain(edition.slogans.theme)
    expect(edition.theme).toBe(edition.slogans.theme)
  })
})

describe('dates the notice does not give are sourced', () => {
  it('every event date is either quoted from the notice or names a public source', () => {
    for (const e of edition.events) {
      for (const d of e.dates) {
        if (d.source.kind === 'notice') expect(notice).toContain(squash(d.source.quote))
        else expect(d.source.publisher.length).toBeGreaterThan(0)
      }
    }
  })

  it('no Hainan event is pinned to a day the notice does not give', () => {
    for (const e of edition.events) {
      for (const d of e.dates) {
        if (d.scope === 'hainan') expect(d.precision).toBe('month')
      }
    }
  })
})

describe('event titles say what the event is, in the notice\'s words', () => {
  // A title like 质量月 (the campaign's own name) read as the whole campaign: 首页 says the
  // campaign is 进行中 while that event's page said 日期待定 (issue 11).
  const campaignWords = new Set(['质量月', edition.campaign.name, `“质量月”`])

  it.each(edition.events.map((e) => [e.id, e.title] as const))('%s: %s', (id, title) => {
    expect(campaignWords.has(title)).toBe(false)
    // Each quoted name in a title is quoted in the notice, e.g. “电梯安全宣传周”.
    for (const quoted of title.match(/“[^”]+”/g) ?? []) expect(notice).toContain(quoted)
    expect(edition.categories.map((c) => c.name)).not.toContain(title)
    void id
  })

  it('no category is named after the campaign itself', () => {
    for (const c of edition.categories) expect(campaignWords.has(c.name)).toBe(false)
  })

  it('the campaign-wide publicity event is titled from its sentence of 附件1', () => {
    const e = edition.events.find((x) => x.id === 'quality-month')!
    expect(e.title).toBe('“质量月”宣传活动（张挂宣传横幅）')
    expect(e.description.join('')).toContain('“质量月”宣传活动')
    expect(e.description.join('')).toContain('张挂宣传横幅')
  })
})
