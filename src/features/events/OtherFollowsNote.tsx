import { Button, Text, View } from '@tarojs/components'
import type { LoadStatus } from '@/lib/use-edition'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'

/**
 * 我的关注: while the other editions with follows load (H5: each edition is a chunk fetched on
 * demand; weapp: every edition but the newest comes from the 往届 subpackage), says so with
 * their count; if loading failed, says so with 重试. Nothing once loaded.
 */
export function OtherFollowsNote({ status, count, onRetry }: { status: LoadStatus; count: number; onRetry: () => void }) {
  if (status === 'loading') {
    return <Text className='event-list__note' {...aria({ role: 'status', 'aria-busy': true })}>正在加载其他届的关注（{count}项）…</Text>
  }
  if (status === 'failed') {
    return (
      <View className='event-list__group' {...aria({ role: 'alert' })}>
        <Text className='event-list__note'>其他届的关注（{count}项）没有加载成功，请检查网络连接后重试。</Text>
        <Button className='hq-button hq-focus' {...pressable(onRetry)}>重试</Button>
      </View>
    )
  }
  return null
}
