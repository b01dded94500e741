import { useRouter } from '@tarojs/taro'
import { SearchScreen } from '@/features/search/SearchScreen'
import { decodeParam } from '@/lib/page-params'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { useToday } from '@/lib/use-today'
import '../../../pages/page.scss'

/** 搜索: /packages/about/search/index?q=电梯 (q optional). */
export default function SearchPage() {
  const { params } = useRouter()
  const today = useToday()
  return (
    <DisplayRoot className='page'>
      <SearchScreen initialQuery={decodeParam(params.q)} today={today} />
    </DisplayRoot>
  )
}
