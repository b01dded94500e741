import { useEffect, useRef, useState } from 'react'
import { Button } from '@tarojs/components'
import { copyText } from '@/platform/clipboard'
import { ariaLabel, ariaLive } from '@/ui/aria'
import { pressable } from '@/ui/pressable'

type State = 'idle' | 'copied' | 'failed'

const LABEL: Record<State, string> = { idle: '复制', copied: '已复制', failed: '复制失败，请长按文字复制' }

/**
 * A small 复制 action: copies `text` and says so on the button for a moment (WeChat also
 * shows its own toast). `what` names the text for screen readers, e.g. 复制：导语.
 */
export function CopyButton({ text, what, className }: { text: string; what: string; className?: string }) {
  const [state, setState] = useState<State>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  const copy = async () => {
    const ok = await copyText(text)
    setState(ok ? 'copied' : 'failed')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), ok ? 2000 : 4000)
  }
  return (
    <Button
      className={`notice-copy ${state !== 'idle' ? `notice-copy--${state}` : ''} ${className ?? ''}`}
      {...pressable(() => void copy())}
      {...ariaLabel(state === 'idle' ? `复制：${what}` : LABEL[state])}
      {...ariaLive()}
    >
      {LABEL[state]}
    </Button>
  )
}
