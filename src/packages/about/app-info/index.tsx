import { useReady, useRouter } from '@tarojs/taro'
import { usePageEdition } from '@/lib/use-page-edition'
import { sourceRowAnchor } from '@/features/notice/model'
import { scrollToId } from '@/platform/scroll'
import { AppInfo } from '@/features/notice/AppInfo'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { TextSizeSetting } from '@/features/display/TextSizeSetting'
import '../../../pages/page.scss'

/** 关于本程序; `?source=id` marks and scrolls to that source (from the quiz). */
export default function AppInfoPage() {
  const { params } = useRouter()
  const { edition } = usePageEdition((e) => e.sources.some((s) => s.id === params.source))
  const target = edition.sources.some((s) => s.id === params.source) ? params.source : undefined
  useReady(() => {
    if (target) scrollToId(sourceRowAnchor(target))
  })
  return (
    <DisplayRoot className='page'>
      <TextSizeSetting />
      <AppInfo edition={edition} target={target} />
    </DisplayRoot>
  )
}
