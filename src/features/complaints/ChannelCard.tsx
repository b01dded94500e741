import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import type { Channel } from '@/content'
import { dial } from '@/platform/phone'
import { copy } from '@/platform/clipboard'
import { miniProgramAction, openMiniProgram } from '@/platform/miniprogram'
import { Card } from '@/ui/Card'
import { pressable } from '@/ui/pressable'
import { SourcesNote } from './SourceNote'
import { aria } from '@/ui/aria'
import './complaints.scss'

/**
 * What a user can do with a channel: call the hotline; open the WeChat mini-program with
 * the bundle's appId or shortLink (weapp) or the website in a new tab (H5); copy the web
 * address; and copy the mini-program's name to search for it in WeChat — offered from the
 * start when there is no link to open, and after a failed jump (with the reason). A
 * cancelled confirmation says nothing. Never a button that does nothing.
 */
export function ChannelActions({ channel, primaryCall = true, onCopied, copiedNote = '' }: {
  channel: Channel
  primaryCall?: boolean
  /** Told what a copy put on the clipboard (the draft's text is no longer there). */
  onCopied?: (data: string) => void
  /** Added to a copy's confirmation, e.g. what the copy replaced on the clipboard. */
  copiedNote?: string
}) {
  const [status, setStatus] = useState('')
  const [jumpFailed, setJumpFailed] = useState(false)
  const mp = channel.miniProgram
  const target = { appId: mp?.appId, shortLink: mp?.shortLink, webUrl: channel.web }
  const action = miniProgramAction(target)

  const copyAndSay = async (data: string, done: string) => {
    const r = await copy(data)
    setStatus(r.ok ? done + copiedNote : r.message)
    if (r.ok) onCopied?.(data)
  }
  const call = async () => {
    const r = await dial(channel.hotline)
    setStatus(!r.ok && r.reason === 'failed' ? r.message : '')
  }
  const open = async () => {
    const r = await openMiniProgram(target)
    if (r.ok || r.reason === 'cancelled') {
      setStatus('')
      return
    }
    if (action === 'mini-program' && mp) {
      setJumpFailed(true)
      setStatus(`没能直接打开“${mp.name}”小程序：${r.message}。可以${mp.searchHint}：点下方“复制“${mp.name}”去微信搜索”。`)
    } else {
      setStatus(`没能打开：${r.message}`)
    }
  }

  const secondary = 'hq-button hq-button--secondary channel__action hq-focus'
  return (
    <View className='channel__actions'>
      <Button
        className={primaryCall ? 'hq-button hq-focus' : 'hq-button hq-button--secondary hq-focus'}
        {...pressable(() => void call())}
        {...aria({ 'aria-label': `拨打${channel.hotline}` })}
      >
        拨打 {channel.hotline}
      </Button>
      {/* The other ways to reach it: one compact row (wraps in 大字模式). */}
      <View className='channel__row'>
        {action === 'mini-program' && mp ? (
          <Button className={secondary} {...pressable(() => void open())}>打开“{mp.name}”小程序</Button>
        ) : null}
        {action === 'web' && channel.web ? (
          <Button className={secondary} {...pressable(() => void open(), 'button', { label: `打开网站：${channel.short}（新窗口）` })}>打开网站</Button>
        ) : null}
        {channel.web ? (
          <Button className={secondary} {...pressable(() => void copyAndSay(channel.web as string, `已复制网址 ${channel.web}`))}>复制网址</Button>
        ) : null}
        {mp && (action !== 'mini-program' || jumpFailed) ? (
          <Button
            className={secondary}
            {...pressable(() => void copyAndSay(mp.name, `已复制“${mp.name}”，可${mp.searchHint}`), 'button', { label: `复制“${mp.name}”去微信搜索` })}
          >
            复制“{mp.name}”
          </Button>
        ) : null}
      </View>
      {status ? <Text className='complaints__status' {...aria({ role: 'status' })}>{status}</Text> : null}
    </View>
  )
}

/** One complaint channel: what it handles, how to reach it, and where these facts come from. */
export function ChannelCard({ channel }: { channel: Channel }) {
  const mp = channel.miniProgram
  return (
    <Card title={`${channel.short} · ${channel.name}`}>
      <Text className='channel__label'>受理范围</Text>
      {channel.handles.map((h) => (
        <Text key={h} className='channel__handle'>· {h}</Text>
      ))}
      {channel.web ? <SelectableText className='channel__line'>网址：{channel.web}</SelectableText> : null}
      {mp ? <Text className='channel__line'>微信小程序“{mp.name}”：{mp.searchHint}</Text> : null}
      <ChannelActions channel={channel} />
      <SourcesNote sources={channel.sources} />
    </Card>
  )
}
