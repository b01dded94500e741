import { useEffect, useRef, useState } from 'react'
import { Button } from '@tarojs/components'
import { copy as copyToClipboard, type CopyResult } from '@/platform/clipboard'
import { ariaLabel, ariaLive } from '@/ui/aria'
import { pressable } from '@/ui/pressable'

type State = 'idle' | 'copied' | 'failed' | 'privacy-denied' | 'privacy-undeclared'

const LABEL: Record<State, string> = {
  idle: '复制',
  copied: '已复制',
  failed: '复制失败，请长按文字复制',
  // The consent sheet was refused / our privacy guide lacks the clipboard (errno 112): never ask again here.
  'privacy-denied': '未同意隐私保护指引，没有复制；请长按文字复制',
  'privacy-undeclared': '复制暂不可用，请长按文字复制'
}

/**
 * A small 复制 action: copies `text` and says so on the button for a moment (WeChat also
 * shows its own toast). `what` names the text for screen readers, e.g. 复制：导语 (or, with
 * idleLabel 复制本节, 复制本节：一、活动主题). `copier` replaces the plain copy (a web address:
 * platform/open-url's copyUrl, whose weapp toast says where to paste it).
 */
export function CopyButton({ text, what, className, idleLabel = '复制', copier = copyToClipboard }: {
  text: string
  what: string
  className?: string
  idleLabel?: string
  copier?: (text: string) => Promise<CopyResult>
}) {
  const [state, setState] = useState<State>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  const copy = async () => {
    const r = await copier(text)
    const ok = r.ok
    setState(r.ok ? 'copied' : r.reason)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), ok ? 2000 : 4000)
  }
  return (
    <Button
      className={`notice-copy ${state !== 'idle' ? `notice-copy--${state}` : ''} ${className ?? ''}`}
      {...pressable(() => void copy())}
      {...ariaLabel(state === 'idle' ? `${idleLabel}：${what}` : LABEL[state])}
      {...ariaLive()}
    >
      {state === 'idle' ? idleLabel : LABEL[state]}
    </Button>
  )
}
