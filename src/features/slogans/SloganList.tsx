import { Button, Text, View } from '@tarojs/components'
import type { Slogan } from '@/content'
import { Badge } from '@/ui/Card'
import { sloganAnchor } from './page-model'
import { SloganText } from './SloganText'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import '../../ui/ui.scss'
import './slogans.scss'
import './slogan-page.scss'

export type SloganListProps = {
  slogans: readonly Slogan[]
  /** The slogan a link opened: highlighted (with a label, not colour alone). */
  highlightId?: string
  /** weapp: a share button per slogan (open-type="share"); H5: a 复制链接 button instead. */
  shareToChat: boolean
  /** 朋友圈 单页模式: the page can only show its content, so no actions. */
  readOnly: boolean
  /** Per-slogan feedback, e.g. 已复制. */
  status?: { id: string; text: string } | null
  onCopy: (s: Slogan) => void
  onCopyLink: (s: Slogan) => void
  onPoster: (s: Slogan) => void
}

/** All slogans, each with share / copy / poster. */
export function SloganList({ slogans, highlightId, shareToChat, readOnly, status, onCopy, onCopyLink, onPoster }: SloganListProps) {
  return (
    <View className='slogan-list'>
      {slogans.map((s) => {
        const highlighted = s.id === highlightId
        return (
          <View
            key={s.id}
            id={sloganAnchor(s.id)}
            className={`slogan-item${highlighted ? ' slogan-item--highlighted' : ''}`}
            data-testid={`slogan-${s.id}`}
          >
            <View className='slogan-item__head'>
              <Text className='slogan-item__number'>口号{s.number}</Text>
              {highlighted ? <Badge tone='brand'>您打开的口号</Badge> : null}
            </View>
            <SloganText className='slogan-item__text' text={s.text} />
            {readOnly ? null : (
              <View className='slogan-item__actions'>
                {shareToChat ? (
                  <Button className='slogan-item__action' openType='share' id={`share-${s.id}`} data-id={s.id}>分享给朋友</Button>
                ) : (
                  <Button className='slogan-item__action hq-focus' {...pressable(() => onCopyLink(s))}>复制链接</Button>
                )}
                <Button className='slogan-item__action hq-focus' {...pressable(() => onCopy(s))}>复制文字</Button>
                <Button className='slogan-item__action hq-focus' {...pressable(() => onPoster(s))}>生成海报</Button>
              </View>
            )}
            {status && status.id === s.id ? <Text className='slogan-item__status' {...aria({ role: 'status' })}>{status.text}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
