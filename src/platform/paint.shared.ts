/** What paint.weapp.ts and paint.h5.ts both export (docs/platform-files.md). */
export type PaintModule = {
  /** Whether a long page draws its lower part after its first frame (pages/home). */
  PAINTS_IN_TWO_STEPS: boolean
  /** Calls `done` once the frame now being prepared has been painted; returns a cancel function. */
  afterFirstPaint(done: () => void): () => void
}

export type BothVariants = Implements<PaintModule, typeof import('./paint.weapp') | typeof import('./paint.h5')>
