import { View } from '@tarojs/components'
import { edition } from '@/content'
import { AppInfo } from '@/features/notice'
import '../../../pages/page.scss'

/** 关于本程序. */
export default function AppInfoPage() {
  return (
    <View className='page'>
      <AppInfo edition={edition} />
    </View>
  )
}
