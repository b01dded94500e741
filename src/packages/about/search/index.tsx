import { useRouter } from '@tarojs/taro'
import { SearchScreen, decodeParam } from '@/features/search'
import { DisplayRoot } from '@/features/display'
import '../../../pages/page.scss'

/** 搜索: /packages/about/search/index?q=电梯 (q optional). */
export default function SearchPage() {
  const { params } = useRouter()
  return (
    <DisplayRoot className='page'>
      <SearchScreen initialQuery={decodeParam(params.q)} />
    </DisplayRoot>
  )
}
