import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SearchScreen, decodeParam } from '@/features/search'
import '../../../pages/page.scss'

/** 搜索: /packages/about/search/index?q=电梯 (q optional). */
export default function SearchPage() {
  const { params } = useRouter()
  return (
    <View className='page'>
      <SearchScreen initialQuery={decodeParam(params.q)} />
    </View>
  )
}
