/**
 * The poster's platform contract, shared by platform/poster.weapp.ts, poster.h5.ts and the
 * poster.ts fallback (used by jest and the type checker), so the three stay in step; the
 * features hand the platform module to ui/PosterSheet.tsx as a `PosterPlatform`.
 */

/** A 2D context as both WeChat's Canvas 2D node and the browser give it. */
export type PosterDrawingContext = {
  fillStyle: string | unknown
  strokeStyle: string | unknown
  lineWidth: number
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  arc(x: number, y: number, r: number, start: number, end: number): void
  fill(): void
  stroke(): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void
}

/** Draws on a context already scaled to logical poster px. */
export type PosterDraw = (ctx: PosterDrawingContext) => void

/**
 * What the user can do with a drawn poster here. weapp: `share` (WeChat's image menu:
 * send to a chat, save, 朋友圈…) and `save` (straight to the album); H5: `download` (PNG).
 */
export type PosterAction = 'share' | 'save' | 'download'

export type PosterOutcome =
  | { ok: true; action: PosterAction; fileName?: string }
  /** The user closed WeChat's menu or dialog: nothing to say. */
  | { ok: false; reason: 'cancelled' }
  /** The user refused the album permission: explain, offer the settings and a retry. */
  | { ok: false; reason: 'album-denied'; message: string }
  | { ok: false; reason: 'failed'; message: string }

/** Logical size (poster px) and the pixel ratio of the canvas's backing store. */
export type PosterSize = { width: number; height: number; scale: number }

export type DrawResult =
  | { ok: true; pixelWidth: number; pixelHeight: number }
  | { ok: false; reason: 'failed'; message: string }

export type PosterPlatform = {
  /** The actions offered on this platform, in the order shown. */
  POSTER_ACTIONS: readonly PosterAction[]
  /** The device's pixel ratio (for the canvas's backing store). */
  devicePixelRatio(): number
  /** Sizes the canvas with this id and draws on it. */
  drawPoster(canvasId: string, size: PosterSize, draw: PosterDraw): Promise<DrawResult>
  /** Turns what the canvas shows into an image and acts on it. */
  exportPoster(canvasId: string, action: PosterAction, fileName: string): Promise<PosterOutcome>
  /** Opens the app's permission settings; resolves whether saving to the album is now allowed. */
  openAlbumSettings(): Promise<boolean>
  /** Keeps keyboard focus inside the poster's dialog while it is open (H5); returns the release. */
  holdDialogFocus(id: string, onEscape: () => void): () => void
}
