import { edition } from '@/content'
import { ChannelCard, ContactCard, DraftEntryCard, GuideCard, KindsCard, PrepareCard } from '@/features/complaints'
import { DisplayRoot } from '@/features/display'
import '../page.scss'

export default function ComplaintsPage() {
  return (
    <DisplayRoot className='page'>
      {edition.channels.map((c) => <ChannelCard key={c.id} channel={c} />)}
      <GuideCard edition={edition} />
      <DraftEntryCard />
      <KindsCard edition={edition} />
      <PrepareCard edition={edition} />
      <ContactCard edition={edition} />
    </DisplayRoot>
  )
}
