import { useEffect, useMemo, useRef, useState } from 'react'
import { View, Text, Button, Input, Textarea } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import { useDidHide } from '@tarojs/taro'
import type { Edition } from '@/content'
import { formatFullDate } from '@/lib/civil-date'
import { confirmAction } from '@/platform/dialog'
import { copy } from '@/platform/clipboard'
import { onAppLeave } from '@/platform/lifecycle'
import { onStorageFailure } from '@/platform/storage'
import { revealAndFocus } from '@/platform/scroll'
import { Card } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { DateField } from '@/ui/DateField'
import { pressable } from '@/ui/pressable'
import { radioGroup, radioOption } from '@/ui/radio-group'
import { EMPTY_DRAFT, EVIDENCE, FIELD_ORDER, HARD_CAP, isBlankDraft, KIND_NAME, type Draft, type DraftKind, type FieldId } from './model'
import { charCount, composeText, EARLIEST_DATE, FIELD_LABEL, isRequired, MAX_LENGTH, toggleEvidence, validateDraft, withField } from './draft-form'
import { DRAFT_KEY, useDraftStore } from './store'
import { createAutosave, eraseDraft, isDraftStored } from './draft-save'
import { ChannelActions } from './ChannelCard'
import { aria } from '@/ui/aria'
import './draft.scss'

/**
 * Hints shown under a field's label (wrapped, in the app's font and size, never cut off by
 * the field's width as a placeholder would be, and read with the field by screen readers).
 */
const HINT: Record<DraftKind, Partial<Record<FieldId, string>>> = {
  complaint: {
    businessName: '例如：某某超市（店招或小票上的名称）',
    businessAddress: '例如：某市某区某路某号；网店写店铺名和平台',
    what: '什么时候、在哪里、买了什么或接受了什么服务，出了什么问题，和商家沟通的结果',
    claim: '例如：退货并退款；赔偿损失',
    phone: '手机或座机（区号-号码）'
  },
  report: {
    businessName: '例如：某某超市（店招或小票上的名称）',
    businessAddress: '例如：某市某区某路某号；网店写店铺名和平台',
    what: '商家有什么违法行为，什么时候、在哪里、您是怎么知道的',
    claim: '例如：请依法查处',
    phone: '手机或座机（区号-号码）'
  }
}

/** The id of a field's box on the page (the error summary leads there). */
export const fieldBoxId = (f: FieldId) => `draft-field-${f}`
/** The summary of errors shown when 生成文本并复制 finds some; focused then. */
export const SUMMARY_ID = 'draft-summary'
/** The generated text's card; scrolled into view and focused once it appears. */
export const RESULT_ID = 'draft-result'

type Result = { text: string; copied: boolean; failure?: string }

/** What the banner says about the phone's storage. */
type StorageNote =
  | { kind: 'save-failed'; message: string }
  | { kind: 'erase-failed'; message: string }
  | { kind: 'erased' }

/**
 * The complaint-draft helper. What is on screen lives in this component's state; it is
 * saved on the phone as the user types (debounced) and at once when the page hides, the
 * app goes to the background or the page unloads. A failed save is shown and never touches
 * what is on screen.
 */
