import { EMPTY_DRAFT, FIELD_ORDER, HARD_CAP, isBlankDraft, repairDraft, repairSaved, type Draft } from './model'
import {
  charCount, composeText, FIELD_HINT, fieldLabel, fieldsWithErrors, formatAmount, isPhoneNumber, parseAmount, parseKind, toggleEvidence, validateDraft, withField
} from './draft-form'
import { setNow, today } from '@/lib/clock'

const TODAY = '2021-09-14'

const complaint: Draft = {
  kind: 'complaint',
  businessName: '某某超市',
  businessAddress: '海口市龙华区某某路1号',
  what: '9月12日买的牛奶，打开发现已经变质，找店员要求退货被拒绝。',
  date: '2021-09-12',
  amount: '36.5',
  claim: '退货并退还货款36.50元',
  evidence: ['receipt', 'photo'],
  name: '王女士',
  address: '海口市美兰区某某小区3栋',
  phone: '13800138000'
}

const report: Draft = {
  ...EMPTY_DRAFT,
  kind: 'report',
  businessName: '某某药店',
  businessAddress: '三亚市某某路2号',
  what: '店门口的宣传牌写着保健品能治愈高血压，涉嫌虚假宣传。',
  evidence: ['photo', 'advert']
}

describe('validateDraft: required fields per kind', () => {
  it('a complete complaint has no problems', () => {
    expect(validateDraft(complaint, TODAY)).toEqual({})
  })

  it('an empty complaint needs the business, its address, what happened, the date and the request', () => {
    expect(validateDraft(EMPTY_DRAFT, TODAY)).toEqual({
      businessName: '请填写商家名称',
      businessAddress: '请填写商家地址',
      what: '请写下事情经过',
      date: '请选择发生日期',
      claim: '请写下您的请求'
    })
  })

  it('an empty report needs only the business, its address and what happened', () => {
    expect(Object.keys(validateDraft({ ...EMPTY_DRAFT, kind: 'report' }, TODAY))).toEqual(['businessName', 'businessAddress', 'what'])
    expect(validateDraft(report, TODAY)).toEqual({})
  })

  it('blank-only text counts as empty', () => {
    expect(validateDraft({ ...complaint, businessName: '   \n ' }, TODAY).businessName).toBe('请填写商家名称')
  })

  it('name, address, phone and amount are optional for both kinds', () => {
    const d = { ...complaint, name: '', address: '', phone: '', amount: '' }
    expect(validateDraft(d, TODAY)).toEqual({})
    expect(validateDraft({ ...report, address: '' }, TODAY)).toEqual({})
  })

  it('the user\'s address has a length limit like the business address', () => {
    expect(validateDraft({ ...complaint, address: '路'.repeat(101) }, TODAY).address).toBe('您的地址最多100字，现在101字')
  })
})

describe('validateDraft: lengths', () => {
  it.each([
    ['businessName', 50],
    ['businessAddress', 100],
    ['what', 1000],
    ['claim', 300],
    ['name', 20]
  ] as const)('%s allows %i characters and names the count beyond', (field, max) => {
    expect(validateDraft({ ...complaint, [field]: '字'.repeat(max) }, TODAY)[field]).toBeUndefined()
    expect(validateDraft({ ...complaint, [field]: '字'.repeat(max + 3) }, TODAY)[field]).toMatch(new RegExp(`最多${max}字，现在${max + 3}字`))
  })

  it('counts an emoji as one character', () => {
    expect(charCount('😀😀')).toBe(2)
    expect(validateDraft({ ...complaint, name: '😀'.repeat(20) }, TODAY).name).toBeUndefined()
  })

  it('what happened needs at least 10 characters', () => {
    expect(validateDraft({ ...complaint, what: '牛奶坏了' }, TODAY).what).toBe('请写清楚经过，至少10个字')
    expect(validateDraft({ ...complaint, what: '一二三四五六七八九十' }, TODAY).what).toBeUndefined()
  })
})

