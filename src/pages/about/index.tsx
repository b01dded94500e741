import { View } from '@tarojs/components'
import { edition } from '@/content'
import { NoticeDocument } from '@/features/notice'
import '../page.scss'

export default function AboutPage() {
  return (
    <View className='page'>
      <NoticeDocument edition={edition} />
    </View>
  )
}
