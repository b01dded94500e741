/**
 * @jest-environment node
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { validateEdition } from './validate'
import { formatProblem } from './problem'
import { textProblem } from './typography'
import * as fidelity from './fidelity'
import { DEFAULT_BUNDLE, editionFiles, loadBundleFile } from '../content-guard'

// The same strict reader as content:check and the build.
const shipped = loadBundleFile(DEFAULT_BUNDLE)

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

describe('a year whose notice has other counts than 2021', () => {
  // Its notice has those counts too (the edition is held to its own notice: fidelity.ts):
  // 2021's text without （五） of 二, （三） of 三, 十九、 of 附件1 and slogan 16, with a third attachment.
  const notice2021 = readFileSync(resolve(__dirname, '../../src/content/source/notice-2021-hainan-quality-month.txt'), 'utf8')
  const fewer = notice2021.split('\n')
    .filter((l) => !/^(（五）大力开展|（三）宣传造势|十九、|16\. )/.test(l))
    .map((l) => (l === '2.2021年“质量月”活动口号' ? `${l}\n\n3.2021年“质量月”活动口号` : l))
    .join('\n')
  beforeEach(() => {
    const real = jest.requireActual<typeof fidelity>('./fidelity').fidelityProblems
    jest.spyOn(fidelity, 'fidelityProblems').mockImplementation((e, _notice, skip) => real(e, { name: 'notice-2021-fewer.txt', text: fewer }, skip))
  })
  afterEach(() => jest.restoreAllMocks())

  it('passes with 4 lines of work, 2 requirements, 18 organisers, 15 slogans and 3 attachments', () => {
    expect(fewer).not.toBe(notice2021)
    const b = clone()
    // The quiz bank points at 2021's paragraphs; a new year has its own (or none yet).
    delete b.quiz
    const droppedText = [b.sections.work.points.pop(), b.sections.requirements.points.pop()].map((p: Json) => `${p.title ?? ''}${p.text}`).join('')
    const gone = b.organisers.pop().id
    const lastSlogan = b.slogans.items.pop().id
    b.events = b.events
      .filter((e: Json) => e.organiserId !== gone && !e.description.some((d: string) => droppedText.includes(d)))
      .map((e: Json) => (e.sloganIds ? { ...e, sloganIds: e.sloganIds.filter((id: string) => id !== lastSlogan) } : e))
    b.attachments.push({ number: 3, title: b.attachments[1].title })
    expect(validateEdition(b).problems.map(formatProblem)).toEqual([])
  })
})

const MB = 1024 * 1024

/**
 * Each case breaks one thing; the validator must point at `path` and say `reason` (a pattern,
 * or the exact reason as a string).
 */
