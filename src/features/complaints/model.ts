/**
 * The complaint draft: its fields and the repair of whatever was saved on the phone: what
 * the 投诉 tab needs (its draft card) as well as the draft page. The checks shown beside each
 * field and the text composed for 12315 are in ./draft-form, which only the draft page (a
 * subpackage) loads. Pure: no Taro, no React.
 */
import { isCivilDate } from '@/lib/civil-date'

export const DRAFT_KINDS = ['complaint', 'report'] as const
export type DraftKind = (typeof DRAFT_KINDS)[number]

/** 投诉 / 举报 as 12315 names them; the bundle (complaintPrep.kinds) explains each. */
export const KIND_NAME: Record<DraftKind, string> = { complaint: '投诉', report: '举报' }

/** Evidence a user may hold: a checklist (app advice, not a 12315 requirement). */
export const EVIDENCE = [
  { id: 'receipt', label: '发票、收据或购物小票' },
  { id: 'contract', label: '合同、协议或订单' },
  { id: 'payment', label: '付款记录' },
  { id: 'chat', label: '聊天记录、短信' },
  { id: 'photo', label: '照片或视频' },
  { id: 'goods', label: '商品实物或包装' },
  { id: 'advert', label: '广告或宣传材料' }
] as const
export type EvidenceId = (typeof EVIDENCE)[number]['id']
const EVIDENCE_IDS: ReadonlySet<string> = new Set(EVIDENCE.map((e) => e.id))

export type Draft = {
  kind: DraftKind
  businessName: string
  businessAddress: string
  /** What happened: the facts and reasons. */
  what: string
  /** YYYY-MM-DD (China), or '' when not chosen. */
  date: string
  /** As typed (yuan); checked, never rewritten. */
  amount: string
  /** What the user asks for. */
  claim: string
  evidence: EvidenceId[]
  /** Optional; stays on the phone until the user copies the text. */
  name: string
  /** The user's own address (12315 asks for name, address and phone); optional like them. */
  address: string
  phone: string
}

export const EMPTY_DRAFT: Draft = Object.freeze({
  kind: 'complaint',
  businessName: '',
  businessAddress: '',
  what: '',
  date: '',
  amount: '',
  claim: '',
  evidence: [],
  name: '',
  address: '',
  phone: ''
}) as Draft

/** The fields a user types or picks (kind and evidence are choices, never wrong). */
export type FieldId = 'businessName' | 'businessAddress' | 'what' | 'date' | 'amount' | 'claim' | 'name' | 'address' | 'phone'
export const FIELD_ORDER: FieldId[] = ['businessName', 'businessAddress', 'what', 'date', 'amount', 'claim', 'name', 'address', 'phone']

/** A saved text longer than this is cut on load (far above every limit: nothing typed is lost). */
export const HARD_CAP = 4000

/** True when nothing has been typed or picked (the kind alone is not content). */
export function isBlankDraft(d: Draft): boolean {
  return FIELD_ORDER.every((f) => d[f].trim() === '') && d.evidence.length === 0
}

// ----------------------------------------------------------------------------------------
// Repair: whatever was saved (an old version, a foreign or corrupt value) becomes a valid
// draft, keeping each field that still is one.

// A draft saved before the user's address existed has no `address`: it is read as ''.
const TEXT_FIELDS = ['businessName', 'businessAddress', 'what', 'claim', 'name', 'address'] as const

function asRecord(x: unknown): Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {}
}

function text(x: unknown): string {
  return typeof x === 'string' ? Array.from(x).slice(0, HARD_CAP).join('') : ''
}

/** A number saved where a string is expected (e.g. by an older version) is kept as typed digits. */
function digits(x: unknown, allowFraction: boolean): string {
  if (typeof x === 'string') return text(x)
  if (typeof x === 'number' && Number.isFinite(x) && x >= 0 && (allowFraction || Number.isInteger(x))) return String(x)
  return ''
}

export function repairDraft(stored: unknown): Draft {
  const s = asRecord(stored)
  const kind = DRAFT_KINDS.includes(s.kind as DraftKind) ? (s.kind as DraftKind) : 'complaint'
  const draft: Draft = { ...EMPTY_DRAFT, kind, evidence: [] }
  for (const f of TEXT_FIELDS) draft[f] = text(s[f])
  draft.amount = digits(s.amount, true)
  draft.phone = digits(s.phone, false)
  draft.date = typeof s.date === 'string' && isCivilDate(s.date) ? s.date : ''
  if (Array.isArray(s.evidence)) {
    const held = new Set(s.evidence.filter((x): x is string => typeof x === 'string' && EVIDENCE_IDS.has(x)))
    draft.evidence = EVIDENCE.filter((e) => held.has(e.id)).map((e) => e.id)
  }
  return draft
}

/** What the store saves: the draft and when it was last saved (ms, for "已保存"). */
export type SavedDraft = { draft: Draft; savedAt: number | null }

/**
 * The stored slice: `{ draft, savedAt }`; a bare draft object (no `draft` key) is read as
 * the draft itself, so a flat shape written by an older version keeps its fields.
 */
export function repairSaved(stored: unknown): SavedDraft {
  const s = asRecord(stored)
  const inner = 'draft' in s ? s.draft : s
  const savedAt = typeof s.savedAt === 'number' && Number.isFinite(s.savedAt) && s.savedAt > 0 ? s.savedAt : null
  return { draft: repairDraft(inner), savedAt }
}
