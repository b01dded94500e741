/**
 * H5 poster: draws on the <canvas> inside Taro's <taro-canvas-core id=…> and downloads
 * it as a PNG (canvas.toBlob) named after the slogan. Nothing leaves the browser.
 */
import type { DrawResult, PosterAction, PosterOutcome, PosterPlatform } from '@/lib/poster-types'

export const POSTER_ACTIONS: readonly PosterAction[] = ['download']

export const devicePixelRatio: PosterPlatform['devicePixelRatio'] = () =>
  (typeof window !== 'undefined' && window.devicePixelRatio) || 1

type ReadyHost = HTMLElement & { componentOnReady?: () => Promise<unknown> }

/** The <canvas> of Taro's Canvas with this id, once the component has rendered it. */
async function findCanvas(canvasId: string): Promise<HTMLCanvasElement | null> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const host = document.getElementById(canvasId) as ReadyHost | null
    if (host) {
      // Taro's canvas component sizes its <canvas> when it first renders, which would wipe
      // a drawing made before: wait for it.
      if (typeof host.componentOnReady === 'function') await host.componentOnReady()
      const canvas = host instanceof HTMLCanvasElement ? host : host.querySelector('canvas')
      if (canvas) return canvas
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return null
}

export const drawPoster: PosterPlatform['drawPoster'] = async (canvasId, size, draw): Promise<DrawResult> => {
  const canvas = await findCanvas(canvasId)
  const ctx = canvas?.getContext('2d')
  if (!canvas || !ctx) return { ok: false, reason: 'failed', message: '浏览器无法绘制海报' }
  canvas.width = Math.round(size.width * size.scale)
  canvas.height = Math.round(size.height * size.scale)
  ctx.setTransform(size.scale, 0, 0, size.scale, 0, 0)
  draw(ctx)
  return { ok: true, pixelWidth: canvas.width, pixelHeight: canvas.height }
}

export const exportPoster: PosterPlatform['exportPoster'] = async (canvasId, _action, fileName): Promise<PosterOutcome> => {
  const canvas = await findCanvas(canvasId)
  if (!canvas) return { ok: false, reason: 'failed', message: '找不到海报画布，请重新生成' }
  const blob = await new Promise<Blob | null>((resolve) => {
    try {
      canvas.toBlob(resolve, 'image/png')
    } catch {
      resolve(null)
    }
  })
  if (!blob) return { ok: false, reason: 'failed', message: '浏览器无法导出图片' }
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { ok: true, action: 'download', fileName }
}

/** H5: the browser has no album permission to change. */
export const openAlbumSettings: PosterPlatform['openAlbumSettings'] = async () => false

export { holdDialogFocus } from './dialog-focus'
