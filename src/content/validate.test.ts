import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { validateEdition, formatProblem, textProblem } from './validate'

const BUNDLE = resolve(__dirname, 'editions/2021.json')
const shipped = JSON.parse(readFileSync(BUNDLE, 'utf8'))

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const clone = (): Json => JSON.parse(JSON.stringify(shipped))
const indexOfEvent = (b: Json, pred: (e: Json) => boolean): number => {
  const i = b.events.findIndex(pred)
  if (i < 0) throw new Error('fixture: no such event in the bundle')
  return i
}
const withDate = (precision: string) => (e: Json) => e.dates[0].precision === precision

describe('the shipped 2021 bundle', () => {
  it('passes the schema and every rule', () => {
    const result = validateEdition(shipped)
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(result.ok).toBe(true)
  })
})

/** Each case breaks one thing; the validator must point at `path` (and say `reason`). */
const cases: Array<[string, (b: Json) => unknown, string, RegExp?]> = [
  ['root is not an object', () => [], '(root)', /expected a JSON object/],
  ['wrong schema version', (b) => { b.schemaVersion = 2 }, 'schemaVersion'],
  ['malformed bundle version', (b) => { b.bundleVersion = 'v1' }, 'bundleVersion'],
  ['missing document number', (b) => { delete b.document.number }, 'document.number', /missing required field/],
  ['date written without zero padding', (b) => { b.document.date = '2021-9-6' }, 'document.date', /expected YYYY-MM-DD, got "2021-9-6"/],
  ['date that does not exist', (b) => { b.document.date = '2021-02-30' }, 'document.date', /not a calendar date/],
  ['empty title', (b) => { b.document.title = '' }, 'document.title', /must not be empty/],
  ['title of the wrong type', (b) => { b.document.title = 123 }, 'document.title', /expected a string/],
  ['unknown field in document', (b) => { b.document.subtitle = '附' }, 'document.subtitle', /unknown field/],
  ['unknown top-level field', (b) => { b.extra = true }, 'extra', /unknown field/],
  ['campaign month 13', (b) => { b.campaign.month = '2021-13' }, 'campaign.month'],
  ['campaign ends outside its month', (b) => { b.campaign.end = '2021-10-31' }, 'campaign.end', /outside campaign.month/],
  ['campaign ends before it starts', (b) => { b.campaign.start = '2021-09-20'; b.campaign.end = '2021-09-10' }, 'campaign.end', /before it starts/],
  ['line break left in the theme', (b) => { b.theme = '开展质量提升行动\n推动自贸港高质量发展' }, 'theme', /line break/],
  ['page-break space inside a sentence', (b) => { b.document.preamble = b.document.preamble.replace('于9月组织开展', '于9月组 织开展') }, 'document.preamble', /space inside Chinese/],
  ['half-width comma where the notice has full-width', (b) => { b.sections.work.points[0].text = b.sections.work.points[0].text.replace('，', ',') }, 'sections.work.points[0].text', /half-width/],
  ['half-width colon in the printed contact', (b) => { b.contact.printed[0] = b.contact.printed[0].replace('：', ':') }, 'contact.printed[0]', /half-width/],
  ['only four lines of work', (b) => { b.sections.work.points.pop() }, 'sections.work.points', /5 lines of work/],
  ['requirement without a title', (b) => { delete b.sections.requirements.points[1].title }, 'sections.requirements.points[1].title'],
  ['only 18 organisers', (b) => { b.organisers.pop() }, 'organisers', /19 organisers/],
  ['duplicate organiser id', (b) => { b.organisers[1].id = b.organisers[0].id }, 'organisers[1].id', /duplicate id/],
  ['organiser without activities', (b) => { b.organisers[0].activities = [] }, 'organisers[0].activities'],
  ['organiser id with spaces and capitals', (b) => { b.organisers[0].id = 'Market Regulation' }, 'organisers[0].id', /lowercase id/],
  ['only 15 slogans', (b) => { b.slogans.items.pop() }, 'slogans.items', /16 slogans/],
  ['slogans out of order', (b) => { b.slogans.items[2].number = 9 }, 'slogans.items[2].number'],
  ['double space in a slogan', (b) => { b.slogans.items[1].text = b.slogans.items[1].text.replace(' ', '  ') }, 'slogans.items[1].text', /one plain space/],
  ['duplicate slogan id', (b) => { b.slogans.items[1].id = b.slogans.items[0].id }, 'slogans.items[1].id', /duplicate id/],
  ['hotline with a dash', (b) => { b.channels[0].hotline = '12-315' }, 'channels[0].hotline'],
  ['insecure website', (b) => { b.channels[0].web = 'http://www.12315.cn' }, 'channels[0].web', /https/],
  ['malformed mini-program appId', (b) => { b.channels[0].miniProgram.appId = 'abc' }, 'channels[0].miniProgram.appId'],
  ['channel without sources', (b) => { b.channels[0].sources = [] }, 'channels[0].sources'],
  ['event with an unknown organiser', (b) => { b.events[0].organiserId = 'nobody' }, 'events[0].organiserId', /no organiser/],
  ['event with an unknown category', (b) => { b.events[1].categoryId = 'sports' }, 'events[1].categoryId', /no category/],
  ['duplicate event id', (b) => { b.events[2].id = b.events[0].id }, 'events[2].id', /duplicate id/],
  ['event linking a slogan that does not exist', (b) => { b.events[0].sloganIds = ['s99'] }, 'events[0].sloganIds[0]', /no slogan/],
  ['event without dates', (b) => { b.events[0].dates = [] }, 'events[0].dates', /at least one date/],
  ['unknown date precision', (b) => { b.events[0].dates[0].precision = 'week' }, 'events[0].dates[0].precision'],
  ['event day written without padding', (b) => {
    const i = indexOfEvent(b, withDate('day'))
    b.events[i].dates[0].date = '2021-9-15'
    return i
  }, 'events[#].dates[0].date', /expected YYYY-MM-DD, got "2021-9-15"/],
  ['event range that ends before it starts', (b) => {
    const i = indexOfEvent(b, withDate('range'))
    b.events[i].dates[0].start = '2021-09-20'
    b.events[i].dates[0].end = '2021-09-18'
    return i
  }, 'events[#].dates[0].end', /before it starts/],
  ['event day far from the campaign', (b) => {
    const i = indexOfEvent(b, withDate('day'))
    b.events[i].dates[0].date = '2021-12-01'
    return i
  }, 'events[#].dates[0].date', /outside/],
  ['event month far from the campaign', (b) => {
    const i = indexOfEvent(b, withDate('month'))
    b.events[i].dates[0].month = '2022-09'
    return i
  }, 'events[#].dates[0].month', /outside/],
  ['a Hainan day backed only by a medium-confidence source', (b) => {
    const i = indexOfEvent(b, (e) => e.dates.some((d: Json) => d.source.kind === 'public'))
    const d = b.events[i].dates.find((x: Json) => x.source.kind === 'public')
    const j = b.events[i].dates.indexOf(d)
    d.scope = 'hainan'
    d.source.confidence = 'medium'
    return `events[${i}].dates[${j}].source.confidence`
  }, '(returned by the case)', /certain or high-confidence/],
  ['notice quote that is not in the notice', (b) => { b.campaign.source.quote = '于10月组织开展' }, 'campaign.source.quote', /not found in the notice/],
  ['public source without a publisher', (b) => {
    const i = indexOfEvent(b, (e) => e.dates[0].source.kind === 'public')
    delete b.events[i].dates[0].source.publisher
    return i
  }, 'events[#].dates[0].source.publisher'],
  ['unknown confidence level', (b) => {
    const i = indexOfEvent(b, (e) => e.dates[0].source.kind === 'public')
    b.events[i].dates[0].source.confidence = 'low'
    return i
  }, 'events[#].dates[0].source.confidence'],
  ['event description not in the notice', (b) => { b.events[0].description = ['开展全省质量知识竞赛。'] }, 'events[0].description[0]', /not found in the notice/],
  ['event title with a trailing space', (b) => { b.events[0].title = `${b.events[0].title} ` }, 'events[0].title', /whitespace/],
  ['invalid contact e-mail', (b) => { b.contact.email = '13036088265163.com' }, 'contact.email'],
  ['contact phone without area code', (b) => { b.contact.phone = '65396470' }, 'contact.phone'],
  ['one attachment missing', (b) => { b.attachments.pop() }, 'attachments', /2 attachments/],
  ['mini-program short link without its source', (b) => { delete b.channels[0].miniProgram.linkSource }, 'channels[0].miniProgram.linkSource', /needs its source/],
  ['malformed mini-program short link', (b) => { b.channels[0].miniProgram.shortLink = 'https://example.com/12315' }, 'channels[0].miniProgram.shortLink', /#小程序/],
  // 我该找谁？ and what to prepare
  ['guide without a start', (b) => { delete b.complaintGuide.start }, 'complaintGuide.start', /missing required field/],
  ['guide starting at an unknown question', (b) => { b.complaintGuide.start = 'nowhere' }, 'complaintGuide.start', /no question with id "nowhere"/],
  ['guide starting at an outcome', (b) => { b.complaintGuide.start = b.complaintGuide.outcomes[0].id }, 'complaintGuide.start', /must start with a question/],
  ['answer leading nowhere', (b) => { b.complaintGuide.questions[0].answers[1].next = 'to-12346' }, 'complaintGuide.questions[0].answers[1].next', /no question or outcome with id "to-12346"/],
  ['answer leading back to its own question', (b) => { b.complaintGuide.questions[1].answers[0].next = b.complaintGuide.questions[1].id }, 'complaintGuide.questions[1].answers[0].next', /cycle/],
  ['answers forming a cycle between questions', (b) => {
    const qs = b.complaintGuide.questions
    qs[2].answers[0].next = qs[0].id
  }, 'complaintGuide.questions[2].answers[0].next', /a cycle: who → what → want → who/],
  ['a question and an outcome sharing an id', (b) => { b.complaintGuide.outcomes[1].id = b.complaintGuide.questions[2].id }, 'complaintGuide.outcomes[1].id', /duplicate id .* one id space/],
  ['question with a single answer', (b) => { b.complaintGuide.questions[2].answers.pop() }, 'complaintGuide.questions[2].answers', /at least two answers/],
  ['five questions (too long for a guided choice)', (b) => {
    const qs = b.complaintGuide.questions
    for (const n of [1, 2]) qs.push({ id: `extra-${n}`, text: '还有问题吗？', answers: [{ label: '是', next: 'to-12345-unsure' }, { label: '否', next: 'to-12345-unsure' }] })
  }, 'complaintGuide.questions', /at most 4 questions/],
  ['question no answer leads to', (b) => {
    b.complaintGuide.questions.push({ id: 'orphan', text: '没人问到的问题？', answers: [{ label: '是', next: 'to-12345-unsure' }, { label: '否', next: 'to-12345-unsure' }] })
  }, 'complaintGuide.questions[3]', /cannot be reached/],
  ['outcome no answer leads to', (b) => {
    const qs = b.complaintGuide.questions
    qs[2].answers[1].next = qs[2].answers[0].next
  }, 'complaintGuide.outcomes[1]', /cannot be reached/],
  ['outcome naming an unknown channel', (b) => { b.complaintGuide.outcomes[2].channelId = '12306' }, 'complaintGuide.outcomes[2].channelId', /no channel with id "12306"/],
  ['outcome with an unknown draft kind', (b) => { b.complaintGuide.outcomes[0].draftKind = 'refund' }, 'complaintGuide.outcomes[0].draftKind', /complaint" or "report/],
  ['outcome without a source', (b) => { delete b.complaintGuide.outcomes[3].source }, 'complaintGuide.outcomes[3].source', /missing required field/],
  ['outcome quoting words the notice does not have', (b) => { b.complaintGuide.outcomes[0].source = { kind: 'notice', quote: '12315受理一切投诉。' } }, 'complaintGuide.outcomes[0].source.quote', /not found in the notice/],
  ['half-width punctuation in an outcome reason', (b) => { b.complaintGuide.outcomes[0].reason = b.complaintGuide.outcomes[0].reason.replace('；', ';') }, 'complaintGuide.outcomes[0].reason', /half-width/],
  ['unknown field in a guide answer', (b) => { b.complaintGuide.questions[0].answers[0].url = 'https://example.com' }, 'complaintGuide.questions[0].answers[0].url', /unknown field/],
  ['duplicate answer in a question', (b) => { const a = b.complaintGuide.questions[1].answers; a[1].label = a[0].label }, 'complaintGuide.questions[1].answers[1].label', /duplicate answer/],
  ['only one complaint kind', (b) => { b.complaintPrep.kinds.pop() }, 'complaintPrep.kinds', /2 kinds/],
  ['the same kind twice', (b) => { b.complaintPrep.kinds[1].id = 'complaint' }, 'complaintPrep.kinds[1].id', /duplicate kind/],
  ['prepare item without detail', (b) => { delete b.complaintPrep.items[0].detail }, 'complaintPrep.items[0].detail', /missing required field/],
  ['duplicate prepare item', (b) => { b.complaintPrep.items[1].id = b.complaintPrep.items[0].id }, 'complaintPrep.items[1].id', /duplicate id/],
  ['after-submit text without a source', (b) => { delete b.complaintPrep.afterSubmit.source }, 'complaintPrep.afterSubmit.source', /missing required field/]
]

describe('malformed bundles are rejected with the exact path', () => {
  it('has at least 30 distinct cases', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBeGreaterThanOrEqual(30)
  })

  const rows = cases.map(([name, mutate, path, reason]) => ({ name, mutate, path, reason: reason ?? null }))
  it.each(rows)('$name', ({ mutate, path: expectedPath, reason }) => {
    const bundle = clone()
    const out = mutate(bundle)
    const input = Array.isArray(out) ? out : bundle
    let path = expectedPath
    if (typeof out === 'number') path = expectedPath.replace('#', String(out))
    if (typeof out === 'string') path = out
    const result = validateEdition(input)
    expect(result.ok).toBe(false)
    const lines = result.problems.map(formatProblem)
    const hit = result.problems.find((p) => p.path === path)
    if (!hit) throw new Error(`expected a problem at ${path}, got:\n${lines.join('\n')}`)
    if (reason) expect(hit.reason).toMatch(reason)
  })
})

