import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { DraftForm } from '@/features/complaints/DraftForm'
import { parseKind } from '@/features/complaints/draft-form'
import { decodeParam } from '@/lib/page-params'
import { useCurrentEdition } from '@/lib/use-edition'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import '../../../pages/page.scss'
import './index.scss'

/** The complaint-draft helper (route `draft`; param `kind`: complaint | report, used only for a blank draft). */
export default function DraftPage() {
  const { params } = useRouter()
  const page = useCurrentEdition()
  if (!page.edition) return <EditionPending load={page} />
  const { edition, today } = page
  return (
    <DisplayRoot className='page'>
      <DraftForm edition={edition} today={today} initialKind={parseKind(decodeParam(params.kind))} />
      <View className='draft-page__end' />
    </DisplayRoot>
  )
}
