import { View, Text, Button } from '@tarojs/components'
import { pressable } from '@/ui/pressable'
import { openSearch } from './links'
import './search.scss'

/**
 * The search box at the top of a page (首页, 关于). Tapping it opens the search page with
 * the keyboard up, where results update as the user types.
 */
export function SearchEntry() {
  return (
    <View className='search-entry'>
      <Button className='search-entry__box hq-focus' {...pressable(() => openSearch(), 'button', { label: '搜索活动、主办单位、口号、通知原文' })}>
        <View className='search-icon' />
        <Text className='search-entry__label'>搜索</Text>
        <Text className='search-entry__hint'>活动、主办单位、口号、通知原文</Text>
      </Button>
    </View>
  )
}
