import { View, Text, Button } from '@tarojs/components'
import { openPage } from '@/platform/navigation'
import { Card } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { isBlankDraft, KIND_NAME } from './model'
import { useDraftStore } from './store'
import './complaints.scss'

/** The way into the draft helper from the 投诉 tab, saying whether a draft is waiting. */
export function DraftEntryCard() {
  const draft = useDraftStore((s) => s.draft)
  const blank = isBlankDraft(draft)
  return (
    <Card title='投诉举报草稿'>
      <Text className='channel__note'>
        先在手机上把要说的事写清楚，生成文本后复制，再到12315粘贴提交或照着打电话。草稿只存在本机，不会发送给任何人。
      </Text>
      {!blank ? (
        <Text className='draft-entry__saved'>
          已有一份未完成的{KIND_NAME[draft.kind]}草稿{draft.businessName.trim() ? `：${draft.businessName.trim()}` : ''}
        </Text>
      ) : null}
      <View className='channel__actions'>
        <Button className='hq-button hq-focus' {...pressable(() => openPage('draft'))}>{blank ? '写投诉或举报草稿' : '继续写草稿'}</Button>
      </View>
    </Card>
  )
}
