import { edition } from '@/content'
import { AppInfo } from '@/features/notice'
import { DisplayRoot, TextSizeSetting } from '@/features/display'
import '../../../pages/page.scss'

/** 关于本程序. */
export default function AppInfoPage() {
  return (
    <DisplayRoot className='page'>
      <TextSizeSetting />
      <AppInfo edition={edition} />
    </DisplayRoot>
  )
}
