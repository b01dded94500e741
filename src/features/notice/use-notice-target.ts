import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { edition } from '@/content'
import { scrollToAnchor } from '@/platform/scroll'
import { hasAnchor, noticeOutline } from '@/content/outline'
import { takeTabParams } from '@/platform/navigation'

/** A paragraph to show; `query`: the search it was found by (to offer the way back to it). */
export type NoticeTarget = { anchor: string; query?: string }

type Jump = NoticeTarget & { n: number }

/** The anchor handed to the 关于 tab (openPage('about', { anchor, q })), if it is one of the notice's. */
function takeValidTarget(): NoticeTarget | null {
  const { anchor, q } = takeTabParams('about')
  if (!anchor || !hasAnchor(noticeOutline(edition), anchor)) return null
  return q ? { anchor, query: q } : { anchor }
}

/**
 * For the 关于 tab: when it is opened at a paragraph (openPage('about', { anchor, q }), e.g. from a
 * search result), scrolls there and returns that paragraph's anchor to mark it, with the search's
 * query if it came from one; otherwise null.
 */
export function useNoticeTarget(): NoticeTarget | null {
  const [jump, setJump] = useState<Jump | null>(() => {
    const target = takeValidTarget()
    return target ? { ...target, n: 1 } : null
  })
  useDidShow(() => {
    const target = takeValidTarget()
    if (target) setJump((j) => ({ ...target, n: (j?.n ?? 0) + 1 }))
  })
  useEffect(() => {
    if (!jump) return
    // After the page has rendered the target (the first show renders the whole notice).
    const t = setTimeout(() => void scrollToAnchor(jump.anchor), 80)
    return () => clearTimeout(t)
  }, [jump])
  if (!jump) return null
  return jump.query ? { anchor: jump.anchor, query: jump.query } : { anchor: jump.anchor }
}
