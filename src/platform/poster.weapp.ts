/**
 * weapp poster: draws on a Canvas 2D node (<Canvas type="2d" id=…>), exports it with
 * canvasToTempFilePath, then either opens WeChat's image menu (send to a chat, save,
 * 朋友圈 — wx.showShareImageMenu, base library 2.14.3) or saves it to the album
 * (wx.saveImageToPhotosAlbum: needs the album permission; a refusal is explained and the
 * user can open the settings and try again).
 */
import Taro from '@tarojs/taro'
import { classifyPrivacyError, privacyFailureText } from './privacy-errors'
import type { DrawResult, PosterAction, PosterDrawingContext, PosterOutcome, PosterPlatform } from '@/lib/poster-types'

export const POSTER_ACTIONS: readonly PosterAction[] = ['share', 'save']

export const devicePixelRatio: PosterPlatform['devicePixelRatio'] = () => {
  try {
    return Taro.getWindowInfo().pixelRatio
  } catch {
    try {
      return Taro.getSystemInfoSync().pixelRatio
    } catch {
      return 2
    }
  }
}

type CanvasNode = {
  width: number
  height: number
  getContext(type: '2d'): PosterDrawingContext | null
}

function queryCanvas(canvasId: string): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true }, () => undefined)
        .exec((res: Array<{ node?: CanvasNode } | null>) => resolve(res?.[0]?.node ?? null))
    } catch {
      resolve(null)
    }
  })
}

/** The canvas node, retried briefly: Taro's setData reaches the view a moment after render. */
async function findCanvas(canvasId: string): Promise<CanvasNode | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const node = await queryCanvas(canvasId)
    if (node) return node
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return null
}

export const drawPoster: PosterPlatform['drawPoster'] = async (canvasId, size, draw): Promise<DrawResult> => {
  const canvas = await findCanvas(canvasId)
  const ctx = canvas?.getContext('2d')
  if (!canvas || !ctx) return { ok: false, reason: 'failed', message: '无法绘制海报，请更新微信后再试' }
  canvas.width = Math.round(size.width * size.scale)
  canvas.height = Math.round(size.height * size.scale)
  ctx.setTransform(size.scale, 0, 0, size.scale, 0, 0)
  draw(ctx)
  return { ok: true, pixelWidth: canvas.width, pixelHeight: canvas.height }
}

const errMsg = (err: unknown) => String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? err)

const ALBUM_DENIED = '保存失败：本程序没有“保存到相册”的权限（可能之前拒绝过）。请点“打开设置”，允许“保存到相册”后再试。'
/** The fallback when privacy holds the album back: WeChat's own image preview, where a long-press saves or sends it. */
const LONG_PRESS = '已打开海报大图：长按图片可以保存或发送。'

/** Shows the poster in WeChat's image preview (not a privacy API); false when it could not. */
async function previewForLongPress(path: string): Promise<boolean> {
  try {
    await Taro.previewImage({ urls: [path], current: path })
    return true
  } catch {
    return false
  }
}

async function failure(err: unknown, action: PosterAction, path: string): Promise<PosterOutcome> {
  const msg = errMsg(err)
  if (/cancel/i.test(msg)) return { ok: false, reason: 'cancelled' }
  const privacy = classifyPrivacyError(err)
  if (privacy) {
    // Refused consent, or (errno 112) our own undeclared API: never ask to agree again here;
    // offer the picture to save by long-press instead.
    const shown = await previewForLongPress(path)
    const what = action === 'save' ? '保存到相册' : '分享海报'
    return { ok: false, reason: 'failed', message: privacyFailureText(privacy, what) + (shown ? LONG_PRESS : '') }
  }
  if (action === 'save' && /auth|den(y|ied)|permission/i.test(msg)) return { ok: false, reason: 'album-denied', message: ALBUM_DENIED }
  return { ok: false, reason: 'failed', message: `${action === 'save' ? '保存' : '分享'}失败，请稍后再试（${msg}）` }
}

export const exportPoster: PosterPlatform['exportPoster'] = async (canvasId, action): Promise<PosterOutcome> => {
  const canvas = await findCanvas(canvasId)
  if (!canvas) return { ok: false, reason: 'failed', message: '找不到海报画布，请重新生成' }
  let path: string
  try {
    const res = await Taro.canvasToTempFilePath({ canvas: canvas as unknown as Taro.Canvas, fileType: 'png' })
    path = res.tempFilePath
  } catch (err) {
    return { ok: false, reason: 'failed', message: `生成图片失败（${errMsg(err)}）` }
  }
  try {
    if (action === 'share') {
      if (!Taro.canIUse('showShareImageMenu')) {
        return { ok: false, reason: 'failed', message: '当前微信版本不支持分享图片，请用“保存到相册”，或更新微信' }
      }
      await Taro.showShareImageMenu({ path })
    } else {
      await Taro.saveImageToPhotosAlbum({ filePath: path })
    }
    return { ok: true, action }
  } catch (err) {
    return failure(err, action, path)
  }
}

export const openAlbumSettings: PosterPlatform['openAlbumSettings'] = async () => {
  try {
    const res = await Taro.openSetting()
    return res.authSetting?.['scope.writePhotosAlbum'] === true
  } catch {
    return false
  }
}

export { holdDialogFocus } from './dialog-focus'