describe('validateDraft: the date (China calendar, from the app clock)', () => {
  it('accepts today and earlier days', () => {
    expect(validateDraft({ ...complaint, date: TODAY }, TODAY).date).toBeUndefined()
    expect(validateDraft({ ...complaint, date: '2020-02-29' }, TODAY).date).toBeUndefined()
  })
  it('refuses tomorrow, naming today', () => {
    expect(validateDraft({ ...complaint, date: '2021-09-15' }, TODAY).date).toBe('日期不能晚于今天（2021年9月14日）')
  })
  it('today is China\'s: at 00:30 on 15 September in China (16:30 UTC on the 14th) the 15th is allowed, the 16th is not', () => {
    setNow(Date.parse('2021-09-14T16:30:00Z'))
    try {
      expect(today()).toBe('2021-09-15')
      expect(validateDraft({ ...complaint, date: '2021-09-15' }, today()).date).toBeUndefined()
      expect(validateDraft({ ...complaint, date: '2021-09-16' }, today()).date).toBe('日期不能晚于今天（2021年9月15日）')
    } finally {
      setNow(null)
    }
  })
  it('and at 23:30 on 14 September in China (15:30 UTC) the 15th is still the future', () => {
    setNow(Date.parse('2021-09-14T15:30:00Z'))
    try {
      expect(validateDraft({ ...complaint, date: '2021-09-15' }, today()).date).toMatch(/不能晚于今天/)
    } finally {
      setNow(null)
    }
  })
  it.each(['2021-02-30', '2021-9-1', 'yesterday'])('refuses %s', (date) => {
    expect(validateDraft({ ...complaint, date }, TODAY).date).toBe('请选择发生日期')
  })
  it('refuses a day before the picker starts', () => {
    expect(validateDraft({ ...complaint, date: '1989-12-31' }, TODAY).date).toMatch(/不能早于1990年1月1日/)
  })
  it('an optional date (report) is still checked when given', () => {
    expect(validateDraft({ ...report, date: '2030-01-01' }, TODAY).date).toMatch(/不能晚于今天/)
  })
})

describe('validateDraft: the amount', () => {
  it.each(['0', '36', '36.5', '36.50', ' 1000 '])('accepts %s', (amount) => {
    expect(validateDraft({ ...complaint, amount }, TODAY).amount).toBeUndefined()
  })
  it.each([
    ['-5', '金额不能小于0'],
    ['abc', '请只填数字，例如 128 或 128.50'],
    ['12元', '请只填数字，例如 128 或 128.50'],
    ['1e3', '请只填数字，例如 128 或 128.50'],
    ['36.505', '金额最多两位小数（角、分）'],
    ['100000001', '金额太大，请核对']
  ])('refuses %s', (amount, message) => {
    expect(validateDraft({ ...complaint, amount }, TODAY).amount).toBe(message)
  })
  it('parses and formats', () => {
    expect(parseAmount('36.5')).toBe(36.5)
    expect(parseAmount('-1')).toBeNull()
    expect(formatAmount(36.5)).toBe('36.50元')
    expect(formatAmount(128)).toBe('128元')
  })
})

describe('phone numbers: mainland mobile or landline', () => {
  it.each(['13800138000', '19912345678', '0898-65396470', '089865396470', '010-1234567', '0755-12345678', '138 0013 8000'])('accepts %s', (p) => {
    expect(isPhoneNumber(p)).toBe(true)
    expect(validateDraft({ ...complaint, phone: p }, TODAY).phone).toBeUndefined()
  })
  it.each(['12800138000', '1380013800', '138001380001', '65396470', '0898-653964', '+8613800138000', '0898—65396470', '电话'])('refuses %s', (p) => {
    expect(isPhoneNumber(p)).toBe(false)
    expect(validateDraft({ ...complaint, phone: p }, TODAY).phone).toMatch(/11位手机号/)
  })
})

