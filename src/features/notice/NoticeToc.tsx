import { useMemo } from 'react'
import { View, Button } from '@tarojs/components'
import type { Edition } from '@/content'
import { scrollToAnchor } from '@/platform/scroll'
import { Card } from '@/ui/Card'
import { ariaLabel } from '@/ui/aria'
import { noticeOutline } from '@/content/outline'
import { pressable } from '@/ui/pressable'
import './notice.scss'

/** 目录: one button per section of the notice; tapping scrolls the page to it. */
export function NoticeToc({ edition }: { edition: Edition }) {
  const outline = useMemo(() => noticeOutline(edition), [edition])
  return (
    <Card title='目录' className='notice-toc'>
      <View className='notice-toc__list'>
        {outline.map((s) => (
          <Button
            key={s.id}
            className='notice-toc__item hq-focus'
            data-anchor={s.anchor}
            {...pressable(() => void scrollToAnchor(s.anchor))}
            {...ariaLabel(`跳到：${s.toc}`)}
          >
            {s.toc}
          </Button>
        ))}
      </View>
    </Card>
  )
}
