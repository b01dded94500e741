import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { decodeParam } from '@/lib/page-params'
import { openPage, openTab } from '@/platform/navigation'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import '../../../pages/page.scss'
import './index.scss'

/**
 * 找不到页面: where an address that is not a page of the app leads (platform/not-found.ts),
 * never a blank screen. Says which address, and offers 首页 and the search.
 */
export default function NotFoundPage() {
  const { params } = useRouter()
  const path = decodeParam(params.path)
  return (
    <DisplayRoot className='page'>
      <View className='not-found' {...aria({ role: 'alert' })}>
        <Heading level={1} className='not-found__title'>找不到这个页面</Heading>
        <Text className='not-found__text'>
          {path ? `链接中的地址“${path}”不是本程序的页面，` : '这个链接不是本程序的页面，'}可能链接不完整或已过期。
        </Text>
        <Text className='not-found__text'>活动、口号和通知全文都可以从首页找到。</Text>
      </View>
      <View className='page__actions'>
        <Button className='hq-button hq-focus' {...pressable(() => openTab('home'))}>回到首页</Button>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openPage('search'))}>搜索活动、口号和通知</Button>
      </View>
    </DisplayRoot>
  )
}
