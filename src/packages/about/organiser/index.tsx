import { useRouter } from '@tarojs/taro'
import { edition } from '@/content'
import { decodeParam } from '@/lib/page-params'
import { OrganiserDetail } from '@/features/notice/OrganiserDetail'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { useToday } from '@/lib/use-today'
import '../../../pages/page.scss'

/** 主办单位: /packages/about/organiser/index?id=amr */
export default function OrganiserPage() {
  const { params } = useRouter()
  const today = useToday()
  return (
    <DisplayRoot className='page'>
      <OrganiserDetail edition={edition} id={decodeParam(params.id)} today={today} />
    </DisplayRoot>
  )
}
