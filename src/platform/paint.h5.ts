/**
 * When a long page may draw its lower part after its first frame (pages/home).
 *
 * H5: yes. In the browser, React's render, the Taro components' set-up and the layout of
 * every section run on the main thread before the first frame can be painted, so a page
 * that renders only what the screen shows first puts its top on the screen sooner (首页's
 * theme is painted about 340 ms sooner under npm run bench:load's throttling) and draws the
 * rest in the next frames.
 */
export const PAINTS_IN_TWO_STEPS = true

/**
 * Calls `done` once the frame now being prepared has been painted: the first animation
 * frame callback runs before that frame's paint, the second one in the frame after it.
 * Returns a function that cancels the wait (a page that unmounts first).
 */
export function afterFirstPaint(done: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(done, 0)
    return () => clearTimeout(timer)
  }
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => done())
  })
  return () => cancelAnimationFrame(frame)
}