describe('composeText: in the order 12315 asks for', () => {
  it('a complaint: person (name, address, phone), business, request, facts, date, then amount and evidence', () => {
    expect(composeText(complaint)).toBe([
      '【消费投诉】',
      '投诉人：王女士',
      '投诉人地址：海口市美兰区某某小区3栋',
      '联系电话：13800138000',
      '被投诉商家：某某超市',
      '商家地址：海口市龙华区某某路1号',
      '投诉请求：退货并退还货款36.50元',
      '事实和理由：9月12日买的牛奶，打开发现已经变质，找店员要求退货被拒绝。',
      '发生日期：2021年9月12日',
      '涉及金额：36.50元',
      '已有证据：发票、收据或购物小票；照片或视频'
    ].join('\n'))
  })

  it('a report leaves out what was not filled (no name, phone, date, request, amount)', () => {
    expect(composeText(report)).toBe([
      '【举报】',
      '被举报商家：某某药店',
      '商家地址：三亚市某某路2号',
      '违法事实：店门口的宣传牌写着保健品能治愈高血压，涉嫌虚假宣传。',
      '已有证据：照片或视频；广告或宣传材料'
    ].join('\n'))
  })

  it('the name, address and phone appear only when typed', () => {
    const text = composeText({ ...complaint, name: '', address: '  ', phone: '' })
    expect(text).not.toMatch(/投诉人|联系电话/)
  })

  it('a report names the reporter\'s address as such', () => {
    expect(composeText({ ...report, name: '李先生', address: '三亚市某某路5号' })).toContain('举报人：李先生\n举报人地址：三亚市某某路5号\n被举报商家')
  })

  it('keeps the user\'s paragraphs, trimmed, on their own lines', () => {
    const text = composeText({ ...complaint, what: '  第一段。\n\n\n\n  第二段。  ' })
    expect(text).toContain('事实和理由：\n第一段。\n\n第二段。\n发生日期')
  })

  it('lists evidence in checklist order, whatever order it was ticked in', () => {
    expect(composeText({ ...complaint, evidence: ['photo', 'receipt'] })).toContain('已有证据：发票、收据或购物小票；照片或视频')
  })

  it('writes the phone without the spaces typed', () => {
    expect(composeText({ ...complaint, phone: '138 0013 8000' })).toContain('联系电话：13800138000')
  })
})

describe('small helpers', () => {
  it('isBlankDraft ignores the kind and whitespace', () => {
    expect(isBlankDraft(EMPTY_DRAFT)).toBe(true)
    expect(isBlankDraft({ ...EMPTY_DRAFT, kind: 'report', what: '  ' })).toBe(true)
    expect(isBlankDraft({ ...EMPTY_DRAFT, evidence: ['photo'] })).toBe(false)
    expect(isBlankDraft(withField(EMPTY_DRAFT, 'phone', '1'))).toBe(false)
  })
  it('toggleEvidence adds and removes', () => {
    const once = toggleEvidence(EMPTY_DRAFT, 'chat')
    expect(once.evidence).toEqual(['chat'])
    expect(toggleEvidence(once, 'chat').evidence).toEqual([])
    expect(EMPTY_DRAFT.evidence).toEqual([])
  })
  it('fieldLabel words the facts and the request per kind; the other labels are the same for both', () => {
    expect([fieldLabel('what', 'complaint'), fieldLabel('claim', 'complaint')]).toEqual(['发生了什么', '您的请求'])
    expect([fieldLabel('what', 'report'), fieldLabel('claim', 'report')]).toEqual(['违法行为', '您希望怎样处理'])
    expect([fieldLabel('amount', 'report'), fieldLabel('amount', 'complaint')]).toEqual(['涉及金额（元）', '涉及金额（元）'])
  })
  it('every hint belongs to a field that has a label, and the facts are hinted per kind', () => {
    for (const kind of ['complaint', 'report'] as const) {
      for (const f of Object.keys(FIELD_HINT[kind])) expect(FIELD_ORDER).toContain(f)
    }
    expect(FIELD_HINT.complaint.what).not.toBe(FIELD_HINT.report.what)
  })
  it('fieldsWithErrors lists the wrong fields in form order, whatever order the errors were found in', () => {
    expect(fieldsWithErrors({ phone: 'x', businessName: 'y', date: 'z' })).toEqual(['businessName', 'date', 'phone'])
    expect(fieldsWithErrors(validateDraft(complaint, TODAY))).toEqual([])
    expect(fieldsWithErrors(validateDraft(EMPTY_DRAFT, TODAY))).toEqual(['businessName', 'businessAddress', 'what', 'date', 'claim'])
  })
  it('parseKind accepts only the two kinds', () => {
    expect(parseKind('report')).toBe('report')
    expect(parseKind('complaint')).toBe('complaint')
    expect(parseKind('refund')).toBeNull()
    expect(parseKind(undefined)).toBeNull()
  })
})