describe('text hygiene', () => {
  it('allows the spaces printed inside quotation marks', () => {
    expect(textProblem('开展“金融知识普及月金融知识进万家 争做理性投资者 争做金融好网民”活动。', 'prose')).toBeNull()
  })
  it('allows the single space between the halves of a slogan', () => {
    expect(textProblem('坚持质量第一 建设质量强省', 'phrase')).toBeNull()
  })
  it('rejects a space between Chinese and digits left by the PDF', () => {
    expect(textProblem('加大 12315 平台', 'prose')).toMatch(/space/)
  })
})

describe('npm run content:check', () => {
  const run = (file?: string) => spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), resolve(__dirname, '../../scripts/content-check.ts'), ...(file ? [file] : [])],
    { encoding: 'utf8' }
  )

  it('accepts the shipped bundle', () => {
    const r = run()
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/ok/)
    expect(r.status).toBe(0)
  })

  it('prints every problem as path: reason and exits 1', () => {
    const b = clone()
    const i = indexOfEvent(b, withDate('day'))
    b.events[i].dates[0].date = '2021-9-15'
    b.organisers[3].id = 'Bad Id'
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'))
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify(b))
    const r = run(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`events[${i}].dates[0].date: expected YYYY-MM-DD, got "2021-9-15"`)
    expect(r.stderr).toContain('organisers[3].id: expected a lowercase id')
    expect(r.stderr).toMatch(/2 problem\(s\)/)
  })

  it('reports rule problems (here a dangling reference) the same way', () => {
    const b = clone()
    b.events[2].organiserId = 'nobody'
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'))
    const file = join(dir, 'dangling.json')
    writeFileSync(file, JSON.stringify(b))
    const r = run(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('events[2].organiserId: no organiser with id "nobody"')
  })

  it('reports a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'))
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{ "schemaVersion": 1,')
    const r = run(file)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/\(file\): not valid JSON/)
  })
})
