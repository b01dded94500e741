import { Button, Text, View } from '@tarojs/components'
import type { EditionsLoad } from '@/lib/use-edition'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import { DisplayRoot } from './DisplayRoot'
import '../../ui/ui.scss'

/**
 * A page while its edition's content loads (H5 fetches each edition on demand, weapp every
 * edition but the newest: lib/use-edition.ts): a short message announced to screen readers, or, if loading failed,
 * what happened and a 重试 button. Never a blank page, never another edition's content in its
 * place. Pages: `const page = usePageEdition(); if (!page.edition) return <EditionPending load={page} />`.
 */
export function EditionPending({ load }: { load: Pick<EditionsLoad, 'status' | 'retry'> }) {
  return (
    <DisplayRoot className='page'>
      {load.status === 'failed' ? (
        <View className='hq-card' {...aria({ role: 'alert' })}>
          <Text className='hq-paragraph'>活动内容没有加载成功，请检查网络连接后重试。</Text>
          <Button className='hq-button hq-focus' {...pressable(load.retry)}>重试</Button>
        </View>
      ) : (
        <View className='hq-card' {...aria({ role: 'status', 'aria-live': 'polite', 'aria-busy': true })}>
          <Text className='hq-paragraph'>正在加载活动内容…</Text>
        </View>
      )}
    </DisplayRoot>
  )
}