describe('repairing a saved draft: every field still valid is kept', () => {
  const cases: Array<[string, unknown, Partial<Draft>]> = [
    ['undefined', undefined, {}],
    ['null', null, {}],
    ['a corrupt string', '{"kind":"report",', {}],
    ['a number', 42, {}],
    ['an array', [complaint], {}],
    ['a boolean', true, {}],
    ['an unknown kind, other fields fine', { ...complaint, kind: 'refund' }, { ...complaint, kind: 'complaint' }],
    ['fields of the wrong type', { ...complaint, businessName: 123, what: ['a'], claim: { text: 'x' }, name: null }, { ...complaint, businessName: '', what: '', claim: '', name: '' }],
    ['a malformed date', { ...complaint, date: '2021/09/12' }, { ...complaint, date: '' }],
    ['a date that does not exist', { ...complaint, date: '2021-02-30' }, { ...complaint, date: '' }],
    ['a date of the wrong type', { ...complaint, date: 20210912 }, { ...complaint, date: '' }],
    ['evidence as a string', { ...complaint, evidence: 'receipt' }, { ...complaint, evidence: [] }],
    ['evidence with unknown ids, duplicates and numbers', { ...complaint, evidence: ['photo', 'x-ray', 7, 'photo', 'receipt'] }, { ...complaint, evidence: ['receipt', 'photo'] }],
    ['an amount and phone saved as numbers (an older writer)', { ...complaint, amount: 36.5, phone: 13800138000 }, { ...complaint, amount: '36.5', phone: '13800138000' }],
    ['a negative, infinite or fractional number where digits belong', { ...complaint, amount: -3, phone: 1.5 }, { ...complaint, amount: '', phone: '' }],
    ['unknown extra fields', { ...complaint, attachments: ['a.jpg'], __proto__x: 1 }, complaint],
    ['a draft saved before the user\'s address existed', (({ address: _a, ...old }) => old)(complaint), { ...complaint, address: '' }],
    ['an address of the wrong type', { ...complaint, address: 12 }, { ...complaint, address: '' }],
    ['a text far beyond every limit', { ...complaint, what: 'a'.repeat(HARD_CAP + 500) }, { ...complaint, what: 'a'.repeat(HARD_CAP) }]
  ]

  it('has at least 10 corrupt shapes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  it.each(cases)('%s', (_label, stored, expected) => {
    const repaired = repairDraft(stored)
    expect(repaired).toEqual({ ...EMPTY_DRAFT, ...expected })
    // Always a usable draft.
    expect(() => validateDraft(repaired, TODAY)).not.toThrow()
    expect(() => composeText(repaired)).not.toThrow()
  })

  it('keeps text the user typed even when it fails validation (it is shown with its error)', () => {
    const stored = { ...complaint, phone: '12345', amount: 'abc', businessName: '字'.repeat(60) }
    expect(repairDraft(stored)).toMatchObject({ phone: '12345', amount: 'abc', businessName: '字'.repeat(60) })
  })
})

describe('repairSaved: the stored slice', () => {
  it('reads { draft, savedAt }', () => {
    expect(repairSaved({ draft: complaint, savedAt: 1631600000000 })).toEqual({ draft: complaint, savedAt: 1631600000000 })
  })
  it('reads a flat draft (no draft key) as the draft', () => {
    expect(repairSaved({ ...report }).draft).toEqual(report)
  })
  it.each([
    ['a draft that is a string', { draft: 'lost', savedAt: 5 }],
    ['a null draft', { draft: null, savedAt: 'yesterday' }],
    ['nothing', undefined]
  ])('resets %s', (_label, stored) => {
    const r = repairSaved(stored)
    expect(r.draft).toEqual(EMPTY_DRAFT)
  })
  it('drops a savedAt that is not a time', () => {
    expect(repairSaved({ draft: complaint, savedAt: 'yesterday' }).savedAt).toBeNull()
    expect(repairSaved({ draft: complaint, savedAt: -1 }).savedAt).toBeNull()
    expect(repairSaved({ draft: complaint, savedAt: Infinity }).savedAt).toBeNull()
  })
})
