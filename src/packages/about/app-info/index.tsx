import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import type { Edition } from '@/content'
import { useReadyOrMount } from '@/lib/use-ready'
import { usePageEdition } from '@/lib/use-edition'
import { sourceRowAnchor } from '@/features/notice/model'
import { scrollToId } from '@/platform/scroll'
import { AppInfo } from '@/features/notice/AppInfo'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { TextSizeSetting } from '@/features/display/TextSizeSetting'
import { AppearanceSetting } from '@/features/display/AppearanceSetting'
import { readContentUpdates } from '@/platform/content-update'
import { ContentUpdateInfo } from './ContentUpdateInfo'
import '../../../pages/page.scss'

/** 关于本程序; `?source=id` marks and scrolls to that source (from the quiz). */
export default function AppInfoPage() {
  const { params } = useRouter()
  const page = usePageEdition((e) => e.sources.some((s) => s.id === params.source))
  if (!page.edition) return <EditionPending load={page} />
  return <AppInfoContent edition={page.edition} source={params.source} mountedLate={page.waited} />
}

function AppInfoContent({ edition, source, mountedLate }: { edition: Edition; source: string | undefined; mountedLate: boolean }) {
  const target = edition.sources.some((s) => s.id === source) ? source : undefined
  useReadyOrMount(() => {
    if (target) scrollToId(sourceRowAnchor(target))
  }, mountedLate)
  // Read (and repaired) once for the page: the stored update holds a whole edition.
  const [updates] = useState(readContentUpdates)
  return (
    <DisplayRoot className='page'>
      <TextSizeSetting />
      <AppearanceSetting />
      <AppInfo edition={edition} target={target} updatesFrom={updates?.origin} />
      <ContentUpdateInfo edition={edition} info={updates} />
    </DisplayRoot>
  )
}
