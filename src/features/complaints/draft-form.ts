/**
 * The draft page's model: the form's labels and limits, the checks shown beside each field
 * and the text composed for 12315. Only the draft page (a subpackage) uses it, so it is kept
 * out of ./model, which the 投诉 tab loads in the main package. Pure: no Taro, no React.
 *
 * Dates are China civil dates (YYYY-MM-DD); "today" is passed in (from lib/clock), never
 * read here.
 */
import { formatFullDate, isCivilDate } from '@/lib/civil-date'
import { DRAFT_KINDS, EVIDENCE, FIELD_ORDER, type Draft, type DraftKind, type EvidenceId, type FieldId } from './model'

/** Labels of the form (the composed text has its own, per kind). */
export const FIELD_LABEL: Record<FieldId, string> = {
  businessName: '商家名称',
  businessAddress: '商家地址',
  what: '发生了什么',
  date: '发生日期',
  amount: '涉及金额（元）',
  claim: '您的请求',
  name: '您的姓名',
  address: '您的地址',
  phone: '您的电话'
}

/** A field's label on the form: the request and the facts are worded per kind. */
export function fieldLabel(f: FieldId, kind: DraftKind): string {
  if (f === 'claim') return kind === 'report' ? '您希望怎样处理' : '您的请求'
  if (f === 'what') return kind === 'report' ? '违法行为' : '发生了什么'
  return FIELD_LABEL[f]
}

/**
 * Hints shown under a field's label (wrapped, in the app's font and size, never cut off by
 * the field's width as a placeholder would be, and read with the field by screen readers).
 */
export const FIELD_HINT: Record<DraftKind, Partial<Record<FieldId, string>>> = {
  complaint: {
    businessName: '例如：某某超市（店招或小票上的名称）',
    businessAddress: '例如：某市某区某路某号；网店写店铺名和平台',
    what: '什么时候、在哪里、买了什么或接受了什么服务，出了什么问题，和商家沟通的结果',
    claim: '例如：退货并退款；赔偿损失',
    phone: '手机或座机；座机要带区号，“-”可不填'
  },
  report: {
    businessName: '例如：某某超市（店招或小票上的名称）',
    businessAddress: '例如：某市某区某路某号；网店写店铺名和平台',
    what: '商家有什么违法行为，什么时候、在哪里、您是怎么知道的',
    claim: '例如：请依法查处',
    phone: '手机或座机；座机要带区号，“-”可不填'
  }
}

/** Longest text accepted per field, in characters. */
export const MAX_LENGTH: Record<Exclude<FieldId, 'date'>, number> = {
  businessName: 50,
  businessAddress: 100,
  what: 1000,
  amount: 12,
  claim: 300,
  name: 20,
  address: 100,
  phone: 20
}
/** "What happened" needs a few words at least. */
export const MIN_WHAT = 10
export const MAX_AMOUNT = 100_000_000
/** The date picker's first day. */
export const EARLIEST_DATE = '1990-01-01'

const REQUIRED: Record<DraftKind, ReadonlySet<FieldId>> = {
  // 12315 asks a complaint for the business, the request, the facts and the date.
  complaint: new Set<FieldId>(['businessName', 'businessAddress', 'what', 'date', 'claim']),
  // A report names the business and the conduct; the date and a request help but are not needed.
  report: new Set<FieldId>(['businessName', 'businessAddress', 'what'])
}

export function isRequired(kind: DraftKind, field: FieldId): boolean {
  return REQUIRED[kind].has(field)
}

/** Characters as a reader counts them (an emoji is one). */
export function charCount(s: string): number {
  return Array.from(s).length
}

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/
/** Mainland mobile (11 digits, 1[3-9]…) or landline with area code (0898-12345678 or 089812345678); spaces ignored. */
export function isPhoneNumber(s: string): boolean {
  const t = s.replace(/\s+/g, '')
  return MOBILE.test(t) || LANDLINE.test(t)
}

