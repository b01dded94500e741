import { useRouter } from '@tarojs/taro'
import { SearchScreen } from '@/features/search/SearchScreen'
import { decodeParam } from '@/lib/page-params'
import { DisplayRoot } from '@/features/display/DisplayRoot'
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
