import { useEffect, useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import type { Edition } from '@/content'
import { announce } from '@/platform/a11y'
import { confirmAction } from '@/platform/dialog'
import { revealAndFocus, scrollToId } from '@/platform/scroll'
import { Card } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import type { DraftKind, FieldId } from './model'
import { composeText, toggleEvidence, withField } from './draft-form'
import { useSavedDraft } from './use-saved-draft'
import { useFieldErrors } from './use-field-errors'
import { useCopyFlow } from './use-copy-flow'
import { DateBox, TextField, type FieldKeyboard } from './DraftFields'
import { EvidenceChoice, KindChoice } from './DraftChoices'
import { ClearStatus, CLEARED_ID, clearedText, SaveStatus } from './SaveStatus'
import { DraftResult, ErrorSummary } from './DraftResult'
import './draft.scss'

/**
 * The complaint-draft helper: the form, what the phone holds (use-saved-draft.ts), the
 * problems shown beside the fields (use-field-errors.ts) and 生成文本并复制 (use-copy-flow.ts).
 */
export function DraftForm({ edition, today, initialKind }: { edition: Edition; today: string; initialKind?: DraftKind | null }) {
  const saved = useSavedDraft(initialKind)
  const { draft } = saved
  const checks = useFieldErrors(draft, today)
  const copyFlow = useCopyFlow()
  // Counts 清空 and 再试删除: each brings what it did (under the buttons) into view once shown.
  const [clears, setClears] = useState(0)
  useEffect(() => {
    if (clears > 0) scrollToId(CLEARED_ID)
  }, [clears])

  const update: typeof saved.update = (next) => {
    saved.update(next)
    copyFlow.dismiss()
  }
  const setField = (f: FieldId, value: string) => {
    checks.edit(f)
    update(withField(draft, f, value))
  }

  const generate = async () => {
    saved.flush()
    checks.attempt()
    if (Object.keys(checks.errors).length > 0) {
      copyFlow.showErrors()
      return
    }
    await copyFlow.copyText(composeText(draft))
  }

  const clear = async () => {
    const ok = await confirmAction({ title: '清空草稿？', content: '已填写的内容会从这台手机上删除，不能恢复。', confirmText: '清空', cancelText: '保留', destructive: true })
    if (!ok) return
    const note = saved.erase()
    checks.reset()
    copyFlow.dismiss()
    announce(clearedText(note))
    setClears((n) => n + 1)
  }
  const retryErase = () => {
    announce(clearedText(saved.retryErase()))
    setClears((n) => n + 1)
  }

  const channel = edition.channels.find((c) => c.id === '12315')
  const text = (f: Exclude<FieldId, 'date'>, multiline = false, type: FieldKeyboard = 'text') => (
    <TextField
      field={f}
      kind={draft.kind}
      value={draft[f]}
      error={checks.shown(f)}
      multiline={multiline}
      type={type}
      onInput={(v) => setField(f, v)}
      onBlur={() => checks.leave(f)}
    />
  )

  return (
    <View className='draft'>
      <Card title='投诉举报草稿'>
        <Text className='draft__note'>
          草稿只保存在这台手机上，本程序不会发送任何内容。写好后点“生成文本并复制”，再到12315粘贴提交，或照着文字打电话。
        </Text>
        <SaveStatus note={saved.note} saving={saved.saving} savedAt={saved.savedAt} onRetrySave={saved.retrySave} />
      </Card>

      <Card title='类型'>
        <KindChoice kinds={edition.complaintPrep.kinds} value={draft.kind} onSelect={(kind) => update({ ...draft, kind })} />
      </Card>

      <Card title={draft.kind === 'report' ? '被举报的商家' : '被投诉的商家'}>
        {text('businessName')}
        {text('businessAddress')}
      </Card>

      <Card title='事情经过'>
        {text('what', true)}
        <DateBox
          kind={draft.kind}
          value={draft.date}
          today={today}
          error={checks.shown('date')}
          onChange={(v) => setField('date', v)}
          onBlur={() => checks.leave('date')}
        />
        {text('amount', false, 'digit')}
        {text('claim', true)}
      </Card>

      <Card title='已有证据（可多选）'>
        <EvidenceChoice held={draft.evidence} onToggle={(id) => update(toggleEvidence(draft, id))} />
      </Card>

      <Card title='您的联系方式'>
        <Text className='draft__note'>12315提交时要填写您的姓名、地址和联系电话。这些只保存在这台手机上，会写进生成的文本；只有您自己复制、粘贴或打电话时，才会离开这台手机。</Text>
        {text('name')}
        {text('address')}
        {text('phone', false, 'phone')}
      </Card>

      <View className='page__actions'>
        {checks.attempted ? <ErrorSummary errors={checks.errors} kind={draft.kind} onGoTo={revealAndFocus} /> : null}
        <Button className='hq-button hq-focus' {...pressable(() => void generate())}>生成文本并复制</Button>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => void clear())}>清空</Button>
        <ClearStatus note={saved.note} onRetryErase={retryErase} />
      </View>

      {copyFlow.result ? (
        <DraftResult
          result={copyFlow.result}
          kind={draft.kind}
          channel={channel}
          copies={copyFlow.copies}
          onCopyAgain={() => void copyFlow.copyAgain()}
          onOtherCopy={copyFlow.otherCopied}
        />
      ) : null}
    </View>
  )
}
