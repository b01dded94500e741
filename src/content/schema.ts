/**
 * The content bundle's schema: the shape of one edition of the campaign.
 *
 * Shapes are checked here with valibot (strict objects: unknown fields are errors);
 * rules that span fields (unique ids, references, date order, text hygiene) live in
 * `scripts/content/validate.ts`. Types used by the app are inferred from this file, never written by hand.
 */
import * as v from 'valibot'
import { ISO_DATE_PATTERN, isRealDate } from '@/lib/civil-date'
import { ID_PATTERN } from './ids'
import { WholeNumber } from './limits'
import { show } from './printable'

const YEAR_MONTH = /^\d{4}-\d{2}$/

/** A civil date in China (UTC+8), written YYYY-MM-DD. */
export const IsoDate = v.pipe(
  v.string('expected YYYY-MM-DD'),
  v.regex(ISO_DATE_PATTERN, (i) => `expected YYYY-MM-DD, got ${show(i.input)}`),
  v.check(isRealDate, (i) => `not a calendar date: ${show(i.input)}`)
)

export const YearMonth = v.pipe(
  v.string('expected YYYY-MM'),
  v.regex(YEAR_MONTH, (i) => `expected YYYY-MM, got ${show(i.input)}`),
  v.check((s) => {
    const m = Number(s.slice(5))
    return m >= 1 && m <= 12
  }, (i) => `not a month: ${show(i.input)}`)
)

/** Any human-readable text: non-empty once trimmed. Text hygiene is checked in scripts/content/validate.ts. */
export const Text = v.pipe(
  v.string('expected a string'),
  v.check((s) => s.trim().length > 0, 'must not be empty')
)

export const Id = v.pipe(
  v.string('expected an id string'),
  v.regex(ID_PATTERN, (i) => `expected a lowercase id like "open-day", got ${show(i.input)}`)
)

const Url = v.pipe(
  v.string('expected a URL'),
  v.regex(/^https:\/\/[^\s]+$/, (i) => `expected an https:// URL, got ${show(i.input)}`)
)

/** How sure we are of a public source. */
const Confidence = v.picklist(['certain', 'high', 'medium-high', 'medium'], 'expected certain | high | medium-high | medium')

/** Where a fact comes from: the notice itself (with the exact words) or a named public source. */
export const Source = v.variant('kind', [
  v.strictObject({
    kind: v.literal('notice'),
    /** Exact words of the notice that state the fact; checked to occur in the bundle's notice text. */
    quote: Text
  }),
  v.strictObject({
    kind: v.literal('public'),
    /** Who published it, e.g. 新华社, 中国消费者报. */
    publisher: Text,
    /** What it is: the title of the page, report or document, or a plain description when the exact title is not known. */
    title: Text,
    url: v.optional(Url),
    confidence: Confidence
  })
], 'expected kind "notice" or "public"')

const DateCommon = {
  /** `hainan`: the arrangement in Hainan; `national`: a national date (shown as 全国). */
  scope: v.picklist(['hainan', 'national'], 'expected "hainan" or "national"'),
  source: Source,
  /** Shown beside the date, e.g. 全国启动 or 具体安排以主办单位通知为准. */
  note: v.optional(Text)
}

/** One dated statement about an event, with an explicit precision. */
export const EventDate = v.variant('precision', [
  v.strictObject({ precision: v.literal('day'), date: IsoDate, ...DateCommon }),
  v.strictObject({ precision: v.literal('range'), start: IsoDate, end: IsoDate, ...DateCommon }),
  v.strictObject({ precision: v.literal('month'), month: YearMonth, ...DateCommon })
], 'expected precision "day", "range" or "month"')

