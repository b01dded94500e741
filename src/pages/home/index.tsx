import { View, Button } from '@tarojs/components'
import { edition } from '@/content'
import { CampaignHero, WorkLines } from '@/features/campaign'
import { SearchEntry } from '@/features/search'
import { openTab } from '@/platform'
import { useToday } from '@/lib/use-today'
import '../page.scss'

export default function HomePage() {
  const today = useToday()
  return (
    <View className='page'>
      <SearchEntry />
      <CampaignHero edition={edition} today={today} />
      <WorkLines edition={edition} />
      <View className='page__actions'>
        <Button className='hq-button' onClick={() => openTab('events')}>查看活动日历</Button>
        <Button className='hq-button hq-button--secondary' onClick={() => openTab('complaints')}>投诉举报渠道</Button>
        <Button className='hq-button hq-button--secondary' onClick={() => openTab('about')}>阅读通知全文</Button>
      </View>
    </View>
  )
}
