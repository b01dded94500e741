import { Text, View, Button } from '@tarojs/components'
import { aria } from '@/ui/aria'
import type { StorageNote } from './draft-status'

/** The id of what 清空 did, under its button (brought into view after 清空). */
export const CLEARED_ID = 'draft-cleared'

/** What 清空 (or 再试删除) did: the line shown under its button, and what is announced. */
export function clearedText(note: StorageNote | null): string {
  if (note?.kind === 'erased') return '已清空：草稿已从这台手机上删除。'
  if (note?.kind === 'erase-failed') return `！页面已清空，但没能从手机上删除之前保存的草稿（${note.message}）。下次打开时它可能还会出现。请点“再试删除”。`
  return ''
}

/**
 * What 清空 did, under its button, where the user is looking (the form's top is a screen or
 * more away): deleted, or deleted from the screen only, with 再试删除. Said to screen readers
 * by the form (platform announce), so the text here is not a live region as well.
 */
export function ClearStatus({ note, onRetryErase }: { note: StorageNote | null; onRetryErase: () => void }) {
  const text = clearedText(note)
  return (
    <View id={CLEARED_ID} className='draft__cleared'>
      {note?.kind === 'erased' ? <Text className='draft__saved'>{text}</Text> : null}
      {note?.kind === 'erase-failed' ? (
        <View className='draft__failure-box'>
          <Text className='draft__failure'>{text}</Text>
          <Button className='hq-button hq-button--secondary draft__small hq-focus' onClick={onRetryErase}>再试删除</Button>
        </View>
      ) : null}
    </View>
  )
}

/**
 * The line under the draft's note on what the phone holds: saving, saved, or a failed save
 * with its retry. (What 清空 did is shown under its button: ClearStatus.)
 */
export function SaveStatus({ note, saving, savedAt, onRetrySave }: {
  note: StorageNote | null
  saving: boolean
  savedAt: number | null
  onRetrySave: () => void
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
  // The old draft may still be on the phone, and later saves are not checked against it: say so
  // here too (where the user types), never "saved"; the retry is under 清空 (ClearStatus).
  if (note?.kind === 'erase-failed') return <Text className='draft__failure'>！之前保存的草稿还没能从手机上删除：请到页面下方“清空”旁点“再试删除”。</Text>
  if (saving) return <Text className='draft__saved'>正在保存…</Text>
  if (savedAt) return <Text className='draft__saved'>已自动保存在本机</Text>
  return null
}
