import type { PropsWithChildren } from 'react'
import { View, Text, Button } from '@tarojs/components'
import type { Edition } from '@/content'
import { useCurrentEdition } from '@/lib/use-edition'
import { ChannelCard } from '@/features/complaints/ChannelCard'
import { ComplaintsHeader } from '@/features/complaints/ComplaintsHeader'
import { ContactCard } from '@/features/complaints/ContactCard'
import { DraftEntryCard } from '@/features/complaints/DraftEntryCard'
import { GuideCard } from '@/features/complaints/GuideCard'
import { KindsCard, PrepareCard } from '@/features/complaints/PrepareCard'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { openSearch } from '@/features/search/links'
import { revealAndFocus } from '@/platform/scroll'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import { cardAnchor, useComplaintsTarget, type ComplaintsTarget } from './use-complaints-target'
import '../page.scss'
import './complaints-page.scss'

export default function ComplaintsPage() {
  const page = useCurrentEdition()
  if (!page.edition) return <EditionPending load={page} />
  return <ComplaintsContent edition={page.edition} today={page.today} />
}

/**
 * A card's place on the tab, which a search result opens at (focused and in view, marked by a
 * border and a label, not colour alone), with the way back to the results and, at a channel, the
 * way to 我该找谁？ when the user is not sure it is the right one.
 */
function Place({ at, label, target, children }: PropsWithChildren<{ at: string; label: string; target: ComplaintsTarget | null }>) {
  const here = target?.at === at
  return (
    <View id={cardAnchor(at)} className={`complaints-place hq-focus${here ? ' complaints-place--target' : ''}`} {...aria({ role: 'region', 'aria-label': label })}>
      {here ? (
        <View className='complaints-place__flag-row'>
          <Text className='complaints-place__flag'>▶ 搜索结果</Text>
          {target?.query ? (
            <Button
              className='complaints-place__link complaints-place__link--back hq-focus'
              {...pressable(() => openSearch(target.query))}
              {...aria({ 'aria-label': `返回搜索结果：“${target.query}”` })}
            >
              返回搜索结果
            </Button>
          ) : null}
          {at !== 'guide' ? (
            <Button className='complaints-place__link hq-focus' {...pressable(() => revealAndFocus(cardAnchor('guide')))}>
              不确定找谁？看“我该找谁？”
            </Button>
          ) : null}
        </View>
      ) : null}
      {children}
    </View>
  )
}

function ComplaintsContent({ edition, today }: { edition: Edition; today: string }) {
  const target = useComplaintsTarget(edition)
  return (
    <DisplayRoot className='page'>
      <ComplaintsHeader edition={edition} />
      {edition.channels.map((c) => (
        <Place key={c.id} at={c.id} label={`${c.short} · ${c.name}`} target={target}>
          <ChannelCard channel={c} />
        </Place>
      ))}
      <Place at='guide' label='我该找谁？' target={target}>
        <GuideCard edition={edition} />
      </Place>
      <DraftEntryCard />
      <KindsCard edition={edition} />
      <PrepareCard edition={edition} />
      <ContactCard edition={edition} today={today} />
    </DisplayRoot>
  )
}
