import { useCurrentEdition } from '@/lib/use-edition'
import { ChannelCard } from '@/features/complaints/ChannelCard'
import { ComplaintsHeader } from '@/features/complaints/ComplaintsHeader'
import { ContactCard } from '@/features/complaints/ContactCard'
import { DraftEntryCard } from '@/features/complaints/DraftEntryCard'
import { GuideCard } from '@/features/complaints/GuideCard'
import { KindsCard, PrepareCard } from '@/features/complaints/PrepareCard'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import '../page.scss'

export default function ComplaintsPage() {
  const page = useCurrentEdition()
  if (!page.edition) return <EditionPending load={page} />
  const { edition } = page
  return (
    <DisplayRoot className='page'>
      <ComplaintsHeader edition={edition} />
      {edition.channels.map((c) => <ChannelCard key={c.id} channel={c} />)}
      <GuideCard edition={edition} />
      <DraftEntryCard />
      <KindsCard edition={edition} />
      <PrepareCard edition={edition} />
      <ContactCard edition={edition} today={page.today} />
    </DisplayRoot>
  )
}