export const Event = v.strictObject({
  id: Id,
  title: Text,
  /** A short line for lists. */
  summary: Text,
  organiserId: Id,
  categoryId: Id,
  /** Sentences of the notice that describe it (each must occur in the notice). */
  description: v.pipe(v.array(Text, 'expected a list of sentences'), v.minLength(1, 'needs at least one sentence')),
  /** Known dates, most precise first. A date the notice does not give has a public source. */
  dates: v.pipe(v.array(EventDate, 'expected a list of dates'), v.minLength(1, 'needs at least one date')),
  sloganIds: v.optional(v.array(Id))
})

export const Category = v.strictObject({ id: Id, name: Text })

export const Organiser = v.strictObject({
  id: Id,
  /** Its number in 附件1, e.g. 一 */
  number: Text,
  name: Text,
  /** The activities of 附件1, one sentence each, exactly as printed. */
  activities: v.pipe(v.array(Text), v.minLength(1, 'needs at least one activity'))
})

export const Slogan = v.strictObject({ id: Id, number: WholeNumber(1, 99), text: Text })

export const NumberedPoint = v.strictObject({
  /** As printed, e.g. （一） */
  number: Text,
  /** The point's first sentence, e.g. 持续开展质量提升行动，促进产品和服务质量提升。 */
  title: Text,
  /** The rest of the point. */
  text: Text
})

const PhoneNumber = v.pipe(
  v.string('expected a phone number'),
  v.regex(/^(?:\d{5}|0\d{2,3}-\d{7,8})$/, (i) => `expected a hotline like 12315 or 0898-12345678, got ${show(i.input)}`)
)