const cases: Array<[string, (b: Json) => unknown, string, (RegExp | string)?]> = [
  ['root is not an object', () => [], '(root)', /expected an object/],
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
  ['no lines of work', (b) => { b.sections.work.points = [] }, 'sections.work.points', /at least one line of work/],
  ['no requirements', (b) => { b.sections.requirements.points = [] }, 'sections.requirements.points', /at least one requirement/],
  ['requirement without a title', (b) => { delete b.sections.requirements.points[1].title }, 'sections.requirements.points[1].title'],
  ['no organisers', (b) => { b.organisers = [] }, 'organisers', /at least one organiser/],
  ['duplicate organiser id', (b) => { b.organisers[1].id = b.organisers[0].id }, 'organisers[1].id', /duplicate id/],
  ['organiser without activities', (b) => { b.organisers[0].activities = [] }, 'organisers[0].activities'],
  ['organiser id with spaces and capitals', (b) => { b.organisers[0].id = 'Market Regulation' }, 'organisers[0].id', /lowercase id/],
  ['no slogans', (b) => { b.slogans.items = [] }, 'slogans.items', /at least one slogan/],
  ['100 slogans (numbers go up to 99)', (b) => {
    const s0 = b.slogans.items[0]
    b.slogans.items = Array.from({ length: 100 }, (_, i) => ({ ...s0, id: `s${i + 1}`, number: i + 1 }))
  }, 'slogans.items', /at most 99 slogans/],
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
  ['one attachment missing', (b) => { b.attachments.pop() }, 'attachments', /at least the 2 attachments/],
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
    qs[1].answers[0].next = qs[0].id
  }, 'complaintGuide.questions[1].answers[0].next', /a cycle: who → want → who/],
  ['a question and an outcome sharing an id', (b) => { b.complaintGuide.outcomes[1].id = b.complaintGuide.questions[1].id }, 'complaintGuide.outcomes[1].id', /duplicate id .* one id space/],
  ['question with a single answer', (b) => { b.complaintGuide.questions[1].answers.pop() }, 'complaintGuide.questions[1].answers', /at least two answers/],
  ['a question whose answers all lead to the same place (it decides nothing)', (b) => {
    const qs = b.complaintGuide.questions
    qs[1].answers[1].next = qs[1].answers[0].next
  }, 'complaintGuide.questions[1].answers', /decides nothing/],
  ['five questions (too long for a guided choice)', (b) => {
    const qs = b.complaintGuide.questions
    for (const n of [1, 2, 3]) qs.push({ id: `extra-${n}`, text: '还有问题吗？', answers: [{ label: '是', next: 'to-12345-unsure' }, { label: '否', next: 'to-12345-unsure' }] })
  }, 'complaintGuide.questions', /at most 4 questions/],
  ['question no answer leads to', (b) => {
    b.complaintGuide.questions.push({ id: 'orphan', text: '没人问到的问题？', answers: [{ label: '是', next: 'to-12345-unsure' }, { label: '否', next: 'to-12345-unsure' }] })
  }, 'complaintGuide.questions[2]', /cannot be reached/],
  ['outcome no answer leads to', (b) => {
    const qs = b.complaintGuide.questions
    qs[1].answers[1].next = qs[1].answers[0].next
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
  ['after-submit text without a source', (b) => { delete b.complaintPrep.afterSubmit.source }, 'complaintPrep.afterSubmit.source', /missing required field/],
  ...hygieneCases()
]

/** Issue 14: characters, limits, numbers, id lists and keys that used to pass. */
function hygieneCases(): typeof cases {
  return [
    ['NUL in a title', (b) => { b.events[0].title = '质量\u0000开放日' }, 'events[0].title', 'contains a control character U+0000 NULL at character 3'],
    ['lone surrogate \\ud800 in a summary', (b) => { b.events[0].summary = '\ud800' + b.events[0].summary }, 'events[0].summary',
      'contains a lone surrogate U+D800 at character 1: half of a character: broken text or a bad \\u escape'],
    ['U+FFFD left by a wrong decoding', (b) => { b.organisers[2].name = b.organisers[2].name.slice(0, 2) + '\ufffd' }, 'organisers[2].name',
      'contains U+FFFD REPLACEMENT CHARACTER at character 3: text damaged by a wrong encoding'],
    ['zero-width space inside a slogan', (b) => { b.slogans.items[3].text = b.slogans.items[3].text.replace(' ', ' \u200b') }, 'slogans.items[3].text',
      /^contains an invisible zero-width character U\+200B ZERO WIDTH SPACE at character \d+$/],
    ['zero-width joiner and word joiner (counted)', (b) => { b.theme = `\u200d${b.theme}\u2060` }, 'theme',
      'contains an invisible zero-width character U+200D ZERO WIDTH JOINER at character 1 (and 1 more)'],
    ['byte-order mark inside a text', (b) => { b.document.title = '\ufeff' + b.document.title }, 'document.title', /U\+FEFF ZERO WIDTH NO-BREAK SPACE/],
    ['right-to-left override U+202E in a hotline', (b) => { b.channels[1].hotline = '\u202e54321' }, 'channels[1].hotline',
      'contains a bidi control U+202E RIGHT-TO-LEFT OVERRIDE at character 1: it changes the order in which text is displayed'],
    ['bidi isolate U+2066 in an id', (b) => { b.categories[0].id = `${b.categories[0].id}\u2066` }, 'categories[0].id', /bidi control U\+2066 LEFT-TO-RIGHT ISOLATE/],
    ['left-to-right mark U+200E in a url', (b) => { b.channels[0].web = `\u200e${b.channels[0].web}` }, 'channels[0].web', /bidi control U\+200E LEFT-TO-RIGHT MARK/],
    ['invisible tag characters (hidden text)', (b) => { b.events[1].summary += '\u{E0049}\u{E0047}' }, 'events[1].summary', /invisible format character U\+E0049 at character \d+ \(and 1 more\)/],
    ['soft hyphen', (b) => { b.events[1].title = b.events[1].title.slice(0, 1) + '\u00ad' + b.events[1].title.slice(1) }, 'events[1].title', /invisible format character U\+00AD SOFT HYPHEN at character 2/],
    ['ANSI escape in a value', (b) => { b.events[0].title = '\u001b[31m红色\u001b[0m' }, 'events[0].title', 'contains a control character U+001B ESCAPE at character 1 (and 1 more)'],
    ['C1 control (CSI)', (b) => { b.events[0].title = '\u009b2J' }, 'events[0].title', /control character U\+009B CONTROL SEQUENCE INTRODUCER/],
    ['tab in a text', (b) => { b.contact.printed[0] = b.contact.printed[0].replace('：', '：\t') }, 'contact.printed[0]', /control character U\+0009 TAB/],
    ['line separator U+2028 in a text', (b) => { b.sections.closing[0] += '\u2028' }, 'sections.closing[0]', /a line break \(U\+2028 LINE SEPARATOR\) at character \d+: this field is one line/],
    ['carriage return in a text', (b) => { b.sections.closing[1] = b.sections.closing[1].replace('。', '。\r') }, 'sections.closing[1]', /a line break \(U\+000D CARRIAGE RETURN\)/],
    ['noncharacter U+FFFF', (b) => { b.events[2].summary += '\uffff' }, 'events[2].summary', /a noncharacter U\+FFFF/],
    ['a key with a newline (forging an ok line)', (b) => { b.document['x\nsrc/content/editions/2021.json: ok'] = '附' },
      'document["x\\nsrc/content/editions/2021.json: ok"]', 'key contains a line break (U+000A LINE FEED) at character 2'],
    ['a key with an ANSI escape', (b) => { b.document['\u001b[2J'] = '附' }, 'document["\\u001B[2J"]', 'key contains a control character U+001B ESCAPE at character 1'],
    ['a key with a zero-width space (looks like a known field)', (b) => { b.document['title\u200b'] = '附' }, 'document["title\\u200B"]', /key contains an invisible zero-width character U\+200B/],
    ['a 20 MB key', (b) => { b.document['k'.repeat(20 * MB)] = '附' }, `document["${'k'.repeat(60)}"…(${20 * MB} chars)]`, `key too long: ${20 * MB} characters (at most 64)`],
    ['a 20 MB value', (b) => { b.channels[0].hotline = '1'.repeat(20 * MB) }, 'channels[0].hotline', `too long: ${20 * MB} characters (at most 16 here)`],
    ['a 52 MB summary', (b) => { b.events[0].summary = '质'.repeat(52 * MB) }, 'events[0].summary', `too long: ${52 * MB} characters (at most 60 here)`],
    ['a summary one character over its limit', (b) => { b.events[0].summary = '质'.repeat(61) }, 'events[0].summary', 'too long: 61 characters (at most 60 here)'],
    ['a slogan pasted into a slogan with a paragraph', (b) => { b.slogans.items[0].text = b.sections.work.points[0].text }, 'slogans.items[0].text', /^too long: \d+ characters \(at most 40 here\)$/],
    ['a preamble over 2000 characters', (b) => { b.document.preamble = b.document.preamble.repeat(11) }, 'document.preamble', /^too long: \d{4} characters \(at most 2000 here\)$/],
    ['attachment number Infinity (1e999)', (b) => { b.attachments[0].number = 1e999 }, 'attachments[0].number', 'expected a whole number from 1 to 99, got Infinity'],
    ['attachment number -1.5', (b) => { b.attachments[1].number = -1.5 }, 'attachments[1].number', 'expected a whole number from 1 to 99, got -1.5'],
    ['attachment number 0', (b) => { b.attachments[0].number = 0 }, 'attachments[0].number', 'expected a whole number from 1 to 99, got 0'],
    ['attachment number 1.5', (b) => { b.attachments[0].number = 1.5 }, 'attachments[0].number', 'expected a whole number from 1 to 99, got 1.5'],
    ['attachment number NaN', (b) => { b.attachments[0].number = NaN }, 'attachments[0].number', 'expected a whole number from 1 to 99, got NaN'],
    ['attachment number 100', (b) => { b.attachments[0].number = 100 }, 'attachments[0].number', 'expected a whole number from 1 to 99, got 100'],
    ['attachment number as text', (b) => { b.attachments[0].number = '1' }, 'attachments[0].number', 'expected a whole number from 1 to 99, got "1"'],
    ['attachments out of order', (b) => { b.attachments[1].number = 1 }, 'attachments[1].number', 'expected 2 (attachments are numbered in order), got 1'],
    ['slogan number -Infinity', (b) => { b.slogans.items[4].number = -Infinity }, 'slogans.items[4].number', 'expected a whole number from 1 to 99, got -Infinity'],
    ['a non-finite number anywhere (unknown field too)', (b) => { b.campaign.weight = Infinity }, 'campaign.weight', 'not a finite number: Infinity'],
    ['duplicate sloganIds', (b) => { b.events[0].sloganIds = ['s1', 's2', 's1'] }, 'events[0].sloganIds[2]', 'duplicate id "s1" (also events[0].sloganIds[0])'],
    ['an id list holding a huge id', (b) => { b.events[0].sloganIds = ['s'.repeat(65)] }, 'events[0].sloganIds[0]', 'too long: 65 characters (at most 64 here)'],
    ['a __proto__ key', (b) => { Object.defineProperty(b.document, '__proto__', { value: {}, enumerable: true }) }, 'document.__proto__', /unknown field/],
    ['nested deeper than the limit', (b) => {
      let deep: Json = '深'
      for (let i = 0; i < 20; i++) deep = [deep]
      b.document.extra = deep
    }, 'document.extra[0][0][0][0][0][0][0][0][0][0][0][0][0][0]', 'nested deeper than 16 levels'],
    ['a value full of unprintable characters is shown escaped', (b) => { b.channels[0].web = '\u001b[2J\nwww.12315.cn: ok\u202e' }, 'channels[0].web',
      'expected an https:// URL, got "\\u001B[2J\\nwww.12315.cn: ok\\u202E"'],
    ['a huge value is shown shortened', (b) => { b.channels[0].web = `http://${'w'.repeat(1990)}` }, 'channels[0].web',
      `expected an https:// URL, got "http://${'w'.repeat(53)}"…(1997 chars)`]
  ]
}

describe('malformed bundles are rejected with the exact path', () => {
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
    const hits = result.problems.filter((p) => p.path === path)
    if (!hits.length) throw new Error(`expected a problem at ${path}, got:\n${lines.join('\n')}`)
    if (typeof reason === 'string') expect(lines).toContain(`${path}: ${reason}`)
    else if (reason) expect(hits[0].reason).toMatch(reason)
    // Whatever the bundle holds, each problem prints as one short line with nothing unprintable.
    for (const line of lines) {
      expect(line.length).toBeLessThan(600)
      expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFD]/u)
    }
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
  const run = (...files: string[]) => spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), resolve(__dirname, '../../scripts/content-check.ts'), ...files],
    { encoding: 'utf8' }
  )
  let dir = ''
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'bundle-')) })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const write = (name: string, content: string | Json) => {
    const file = join(dir, name)
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
    return file
  }

  it('accepts every shipped edition, one ok line each', () => {
    const r = run()
    expect(r.stderr).toBe('')
    // Every edition, whichever is newest (a new year's file adds a line).
    const lines = editionFiles().map((f) => `${relative(process.cwd(), f)}: ok`)
    expect(lines).toContain('src/content/editions/2021.json: ok')
    expect(r.stdout).toBe(`${lines.join('\n')}\n`)
    expect(r.status).toBe(0)
  })

  it('prints every problem as path: reason and exits 1', () => {
    const b = clone()
    const i = indexOfEvent(b, withDate('day'))
    b.events[i].dates[0].date = '2021-9-15'
    b.organisers[3].id = 'Bad Id'
    const r = run(write('bad.json', b))
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`events[${i}].dates[0].date: expected YYYY-MM-DD, got "2021-9-15"`)
    expect(r.stderr).toContain('organisers[3].id: expected a lowercase id')
    expect(r.stderr).toMatch(/2 problem\(s\)/)
  })

  it('reports rule problems (here a dangling reference) the same way', () => {
    const b = clone()
    b.events[2].organiserId = 'nobody'
    const r = run(write('dangling.json', b))
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('events[2].organiserId: no organiser with id "nobody"')
  })

  it('rejects an edition file named after another year than its campaign', () => {
    const r = run(write('2022.json', clone()))
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('campaign.month: the file 2022.json is the edition of 2022, but its campaign is in 2021: name the file after the campaign\'s year')
  })

  it('reports a file that is not JSON, with where', () => {
    const r = run(write('broken.json', '{ "schemaVersion": 1,'))
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('(file): not valid JSON: expected a key in double quotes, found the end of the file at line 1, column 22')
  })

  it('rejects a duplicate key that JSON.parse would let through (the last one winning)', () => {
    const text = JSON.stringify(shipped, null, 2).replace('"hotline": "12315"', '"hotline": "12315", "hotline": "96315"')
    const r = run(write('duplicate.json', text))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^channels\[0\]\.hotline: duplicate key \(first at line \d+, column \d+, again at line \d+, column \d+; JSON\.parse would silently keep the last\)$/m)
  })

  it('prints one honest line per problem: no forged ok line, no ANSI escape, no bidi control, no huge line', () => {
    const b = clone()
    b.document['x\n' + 'src/content/editions/2021.json: ok'] = '附'
    b.document['\u001b[2J\u001b[H'] = '附'
    b.events[0].title = '\u001b[31m红色\u001b[0m'
    b.channels[1].name = '\u202e54321'
    b.channels[0].hotline = '1'.repeat(900_000) // under the file limit, far over the field's
    const forged = write('forged.json', b)
    // A file name can hold a line break and escapes too.
    const named = write('x\n2021.json: ok\u001b[31m.json', clone())
    const r = run(forged, named)
    expect(r.status).toBe(1)
    const out = r.stdout + r.stderr
    expect(out).not.toMatch(/[\u001b\u009b\u202a-\u202e\u2066-\u2069]/)
    const lines = out.split('\n')
    // The only ok line is the valid file's, its name escaped.
    const okLines = lines.filter((l) => l.endsWith(': ok'))
    expect(okLines).toHaveLength(1)
    expect(okLines[0]).toMatch(/x\\n2021\.json: ok\\u001B\[31m\.json: ok$/)
    for (const l of lines) expect(l.length).toBeLessThan(600)
    expect(lines).toContain('document["x\\nsrc/content/editions/2021.json: ok"]: key contains a line break (U+000A LINE FEED) at character 2')
    expect(lines).toContain('document["\\u001B[2J\\u001B[H"]: key contains a control character U+001B ESCAPE at character 1 (and 1 more)')
    expect(lines).toContain('channels[0].hotline: too long: 900000 characters (at most 16 here)')
    expect(lines).toContain(`channels[0].hotline: expected a hotline like 12315 or 0898-12345678, got "${'1'.repeat(60)}"…(900000 chars)`)
    // Every line on stderr is a problem, then a blank line and the count of exactly those lines.
    const err = r.stderr.split('\n')
    expect(err.slice(-3, -1)[0]).toBe('')
    expect(err[err.length - 2]).toMatch(new RegExp(`forged\\.json: ${err.length - 3} problem\\(s\\)$`))
  })
})
