import { Button, Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { yearOf, type Edition, type Slogan } from '@/content'
import { useReadyOrMount } from '@/lib/use-ready'
import { PosterPanel } from '@/features/slogans/PosterPanel'
import { SloganHeader } from '@/features/slogans/SloganHeader'
import { SloganList } from '@/features/slogans/SloganList'
import { resolveSloganParam, sloganAnchor, sloganShareQuery, sloganSharePath } from '@/features/slogans/page-model'
import { copyPageLink, isSinglePageMode, SHARE_TO_CHAT } from '@/platform/share'
import { copy } from '@/platform/clipboard'
import { openTab } from '@/platform/navigation'
import { scrollToId } from '@/platform/scroll'
import { routeUrl } from '@/routes'
import { usePageEdition } from '@/lib/use-edition'
import { sloganShareCard } from '@/features/slogans/share-card'
import { prepareShareCard, shareMessage } from '@/platform/share-card'
import { aria } from '@/ui/aria'
import { DisplayRoot } from '@/features/display/DisplayRoot'
import { EditionPending } from '@/features/display/EditionPending'
import { pressable } from '@/ui/pressable'
import '../../../pages/page.scss'
import './index.scss'

/**
 * 口号: the theme and all slogans of an edition (`edition`, e.g. ?edition=2021; the current
 * one without it), each to share, copy or make a poster of. A link's `id` (e.g. ?id=s5)
 * highlights that slogan and scrolls to it; an unknown id shows the list with a short
 * message. Shared links name the edition. Opened from 朋友圈 (单页模式) it only shows its content.
 */
export default function SlogansPage() {
  const { params } = useRouter()
  const page = usePageEdition((e) => resolveSloganParam(e.slogans.items, params.id).kind === 'found')
  if (!page.edition) return <EditionPending load={page} />
  return <SlogansContent edition={page.edition} id={params.id} mountedLate={page.waited} />
}

function SlogansContent({ edition, id, mountedLate }: { edition: Edition; id: string | undefined; mountedLate: boolean }) {
  const slogans = edition.slogans.items
  const year = yearOf(edition)
  const param = useMemo(() => resolveSloganParam(slogans, id), [slogans, id])
  const highlighted = param.kind === 'found' ? param.slogan : undefined
  const [singlePage] = useState(isSinglePageMode)
  const [poster, setPoster] = useState<Slogan | null>(null)
  const [status, setStatus] = useState<{ id: string; text: string } | null>(null)

  useReadyOrMount(() => {
    if (highlighted) scrollToId(sloganAnchor(highlighted.id))
    // The page's own card (the highlighted slogan's, or the page's) is drawn ahead; a slogan's
    // share button draws its card on demand (the share waits at most 2.5 s for it).
    const own = sloganShareCard(edition, highlighted)
    prepareShareCard(own.key, own.card)
  }, mountedLate)

  useShareAppMessage((res) => {
    // A slogan's own share button carries its id (data-id); the menu shares the page.
    const target = res?.target as { dataset?: { id?: string } } | undefined
    const fromButton = res?.from === 'button' ? slogans.find((s) => s.id === target?.dataset?.id) : undefined
    const slogan = fromButton ?? highlighted
    const { key, card } = sloganShareCard(edition, slogan)
    return slogan
      ? shareMessage({ title: slogan.text, path: sloganSharePath(slogan.id, year) }, key, card)
      : shareMessage({ title: edition.slogans.heading, path: routeUrl('slogans', { edition: year }) }, key, card)
  })

  useShareTimeline(() => (highlighted
    ? { title: highlighted.text, query: sloganShareQuery(highlighted.id, year) }
    : { title: edition.slogans.heading, query: `edition=${year}` }))

  const onCopy = async (s: Slogan) => {
    const r = await copy(s.text)
    setStatus({ id: s.id, text: r.ok ? '已复制口号文字' : r.message.replace('请长按文字手动复制', '可以长按口号文字选择复制') })
  }
  const onCopyLink = async (s: Slogan) => {
    const ok = await copyPageLink(sloganSharePath(s.id, year))
    setStatus({ id: s.id, text: ok ? '已复制这条口号的链接' : '复制链接失败' })
  }

  return (
    <DisplayRoot className='page'>
      <SloganHeader edition={edition} />
      {param.kind === 'unknown' ? (
        <Text className='slogan-page__message' {...aria({ role: 'status' })}>
          没有找到链接中的口号“{param.shown}”，以下是全部{slogans.length}条口号。
        </Text>
      ) : null}
      {singlePage ? (
        <Text className='slogan-page__message'>这是朋友圈中的预览。点底部“前往小程序”，可以分享口号、复制文字和生成海报。</Text>
      ) : null}
      <SloganList
        slogans={slogans}
        highlightId={highlighted?.id}
        shareToChat={SHARE_TO_CHAT}
        readOnly={singlePage}
        status={status}
        onCopy={onCopy}
        onCopyLink={onCopyLink}
        onPoster={setPoster}
      />
      {singlePage ? null : (
        <View className='page__actions'>
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openTab('home'))}>回到首页</Button>
        </View>
      )}
      {poster ? <PosterPanel edition={edition} slogan={poster} onClose={() => setPoster(null)} /> : null}
    </DisplayRoot>
  )
}
