import { edition } from '@/content'
import { AppInfo } from '@/features/notice/AppInfo'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { TextSizeSetting } from '@/features/display/TextSizeSetting'
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