export const Channel = v.strictObject({
  id: Id,
  /** The number people know it by, e.g. 12315 */
  short: Text,
  name: Text,
  hotline: PhoneNumber,
  web: v.optional(Url),
  /** What it handles, in plain words. */
  handles: v.pipe(v.array(Text), v.minLength(1)),
  miniProgram: v.optional(v.strictObject({
    name: Text,
    /** How to find it in WeChat without a link. */
    searchHint: Text,
    /** Empty until the office supplies it: never guessed. */
    appId: v.optional(v.pipe(v.string(), v.regex(/^(?:wx[0-9a-f]{16})?$/, 'expected "" or a wx… appId'))),
    /** A link copied from the mini-program's menu (#小程序://…); empty until supplied. */
    shortLink: v.optional(v.pipe(v.string(), v.regex(/^(?:#小程序:\/\/\S+)?$/, 'expected "" or a #小程序://… link'))),
    /** Where the appId/shortLink comes from (required when either is filled in). */
    linkSource: v.optional(Source)
  })),
  sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
})

/** The two kinds of a 12315 submission: 我要投诉 (a dispute with a business) and 我要举报 (illegal conduct). */
export const ComplaintKindId = v.picklist(['complaint', 'report'], 'expected "complaint" or "report"')

/** One answer of a guide question: its label and where it leads (a question or an outcome id). */
export const GuideAnswer = v.strictObject({ label: Text, next: Id })

export const GuideQuestion = v.strictObject({
  id: Id,
  text: Text,
  /** A short line under the question. */
  hint: v.optional(Text),
  answers: v.pipe(v.array(GuideAnswer), v.minLength(2, 'needs at least two answers'), v.maxLength(6, 'at most 6 answers (keep it short)'))
})

/** Where the guide ends: a channel and why, with the source of the why. */
export const GuideOutcome = v.strictObject({
  id: Id,
  channelId: Id,
  title: Text,
  reason: Text,
  /** The kind of draft to start from here, when the channel is 12315. */
  draftKind: v.optional(ComplaintKindId),
  source: Source
})

/** 我该找谁？: a few questions that end at 12315 or 12345 (references checked in scripts/content/validate-complaints.ts). */
export const ComplaintGuide = v.strictObject({
  /** The first question's id. */
  start: Id,
  questions: v.pipe(v.array(GuideQuestion), v.minLength(1, 'needs at least one question'), v.maxLength(4, 'at most 4 questions (keep it short)')),
  outcomes: v.pipe(v.array(GuideOutcome), v.minLength(2, 'needs at least two outcomes'))
})

/** What to have ready before submitting, 投诉 vs 举报, and what may happen next. */
export const ComplaintPrep = v.strictObject({
  /** What a 12315 submission asks for, in its order. */
  items: v.pipe(v.array(v.strictObject({ id: Id, label: Text, detail: Text })), v.minLength(1)),
  source: Source,
  /** Advice of this app (not a requirement of the source), shown as such. */
  advice: Text,
  kinds: v.pipe(v.array(v.strictObject({ id: ComplaintKindId, name: Text, action: Text, text: Text, source: Source })), v.length(2, 'expected the 2 kinds (complaint, report)')),
  /** What may happen after a complaint is submitted. */
  afterSubmit: v.strictObject({ text: Text, source: Source })
})

/**
 * A public source the bundle refers to by id (the quiz's answers), with its own words as
 * recorded: a quiz quote from it must be found in one of its excerpts. Same fields as an
 * inline `source.kind: "public"`, plus the id and the excerpts.
 */
export const PublicSourceEntry = v.strictObject({
  id: Id,
  publisher: Text,
  title: Text,
  url: v.optional(Url),
  confidence: Confidence,
  /** The source's own words, exactly as published (each a sentence or a part of one). */
  excerpts: v.pipe(v.array(Text, 'expected a list of excerpts'), v.minLength(1, 'needs at least one excerpt'))
})

/** Where a quiz answer comes from: a notice paragraph (its anchor), a public source entry, or a complaint channel's facts. */
export const QuizSource = v.variant('kind', [
  v.strictObject({
    kind: v.literal('notice'),
    /** The paragraph's anchor, e.g. notice-work-1 (the 关于 tab opens the notice there). */
    anchor: v.pipe(v.string('expected an anchor'), v.regex(/^notice-[a-z0-9]+(?:-[a-z0-9]+)*$/, (i) => `expected a notice anchor like "notice-work-1", got ${JSON.stringify(i.input)}`))
  }),
  v.strictObject({ kind: v.literal('public'), sourceId: Id }),
  /** The bundle's facts about a channel (channels[], the 我该找谁？ outcomes that lead to it). */
  v.strictObject({ kind: v.literal('channel'), channelId: Id })
], 'expected kind "notice", "public" or "channel"')

const Options = v.pipe(v.array(Text, 'expected a list of options'), v.minLength(2, 'needs at least two options'), v.maxLength(6, 'at most 6 options'))
const QuizCommon = {
  id: Id,
  stem: Text,
  options: Options,
  /** One line: why the answer is right. */
  explanation: Text,
  source: QuizSource,
  /** The exact words of the source that state the answer (checked in scripts/content/validate-quiz.ts). */
  quote: Text
}

/** One question. `correct` holds the text of the correct option(s), each one of `options`. */
export const QuizQuestion = v.variant('type', [
  v.strictObject({ type: v.literal('single'), ...QuizCommon, correct: v.pipe(v.array(Text), v.length(1, 'a single-choice question has exactly one correct option')) }),
  v.strictObject({ type: v.literal('multiple'), ...QuizCommon, correct: v.pipe(v.array(Text), v.minLength(2, 'a multiple-choice question has at least two correct options')) }),
  /** Options are exactly ["对", "错"]. */
  v.strictObject({ type: v.literal('truefalse'), ...QuizCommon, correct: v.pipe(v.array(Text), v.length(1, 'a true/false question has exactly one correct option')) })
], 'expected type "single", "multiple" or "truefalse"')

export const Quiz = v.strictObject({
  questions: v.pipe(v.array(QuizQuestion, 'expected a list of questions'), v.minLength(40, 'expected at least 40 questions'))
})

export const Edition = v.strictObject({
  schemaVersion: v.literal(1, 'expected schemaVersion 1'),
  /** Bump on every content change; shown in 关于本程序. */
  bundleVersion: v.pipe(v.string(), v.regex(/^\d{4}\.\d+\.\d+$/, 'expected a version like 2021.1.0')),
  document: v.strictObject({
    heading: Text,
    issuer: Text,
    number: Text,
    title: Text,
    date: IsoDate,
    /** The date as printed, e.g. 2021年9月6日 */
    dateText: Text,
    disclosure: Text,
    addressees: Text,
    preamble: Text
  }),
  campaign: v.strictObject({
    name: Text,
    month: YearMonth,
    start: IsoDate,
    end: IsoDate,
    /** As printed: 联合20个部门 */
    partners: Text,
    source: Source
  }),
  theme: Text,
  sections: v.strictObject({
    theme: v.strictObject({ heading: Text }),
    work: v.strictObject({ heading: Text, points: v.pipe(v.array(NumberedPoint), v.minLength(1, 'expected at least one line of work'), v.maxLength(20, 'at most 20 lines of work')) }),
    requirements: v.strictObject({ heading: Text, points: v.pipe(v.array(NumberedPoint), v.minLength(1, 'expected at least one requirement'), v.maxLength(20, 'at most 20 requirements')) }),
    closing: v.pipe(v.array(Text), v.minLength(1))
  }),
  contact: v.strictObject({
    person: Text,
    phone: PhoneNumber,
    email: v.pipe(v.string(), v.email('expected an e-mail address')),
    /** The lines as printed in the notice. */
    printed: v.pipe(v.array(Text), v.minLength(1))
  }),
  attachments: v.pipe(v.array(v.strictObject({ number: WholeNumber(1, 99), title: Text })), v.minLength(2, 'expected at least the 2 attachments (附件1 organisers, 附件2 slogans)'), v.maxLength(99, 'at most 99 attachments')),
  organisers: v.pipe(v.array(Organiser), v.minLength(1, 'expected at least one organiser in 附件1'), v.maxLength(99, 'at most 99 organisers')),
  slogans: v.strictObject({
    heading: Text,
    theme: Text,
    items: v.pipe(v.array(Slogan), v.minLength(1, 'expected at least one slogan in 附件2'), v.maxLength(99, 'at most 99 slogans (numbered 1–99)'))
  }),
  channels: v.pipe(v.array(Channel), v.minLength(1)),
  complaintGuide: ComplaintGuide,
  complaintPrep: ComplaintPrep,
  categories: v.pipe(v.array(Category), v.minLength(1)),
  events: v.pipe(v.array(Event), v.minLength(1)),
  /** Public sources referred to by id (the quiz), with their words. */
  sources: v.array(PublicSourceEntry, 'expected a list of sources'),
  /** 质量知识问答: the question bank. */
  /** The quiz bank: stored beside the edition as <year>.quiz.json (only the quiz page loads it). */
  quiz: v.optional(Quiz)
})

export type Edition = v.InferOutput<typeof Edition>
export type CampaignEvent = v.InferOutput<typeof Event>
export type EventDate = v.InferOutput<typeof EventDate>
export type Source = v.InferOutput<typeof Source>
export type Organiser = v.InferOutput<typeof Organiser>
export type Slogan = v.InferOutput<typeof Slogan>
export type Channel = v.InferOutput<typeof Channel>
export type Category = v.InferOutput<typeof Category>
export type NumberedPoint = v.InferOutput<typeof NumberedPoint>
export type ComplaintGuide = v.InferOutput<typeof ComplaintGuide>
export type GuideQuestion = v.InferOutput<typeof GuideQuestion>
export type GuideOutcome = v.InferOutput<typeof GuideOutcome>
export type ComplaintPrep = v.InferOutput<typeof ComplaintPrep>
export type ComplaintKindId = v.InferOutput<typeof ComplaintKindId>
export type PublicSourceEntry = v.InferOutput<typeof PublicSourceEntry>
export type QuizSource = v.InferOutput<typeof QuizSource>
export type QuizQuestion = v.InferOutput<typeof QuizQuestion>
export type Quiz = v.InferOutput<typeof Quiz>