export function DraftForm({ edition, today, initialKind }: { edition: Edition; today: string; initialKind?: DraftKind | null }) {
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = useDraftStore.getState().draft
    return initialKind && isBlankDraft(saved) ? { ...saved, kind: initialKind } : saved
  })
  // A restored field is shown with its problems at once; one the user changes, once they
  // leave it; an untouched one only when they try to generate (tabbing past shows nothing).
  const [touched, setTouched] = useState<Set<FieldId>>(() => new Set(FIELD_ORDER.filter((f) => draft[f].trim() !== '')))
  const edited = useRef<Set<FieldId>>(new Set())
  const [attempted, setAttempted] = useState(false)
  // Each failed 生成 brings the error summary into view and focus, each success the result.
  const [reveal, setReveal] = useState<{ id: string; n: number } | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [note, setNote] = useState<StorageNote | null>(null)
  const [saving, setSaving] = useState(false)
  const savedAt = useDraftStore((s) => s.savedAt)

  /** Saves and reads back: only a draft found in storage clears a failure shown before. */
  const saveNow = (d: Draft) => {
    useDraftStore.getState().save(d)
    setSaving(false)
    if (isDraftStored(d)) setNote((n) => (n?.kind === 'save-failed' || n?.kind === 'erase-failed' ? null : n))
  }
  const autosave = useMemo(() => createAutosave<Draft>(saveNow), [])

  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    setSaving(true)
    autosave.schedule(draft)
  }, [draft, autosave])

  useEffect(() => {
    const offLeave = onAppLeave(() => autosave.flush())
    return () => {
      offLeave()
      autosave.flush()
    }
  }, [autosave])
  useDidHide(() => autosave.flush())

  useEffect(() => {
    const off = onStorageFailure((f) => {
      if (f && f.key === DRAFT_KEY) setNote((n) => (n?.kind === 'erase-failed' ? n : { kind: 'save-failed', message: f.message }))
    })
    return () => {
      off()
    }
  }, [])

  const errors = validateDraft(draft, today)
  const shown = (f: FieldId) => (attempted || touched.has(f) ? errors[f] : undefined)
  const errorCount = Object.keys(errors).length

  const update = (next: Draft) => {
    setDraft(next)
    setResult(null)
    setNote((n) => (n?.kind === 'erased' ? null : n))
  }
  const setField = (f: FieldId, value: string) => {
    edited.current.add(f)
    update(withField(draft, f, value))
  }
  const touch = (f: FieldId) => {
    if (!edited.current.has(f)) return
    setTouched((t) => (t.has(f) ? t : new Set(t).add(f)))
  }

  const generate = async () => {
    autosave.flush()
    setAttempted(true)
    if (errorCount > 0) {
      setResult(null)
      setReveal((v) => ({ id: SUMMARY_ID, n: (v?.n ?? 0) + 1 }))
      return
    }
    const text = composeText(draft)
    const r = await copy(text)
    setResult(r.ok ? { text, copied: true } : { text, copied: false, failure: r.message })
    setReveal((v) => ({ id: RESULT_ID, n: (v?.n ?? 0) + 1 }))
  }
  useEffect(() => {
    if (reveal) revealAndFocus(reveal.id)
  }, [reveal])
  const firstError = FIELD_ORDER.find((f) => errors[f])

  /** Saves what is on screen now (after a failed save). */
  const retrySave = () => {
    autosave.cancel()
    saveNow(draft)
  }

  /** Tries again to delete the draft from the phone (after a failed 清空). */
  const retryErase = () => {
    const r = eraseDraft()
    setNote(r.ok ? { kind: 'erased' } : { kind: 'erase-failed', message: r.message })
  }

  const clear = async () => {
    const ok = await confirmAction({ title: '清空草稿？', content: '已填写的内容会从这台手机上删除，不能恢复。', confirmText: '清空', cancelText: '保留', destructive: true })
    if (!ok) return
    autosave.cancel()
    const erased = eraseDraft()
    setNote(erased.ok ? { kind: 'erased' } : { kind: 'erase-failed', message: erased.message })
    first.current = true
    setDraft(EMPTY_DRAFT)
    setTouched(new Set())
    edited.current = new Set()
    setAttempted(false)
    setResult(null)
    setSaving(false)
  }

  const channel = edition.channels.find((c) => c.id === '12315')
  const kinds = edition.complaintPrep.kinds

  const field = (f: Exclude<FieldId, 'date'>, multiline = false, type: 'text' | 'digit' = 'text') => {
    const label = fieldLabel(f, draft.kind)
    const error = shown(f)
    const hint = HINT[draft.kind][f]
    const describedBy = [hint ? `hint-${f}` : '', error ? `err-${f}` : ''].filter(Boolean).join(' ')
    const native = aria({ 'aria-label': label, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })
    const common = {
      value: draft[f],
      maxlength: HARD_CAP,
      onBlur: () => touch(f)
    }
    return (
      <View className={`draft__field${error ? ' draft__field--error' : ''}`} id={fieldBoxId(f)} data-testid={`field-${f}`}>
        <Text className='draft__label'>{label}<RequiredMark required={isRequired(draft.kind, f)} /></Text>
        {hint ? <Text className='draft__hint' id={`hint-${f}`}>{hint}</Text> : null}
        {multiline ? (
          <Textarea {...common} nativeProps={native} className='draft__textarea' autoHeight onInput={(e) => setField(f, e.detail.value)} />
        ) : (
          <Input {...common} {...native} className='draft__input' type={type} onInput={(e) => setField(f, e.detail.value)} />
        )}
        {multiline ? (
          <Text className='draft__count'>{charCount(draft[f].trim())}/{MAX_LENGTH[f]}字</Text>
        ) : null}
        {error ? <Text className='draft__error' id={`err-${f}`}>！{error}</Text> : null}
      </View>
    )
  }

  const dateError = shown('date')
  return (
    <View className='draft'>
      <Card title='投诉举报草稿'>
        <Text className='draft__note'>
          草稿只保存在这台手机上，本程序不会发送任何内容。写好后点“生成文本并复制”，再到12315粘贴提交，或照着文字打电话。
        </Text>
        <SaveStatus note={note} saving={saving} savedAt={savedAt} onRetrySave={retrySave} onRetryErase={retryErase} />
      </Card>

      <Card title='类型'>
        <View className='draft__choices' {...radioGroup('类型')}>
          {kinds.map((k) => {
            const on = draft.kind === k.id
            return (
              <View
                key={k.id}
                className={`draft__choice${on ? ' draft__choice--on' : ''} hq-focus`}
                {...radioOption({ values: kinds.map((x) => x.id), value: k.id, checked: draft.kind, onSelect: (kind) => update({ ...draft, kind }) })}
              >
                <Text className='draft__choice-mark'>{on ? '◉' : '○'}</Text>
                <View className='draft__choice-body'>
                  <Text className='draft__choice-title'>{k.name}（{k.action}）</Text>
                  <Text className='draft__choice-text'>{k.text}</Text>
                </View>
              </View>
            )
          })}
        </View>
      </Card>

      <Card title={draft.kind === 'report' ? '被举报的商家' : '被投诉的商家'}>
        {field('businessName')}
        {field('businessAddress')}
      </Card>

      <Card title='事情经过'>
        {field('what', true)}
        <View className={`draft__field${dateError ? ' draft__field--error' : ''}`} id={fieldBoxId('date')} data-testid='field-date'>
          <Text className='draft__label'>{FIELD_LABEL.date}<RequiredMark required={isRequired(draft.kind, 'date')} /></Text>
          <DateField
            className='draft__input draft__date'
            label={FIELD_LABEL.date}
            value={draft.date}
            min={EARLIEST_DATE}
            max={today}
            display={formatFullDate}
            onChange={(v) => setField('date', v)}
            onBlur={() => touch('date')}
            invalid={Boolean(dateError)}
            describedBy={dateError ? 'err-date' : undefined}
          />
          {draft.date && !isRequired(draft.kind, 'date') ? (
            <Button className='hq-button hq-button--secondary draft__small hq-focus' {...pressable(() => setField('date', ''))}>不填日期</Button>
          ) : null}
          {dateError ? <Text className='draft__error' id='err-date'>！{dateError}</Text> : null}
        </View>
        {field('amount', false, 'digit')}
        {field('claim', true)}
      </Card>

      <Card title='已有证据（可多选）'>
        <View className='draft__choices' {...aria({ role: 'group', 'aria-label': '已有证据' })}>
          {EVIDENCE.map((e) => {
            const on = draft.evidence.includes(e.id)
            return (
              <View
                key={e.id}
                className={`draft__check${on ? ' draft__check--on' : ''} hq-focus`}
                {...pressable(() => update(toggleEvidence(draft, e.id)))}
                {...aria({ role: 'checkbox', 'aria-checked': on })}
              >
                <Text className='draft__choice-mark'>{on ? '☑' : '☐'}</Text>
                <Text className='draft__check-label'>{e.label}</Text>
              </View>
            )
          })}
        </View>
      </Card>

      <Card title='您的联系方式'>
        <Text className='draft__note'>12315提交时要填写您的姓名、地址和联系电话。这些只保存在这台手机上，会写进生成的文本；只有您自己复制、粘贴或打电话时，才会离开这台手机。</Text>
        {field('name')}
        {field('address')}
        {field('phone')}
      </Card>

      <View className='page__actions'>
        {attempted && firstError ? (
          <View className='draft__summary' id={SUMMARY_ID} {...aria({ role: 'alert', tabIndex: -1 })}>
            <Text className='draft__summary-text'>
              还有{errorCount}处需要修改：{FIELD_ORDER.filter((f) => errors[f]).map((f) => fieldLabel(f, draft.kind)).join('、')}
            </Text>
            <Button className='hq-link draft__summary-link hq-focus' {...pressable(() => revealAndFocus(fieldBoxId(firstError)), 'link')}>
              转到第一处：{fieldLabel(firstError, draft.kind)}
            </Button>
          </View>
        ) : null}
        <Button className='hq-button hq-focus' {...pressable(() => void generate())}>生成文本并复制</Button>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void clear())}>清空</Button>
      </View>

      {result ? (
        <View className='hq-card draft__result-card' id={RESULT_ID} {...aria({ tabIndex: -1, role: 'region', 'aria-labelledby': `${RESULT_ID}-title` })}>
          <View id={`${RESULT_ID}-title`}><Heading level={2} className='hq-card__title'>生成的{KIND_NAME[draft.kind]}文本</Heading></View>
          <Text className='draft__copied' {...aria({ role: 'status' })}>
            {result.copied ? '已复制到剪贴板。' : result.failure ?? '没能自动复制，请长按下面的文字手动复制。'}
          </Text>
          <SelectableText className='draft__result' data-testid='draft-result'>{result.text}</SelectableText>
          {channel ? (
            <View className='draft__next'>
              <Text className='draft__label'>下一步：到12315提交</Text>
              <ChannelActions channel={channel} />
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

function RequiredMark({ required }: { required: boolean }) {
  return <Text className='draft__required'>{required ? '（必填）' : '（可不填）'}</Text>
}

function fieldLabel(f: FieldId, kind: DraftKind): string {
  if (f === 'claim') return kind === 'report' ? '您希望怎样处理' : '您的请求'
  if (f === 'what') return kind === 'report' ? '违法行为' : '发生了什么'
  return FIELD_LABEL[f]
}

function SaveStatus({ note, saving, savedAt, onRetrySave, onRetryErase }: {
  note: StorageNote | null
  saving: boolean
  savedAt: number | null
  onRetrySave: () => void
  onRetryErase: () => void
}) {
  if (note?.kind === 'save-failed') {
    return (
      <View className='draft__failure-box'>
        <Text className='draft__failure' {...aria({ role: 'alert' })}>
          ！没能保存到手机（{note.message}）。页面上的内容还在，但还没有存到手机上：离开本页或关闭小程序后会丢失。可以点“再试保存”，或先点“生成文本并复制”把文字留一份。
        </Text>
        <Button className='hq-button hq-button--secondary draft__small' onClick={onRetrySave}>再试保存</Button>
      </View>
    )
  }
  if (note?.kind === 'erase-failed') {
    return (
      <View className='draft__failure-box'>
        <Text className='draft__failure' {...aria({ role: 'alert' })}>
          ！页面已清空，但没能从手机上删除之前保存的草稿（{note.message}）。下次打开时它可能还会出现。请点“再试删除”。
        </Text>
        <Button className='hq-button hq-button--secondary draft__small' onClick={onRetryErase}>再试删除</Button>
      </View>
    )
  }
  if (saving) return <Text className='draft__saved'>正在保存…</Text>
  if (note?.kind === 'erased') return <Text className='draft__saved' {...aria({ role: 'status' })}>草稿已从这台手机上删除。</Text>
  if (savedAt) return <Text className='draft__saved'>已自动保存在本机</Text>
  return null
}
