import { Button, Canvas, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PosterAction, PosterDraw, PosterPlatform } from '@/lib/poster-types'
import { paintPoster, posterScale, POSTER_HEIGHT, POSTER_WIDTH, type MeasureText, type PosterDrawing } from '@/lib/poster'
import { pressable } from '@/ui/pressable'
import { Heading } from './Heading'
import { aria } from './aria'
import './ui.scss'
import './poster-sheet.scss'

export const POSTER_CANVAS_ID = 'poster'
const DIALOG_ID = 'poster-dialog'

const ACTION_LABEL: Record<PosterAction, string> = {
  share: '分享海报（发给朋友、朋友圈或保存）',
  save: '保存到相册',
  download: '下载海报图片'
}

type State =
  | { kind: 'drawing' }
  | { kind: 'ready' }
  | { kind: 'busy'; action: PosterAction }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'album-denied'; text: string }

export type PosterSheetProps = {
  /** The dialog's title, e.g. 口号海报. */
  title: string
  /** What the image shows, for screen readers. */
  imageLabel: string
  /** The file name of a download (H5). */
  fileName: string
  /** Lays the 750 × 1334 poster out with the canvas's own text measure (keep it stable: useCallback). */
  layout: (measure: MeasureText) => PosterDrawing
  onClose: () => void
  /** The platform's canvas and image calls (src/platform/poster), passed in by the feature: ui makes no platform calls. */
  platform: PosterPlatform
}

/**
 * A poster over the page: drawn on open (Canvas 2D), then shared, saved or downloaded as
 * the platform allows (platform/poster.*). What to draw comes from `layout`.
 */
export function PosterSheet({ title, imageLabel, fileName, layout, onClose, platform }: PosterSheetProps) {
  const { devicePixelRatio, drawPoster, exportPoster, openAlbumSettings, POSTER_ACTIONS, holdDialogFocus } = platform
  const [state, setState] = useState<State>({ kind: 'drawing' })
  const alive = useRef(true)
  useEffect(() => () => { alive.current = false }, [])
  const set = (s: State) => { if (alive.current) setState(s) }

  const draw = useCallback(async () => {
    const paint: PosterDraw = (ctx) => {
      const measure = (text: string, font: string) => {
        ctx.font = font
        return ctx.measureText(text).width
      }
      paintPoster(ctx, layout(measure))
    }
    const size = { width: POSTER_WIDTH, height: POSTER_HEIGHT, scale: posterScale(devicePixelRatio()) }
    return drawPoster(POSTER_CANVAS_ID, size, paint)
  }, [layout, devicePixelRatio, drawPoster])

  useEffect(() => {
    let cancelled = false
    void draw().then((r) => {
      if (cancelled) return
      set(r.ok ? { kind: 'ready' } : { kind: 'error', text: r.message })
    })
    return () => { cancelled = true }
  }, [draw])

  // Focus moves into the sheet, stays there, and goes back to the opener on close (H5).
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => holdDialogFocus(DIALOG_ID, () => close.current()), [holdDialogFocus])

  const working = useRef(false)
  const act = async (action: PosterAction) => {
    // One action at a time (buttons stay enabled so they keep their contrast; taps are ignored).
    if (working.current) return
    working.current = true
    try {
      await run(action)
    } finally {
      working.current = false
    }
  }
  const run = async (action: PosterAction) => {
    set({ kind: 'busy', action })
    // Drawn again first: the canvas may have been cleared since (e.g. re-rendered).
    const drawn = await draw()
    if (!drawn.ok) return set({ kind: 'error', text: drawn.message })
    const out = await exportPoster(POSTER_CANVAS_ID, action, fileName)
    if (out.ok) {
      return set({ kind: 'done', text: out.action === 'download' ? `已下载：${out.fileName ?? ''}` : out.action === 'save' ? '已保存到相册' : '已打开分享' })
    }
    if (out.reason === 'cancelled') return set({ kind: 'ready' })
    set({ kind: out.reason === 'album-denied' ? 'album-denied' : 'error', text: out.message })
  }

  const openSettings = async () => {
    if (await openAlbumSettings()) await act('save')
  }

  const dialog = aria({ role: 'dialog', 'aria-modal': 'true', 'aria-label': title })
  const canvasA11y = aria({ role: 'img', 'aria-label': imageLabel })
  return (
    <View className='poster-panel' id={DIALOG_ID} {...dialog}>
      <View className='poster-panel__sheet'>
        <Heading level={2} className='poster-panel__title'>{title}</Heading>
        <Canvas type='2d' id={POSTER_CANVAS_ID} className='poster-panel__canvas' {...canvasA11y} />
        {state.kind === 'drawing' ? <Text className='poster-panel__message' {...aria({ role: 'status' })}>正在生成海报…</Text> : null}
        {state.kind === 'done' ? <Text className='poster-panel__message' {...aria({ role: 'status' })}>{state.text}</Text> : null}
        {state.kind === 'error' || state.kind === 'album-denied' ? (
          <Text className='poster-panel__message poster-panel__message--error' {...aria({ role: 'alert' })}>{state.text}</Text>
        ) : null}
        <View className='poster-panel__actions'>
          {state.kind === 'album-denied' ? (
            <>
              <Button className='hq-button hq-focus' {...pressable(openSettings)}>打开设置</Button>
              <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => act('save'))}>再试一次</Button>
            </>
          ) : POSTER_ACTIONS.map((a, i) => (
            <Button key={a} className={`hq-button hq-focus${i > 0 ? ' hq-button--secondary' : ''}`} {...pressable(() => act(a))}>
              {state.kind === 'busy' && state.action === a ? '请稍候…' : ACTION_LABEL[a]}
            </Button>
          ))}
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(onClose)}>关闭</Button>
        </View>
      </View>
    </View>
  )
}
