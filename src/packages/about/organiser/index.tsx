import { useRouter } from '@tarojs/taro'
import { decodeParam } from '@/lib/page-params'
import { usePageEdition } from '@/lib/use-edition'
import { OrganiserDetail } from '@/features/notice/OrganiserDetail'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { useToday } from '@/lib/use-today'
import '../../../pages/page.scss'

/** 主办单位: /packages/about/organiser/index?id=amr&edition=2021 */
export default function OrganiserPage() {
  const { params } = useRouter()
  const today = useToday()
  const id = decodeParam(params.id)
  const page = usePageEdition((e) => e.organisers.some((o) => o.id === id))
  if (!page.edition) return <EditionPending load={page} />
  const { edition } = page
  return (
    <DisplayRoot className='page'>
      <OrganiserDetail edition={edition} id={id} today={today} />
    </DisplayRoot>
  )
}
