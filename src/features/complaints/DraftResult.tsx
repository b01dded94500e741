/** What 生成文本并复制 shows: the summary of what to fix, or the composed text with what to do next. */
import { View, Text, Button } from '@tarojs/components'
import type { Channel } from '@/content'
import { aria } from '@/ui/aria'
import { Heading } from '@/ui/Heading'
import { pressable } from '@/ui/pressable'
import { SelectableText } from '@/ui/SelectableText'
import { KeepTogether } from '@/ui/NoWrap'
import { KIND_NAME, type DraftKind, type FieldId } from './model'
import { fieldLabel, fieldsWithErrors, type Errors } from './draft-form'
import { copyStatusText, replacedNote, type CopyOutcome } from './draft-status'
import { fieldBoxId } from './DraftFields'
import { RESULT_ID, SUMMARY_ID } from './use-copy-flow'
import { ChannelActions } from './ChannelCard'

/** The errors' summary (an alert, focused after 生成) with a link to the first wrong field. */
export function ErrorSummary({ errors, kind, onGoTo }: { errors: Errors; kind: DraftKind; onGoTo: (boxId: string) => void }) {
  const wrong = fieldsWithErrors(errors)
  const first: FieldId | undefined = wrong[0]
  if (!first) return null
  return (
    <View className='draft__summary' id={SUMMARY_ID} {...aria({ role: 'alert', tabIndex: -1 })}>
      <Text className='draft__summary-text'>
        还有{wrong.length}处需要修改：{wrong.map((f) => fieldLabel(f, kind)).join('、')}
      </Text>
      <Button className='hq-link draft__summary-link hq-focus' {...pressable(() => onGoTo(fieldBoxId(first)), 'link')}>
        转到第一处：{fieldLabel(first, kind)}
      </Button>
    </View>
  )
}

/**
 * The composed text (selectable, to copy by hand if need be), where it is (on the clipboard,
 * or replaced since), 再复制 to put it back, and 12315 next. The next steps' copies (网址,
 * “12315”) say that the text is no longer on the clipboard; `copies` starts them afresh after
 * each copy of the text.
 */
export function DraftResult({ result, kind, channel, copies, onCopyAgain, onOtherCopy }: {
  result: CopyOutcome
  kind: DraftKind
  channel: Channel | undefined
  copies: number
  onCopyAgain: () => void
  onOtherCopy: (data: string) => void
}) {
  const what = `${KIND_NAME[kind]}文本`
  return (
    <View className='hq-card draft__result-card' id={RESULT_ID} {...aria({ tabIndex: -1, role: 'region', 'aria-labelledby': `${RESULT_ID}-title` })}>
      <View id={`${RESULT_ID}-title`}><Heading level={2} className='hq-card__title'>生成的{what}</Heading></View>
      <Text className='draft__copied' {...aria({ role: 'status' })}>{copyStatusText(result, what)}</Text>
      <Button className='hq-button hq-button--secondary draft__again hq-focus' {...pressable(onCopyAgain)}>再复制{what}</Button>
      <SelectableText className='draft__result' data-testid='draft-result'><KeepTogether text={result.text} /></SelectableText>
      {channel ? (
        <View className='draft__next'>
          <Text className='draft__label'>下一步：到12315提交</Text>
          <ChannelActions key={copies} channel={channel} onCopied={onOtherCopy} copiedNote={replacedNote(result, what)} />
        </View>
      ) : null}
    </View>
  )
}
