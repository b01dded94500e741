import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { DraftForm } from '@/features/complaints/DraftForm'
import { parseKind } from '@/features/complaints/draft-form'
import { decodeParam } from '@/lib/page-params'
import { useCurrentEdition } from '@/lib/use-edition'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import '../../../pages/page.scss'
import './index.scss'

/** The complaint-draft helper (route `draft`; param `kind`: complaint | report, used only for a blank draft). */
export default function DraftPage() {
  const { edition, today } = useCurrentEdition()
  const { params } = useRouter()
  return (
    <DisplayRoot className='page'>
      <DraftForm edition={edition} today={today} initialKind={parseKind(decodeParam(params.kind))} />
      <View className='draft-page__end' />
    </DisplayRoot>
  )
}
