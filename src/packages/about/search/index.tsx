import { useRouter } from '@tarojs/taro'
import { SearchScreen } from '@/features/search/SearchScreen'
import { decodeParam } from '@/lib/page-params'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { usePageEdition } from '@/lib/use-edition'
import '../../../pages/page.scss'

/** 搜索: /packages/about/search/index?q=电梯&edition=2021 (both optional; the current edition without `edition`). */
export default function SearchPage() {
  const { params } = useRouter()
  const page = usePageEdition()
  if (!page.edition) return <EditionPending load={page} />
  const { edition, today } = page
  return (
    <DisplayRoot className='page'>
      <SearchScreen edition={edition} initialQuery={decodeParam(params.q)} today={today} />
    </DisplayRoot>
  )
}
