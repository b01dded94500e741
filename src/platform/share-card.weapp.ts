/**
 * weapp: the 5:4 picture of a chat card, drawn on the phone on an offscreen Canvas 2D
 * (wx.createOffscreenCanvas, base library 2.16.1) from the card's text (lib/share-card.ts)
 * and exported to a temporary file (wx.canvasToTempFilePath). Nothing is fetched.
 *
 * onShareAppMessage must answer at once: `shareMessage` returns the title and path
 * immediately, with the picture when it is already drawn (pages draw it when ready), or
 * else a `promise` that resolves with the picture — or without it when drawing fails or
 * takes longer than SHARE_IMAGE_BUDGET_MS, well inside WeChat's 3 s. Then WeChat shows its
 * default picture (a screenshot of the page): the share always works.
 */
import Taro from '@tarojs/taro'
import { drawShareCard, SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH, type ShareCardContent, type ShareCardContext } from '@/lib/share-card'
import { SHARE_IMAGE_BUDGET_MS, type ShareCardPlatform } from './share-card.shared'

/** Backing-store scale: 1000×800 px, sharp on any phone, small as a file. */
const SCALE = 2

type OffscreenCanvas = {
  width: number
  height: number
  getContext(type: '2d'): (ShareCardContext & { scale(x: number, y: number): void }) | null
}

const drawn = new Map<string, string>()
const drawing = new Map<string, Promise<string | null>>()

async function exportCanvas(canvas: OffscreenCanvas): Promise<string | null> {
  try {
    const res = await Taro.canvasToTempFilePath({ canvas: canvas as unknown as Taro.Canvas, fileType: 'png' } as Taro.canvasToTempFilePath.Option)
    if (res?.tempFilePath) return res.tempFilePath
  } catch {
    // some clients cannot export an offscreen canvas this way: try none other (no file writes)
  }
  return null
}

async function render(card: ShareCardContent): Promise<string | null> {
  const create = (Taro as unknown as { createOffscreenCanvas?: (o: object) => OffscreenCanvas }).createOffscreenCanvas
  if (typeof create !== 'function') return null
  try {
    const canvas = create({ type: '2d', width: SHARE_CARD_WIDTH * SCALE, height: SHARE_CARD_HEIGHT * SCALE })
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return null
    ctx.scale(SCALE, SCALE)
    drawShareCard(ctx, card)
    return await exportCanvas(canvas)
  } catch {
    return null
  }
}

/** The card's picture: drawn once per key, shared by concurrent callers; null when it cannot be drawn. */
function picture(key: string, card: ShareCardContent): Promise<string | null> {
  const done = drawn.get(key)
  if (done) return Promise.resolve(done)
  let pending = drawing.get(key)
  if (!pending) {
    pending = render(card).then((path) => {
      drawing.delete(key)
      if (path) drawn.set(key, path)
      return path
    })
    drawing.set(key, pending)
  }
  return pending
}

export const prepareShareCard: ShareCardPlatform['prepareShareCard'] = (key, card) => {
  void picture(key, card)
}

export const shareMessage: ShareCardPlatform['shareMessage'] = (base, key, card) => {
  const ready = drawn.get(key)
  if (ready) return { ...base, imageUrl: ready }
  const promise = new Promise<typeof base & { imageUrl?: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ ...base }), SHARE_IMAGE_BUDGET_MS)
    void picture(key, card).then((path) => {
      clearTimeout(timer)
      resolve(path ? { ...base, imageUrl: path } : { ...base })
    })
  })
  return { ...base, promise }
}

/** For tests: forget drawn pictures. */
export function resetShareCardsForTests(): void {
  drawn.clear()
  drawing.clear()
}
