import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { revealAndFocus } from '@/platform/scroll'

/**
 * For a tab opened at a place (a search result's paragraph on 关于, a channel's card on 投诉):
 * `take` reads what was handed over (navigation's takeTabParams) when the tab first renders and
 * each time it is shown again; that place is brought into view and focused after `delayMs`
 * (once the tab has rendered it), and returned, to mark it, until another one comes.
 */
export function useTabTarget<T>(take: () => T | null, anchorOf: (target: T) => string, delayMs: number): T | null {
  // `n` makes the same place handed over twice a new jump (scrolled to and focused again).
  const [jump, setJump] = useState<{ target: T; anchor: string; n: number } | null>(() => {
    const target = take()
    return target ? { target, anchor: anchorOf(target), n: 1 } : null
  })
  useDidShow(() => {
    const target = take()
    if (target) setJump((j) => ({ target, anchor: anchorOf(target), n: (j?.n ?? 0) + 1 }))
  })
  useEffect(() => {
    if (!jump) return
    const t = setTimeout(() => revealAndFocus(jump.anchor), delayMs)
    return () => clearTimeout(t)
  }, [jump, delayMs])
  return jump ? jump.target : null
}