const AMOUNT = /^\d+(?:\.\d+)?$/
/** The amount in yuan, or null when it is not a plain non-negative number. */
export function parseAmount(s: string): number | null {
  const t = s.trim()
  if (!AMOUNT.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

/** 128 → 128元, 128.5 → 128.50元 */
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? `${n}元` : `${n.toFixed(2)}元`
}

export type Errors = Partial<Record<FieldId, string>>

const REQUIRED_MESSAGE: Record<FieldId, string> = {
  businessName: '请填写商家名称',
  businessAddress: '请填写商家地址',
  what: '请写下事情经过',
  date: '请选择发生日期',
  amount: '请填写金额',
  claim: '请写下您的请求',
  name: '请填写姓名',
  address: '请填写地址',
  phone: '请填写电话'
}

function fieldError(d: Draft, field: FieldId, today: string): string | undefined {
  const raw = d[field]
  const value = raw.trim()
  const label = FIELD_LABEL[field].replace(/（.*）$/, '')
  if (value === '') return isRequired(d.kind, field) ? REQUIRED_MESSAGE[field] : undefined
  if (field !== 'date') {
    const max = MAX_LENGTH[field]
    const n = charCount(value)
    if (n > max) return `${label}最多${max}字，现在${n}字`
  }
  switch (field) {
    case 'what':
      return charCount(value) < MIN_WHAT ? `请写清楚经过，至少${MIN_WHAT}个字` : undefined
    case 'date':
      if (!isCivilDate(value)) return '请选择发生日期'
      if (value > today) return `日期不能晚于今天（${formatFullDate(today)}）`
      if (value < EARLIEST_DATE) return `日期不能早于${formatFullDate(EARLIEST_DATE)}`
      return undefined
    case 'amount': {
      if (/^-/.test(value)) return '金额不能小于0'
      const n = parseAmount(value)
      if (n === null) return '请只填数字，例如 128 或 128.50'
      if (/\.\d{3,}$/.test(value)) return '金额最多两位小数（角、分）'
      if (n > MAX_AMOUNT) return '金额太大，请核对'
      return undefined
    }
    case 'phone':
      return isPhoneNumber(value) ? undefined : '请填写11位手机号，或带区号的座机号（“-”可不填）'
    default:
      return undefined
  }
}

/** Every problem of the draft, one message per field, in form order. Empty: ready. */
export function validateDraft(d: Draft, today: string): Errors {
  const errors: Errors = {}
  for (const f of FIELD_ORDER) {
    const e = fieldError(d, f, today)
    if (e) errors[f] = e
  }
  return errors
}

/** The fields with a problem, in form order (the first is where the summary's link leads). */
export function fieldsWithErrors(errors: Errors): FieldId[] {
  return FIELD_ORDER.filter((f) => errors[f])
}

/**
 * Labels of the composed text, per kind, in the order 12315 asks for: the person (name,
 * address, phone), the business (name, address), the request, the facts and reasons, the date; then the amount
 * and the evidence held.
 */
const TEXT_LABEL: Record<DraftKind, { title: string; person: string; personAddress: string; business: string; address: string; claim: string; facts: string }> = {
  complaint: { title: '消费投诉', person: '投诉人', personAddress: '投诉人地址', business: '被投诉商家', address: '商家地址', claim: '投诉请求', facts: '事实和理由' },
  report: { title: '举报', person: '举报人', personAddress: '举报人地址', business: '被举报商家', address: '商家地址', claim: '举报请求', facts: '违法事实' }
}

/** Keeps the user's paragraphs, trims each line's ends, drops empty lines around. */
function tidy(s: string): string {
  return s.split(/\r\n|\r|\n/).map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim()
}

/**
 * The text to paste into 12315 (or read out on the phone). Empty optional fields are left
 * out; the name, address and phone appear only if the user typed them.
 */
export function composeText(d: Draft): string {
  const L = TEXT_LABEL[d.kind]
  const lines: string[] = [`【${L.title}】`]
  const add = (label: string, value: string) => {
    const v = tidy(value)
    if (v) lines.push(v.includes('\n') ? `${label}：\n${v}` : `${label}：${v}`)
  }
  add(L.person, d.name)
  add(L.personAddress, d.address)
  add('联系电话', d.phone.replace(/\s+/g, ''))
  add(L.business, d.businessName)
  add(L.address, d.businessAddress)
  add(L.claim, d.claim)
  add(L.facts, d.what)
  if (isCivilDate(d.date)) add('发生日期', formatFullDate(d.date))
  const amount = parseAmount(d.amount)
  if (amount !== null) add('涉及金额', formatAmount(amount))
  const held = EVIDENCE.filter((e) => d.evidence.includes(e.id)).map((e) => e.label)
  if (held.length) add('已有证据', held.join('；'))
  return lines.join('\n')
}

/** Sets one field, returning a new draft (kind and evidence have their own setters). */
export function withField(d: Draft, field: FieldId, value: string): Draft {
  return { ...d, [field]: value }
}

export function toggleEvidence(d: Draft, id: EvidenceId): Draft {
  const held = new Set(d.evidence)
  if (held.has(id)) held.delete(id)
  else held.add(id)
  return { ...d, evidence: EVIDENCE.filter((e) => held.has(e.id)).map((e) => e.id) }
}

/** A `kind` page parameter, if it names a kind. */
export function parseKind(value: string | undefined): DraftKind | null {
  return DRAFT_KINDS.includes(value as DraftKind) ? (value as DraftKind) : null
}
