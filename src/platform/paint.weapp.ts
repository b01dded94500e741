/**
 * When a long page may draw its lower part after its first frame (pages/home).
 *
 * weapp: never. The page's first render goes to WeChat as one setData, and the native
 * renderer lays it out on its own thread, so there is nothing to gain from splitting it;
 * `afterFirstPaint` is not called.
 */
export const PAINTS_IN_TWO_STEPS = false

/** Calls `done` once the frame now being prepared has been painted; returns a cancel function. */
export function afterFirstPaint(done: () => void): () => void {
  done()
  return () => undefined
}
