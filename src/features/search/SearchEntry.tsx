import { View, Text, Button } from '@tarojs/components'
import { pressable } from '@/ui/pressable'
import { openSearch } from './links'
import './search.scss'

/**
 * The search box at the top of a page (首页, 关于). Tapping it opens the search page with
 * the keyboard up, where results update as the user types. `edition`: the year to search in
 * (a 往届 edition's page); left out, the current edition's.
 */
export function SearchEntry({ edition }: { edition?: string } = {}) {
  return (
    <View className='search-entry'>
      <Button className='search-entry__box hq-focus' {...pressable(() => openSearch(undefined, edition), 'button', { label: '搜索活动、主办单位、口号、通知原文' })}>
        <View className='search-icon' />
        <Text className='search-entry__label'>搜索</Text>
        <Text className='search-entry__hint'>活动、主办单位、口号、通知原文</Text>
      </Button>
    </View>
  )
}
