import { View, Button } from '@tarojs/components'
import { yearOf, type Edition } from '@/content'
import { useCurrentEdition } from '@/lib/use-edition'
import { NoticeDocument } from '@/features/notice/NoticeDocument'
import { NoticeToc } from '@/features/notice/NoticeToc'
import { useNoticeTarget } from '@/features/notice/use-notice-target'
import { openPage } from '@/platform/navigation'
import { useScrollMemory } from '@/platform/scroll'
import { SearchEntry } from '@/features/search/SearchEntry'
import { openSearch } from '@/features/search/links'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { pressable } from '@/ui/pressable'
import '../page.scss'

export default function AboutPage() {
  const page = useCurrentEdition()
  return page.edition ? <AboutContent edition={page.edition} /> : <EditionPending load={page} />
}

function AboutContent({ edition }: { edition: Edition }) {
  const target = useNoticeTarget(edition)
  // Back from a page opened here (a unit, 关于本程序, …): the notice where the user left it.
  useScrollMemory('notice', yearOf(edition))
  return (
    <DisplayRoot className='page'>
      <SearchEntry />
      {/* 往届 and 关于本程序 from the top too, not only after the whole notice (also at the end). */}
      <View className='page__links'>
        <Button className='hq-link hq-focus' {...pressable(() => openPage('editions'), 'link')}>往届活动</Button>
        <Button className='hq-link hq-focus' {...pressable(() => openPage('app-info'), 'link')}>关于本程序</Button>
      </View>
      <NoticeToc edition={edition} />
      <NoticeDocument
        edition={edition}
        target={target?.anchor}
        backToSearch={target?.query ? { query: target.query, onPress: () => openSearch(target.query) } : undefined}
      />
      <View className='page__actions'>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openPage('editions'))}>往届：历年质量月活动</Button>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openPage('app-info'))}>关于本程序：数据来源与隐私</Button>
      </View>
    </DisplayRoot>
  )
}
