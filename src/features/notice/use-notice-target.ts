import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { yearOf, type Edition } from '@/content'
import { scrollToAnchor } from '@/platform/scroll'
import { hasAnchor, noticeOutline } from '@/content/outline'
import { openPage, takeTabParams } from '@/platform/navigation'

type Jump = { anchor: string; n: number }

/**
 * The anchor handed to the 关于 tab (openPage('about', { anchor, edition })), if it is one of
 * the notice's. The tab shows the current edition: a paragraph of another edition (a link from
 * a 往届 page) opens that edition's page instead.
 */
function takeValidAnchor(edition: Edition): string | null {
  const { anchor, edition: year } = takeTabParams('about')
  if (year && year !== yearOf(edition)) {
    setTimeout(() => openPage('edition', { edition: year, anchor }), 0)
    return null
  }
  return anchor && hasAnchor(noticeOutline(edition), anchor) ? anchor : null
}

/**
 * For the 关于 tab: when it is opened at a paragraph (openPage('about', { anchor }), e.g. from a search
 * result), scrolls there and returns that paragraph's anchor to mark it; otherwise null.
 */
export function useNoticeTarget(edition: Edition): string | null {
  const [jump, setJump] = useState<Jump | null>(() => {
    const anchor = takeValidAnchor(edition)
    return anchor ? { anchor, n: 1 } : null
  })
  useDidShow(() => {
    const anchor = takeValidAnchor(edition)
    if (anchor) setJump((j) => ({ anchor, n: (j?.n ?? 0) + 1 }))
  })
  useEffect(() => {
    if (!jump) return
    // After the page has rendered the target (the first show renders the whole notice).
    const t = setTimeout(() => void scrollToAnchor(jump.anchor), 80)
    return () => clearTimeout(t)
  }, [jump])
  return jump?.anchor ?? null
}
