import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { edition } from '@/content'
import { scrollToAnchor } from '@/platform/scroll'
import { hasAnchor, noticeOutline } from '@/content/outline'
import { takeTabParams } from '@/platform/navigation'

type Jump = { anchor: string; n: number }

/** The anchor handed to the 关于 tab (openPage('about', { anchor })), if it is one of the notice's. */
function takeValidAnchor(): string | null {
  const { anchor } = takeTabParams('about')
  return anchor && hasAnchor(noticeOutline(edition), anchor) ? anchor : null
}

/**
 * For the 关于 tab: when it is opened at a paragraph (openPage('about', { anchor }), e.g. from a search
 * result), scrolls there and returns that paragraph's anchor to mark it; otherwise null.
 */
export function useNoticeTarget(): string | null {
  const [jump, setJump] = useState<Jump | null>(() => {
    const anchor = takeValidAnchor()
    return anchor ? { anchor, n: 1 } : null
  })
  useDidShow(() => {
    const anchor = takeValidAnchor()
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
