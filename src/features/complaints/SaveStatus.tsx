import { Text, View, Button } from '@tarojs/components'
import { aria } from '@/ui/aria'
import type { StorageNote } from './draft-status'

/** The line under the draft's note on what the phone holds: saving, saved, deleted, or a failure with its retry. */
export function SaveStatus({ note, saving, savedAt, onRetrySave, onRetryErase }: {
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
