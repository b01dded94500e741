import * as h5 from './paint.h5'
import * as weapp from './paint.weapp'

// Jest's fake clock runs animation frames every 16 ms.
const nextFrame = () => jest.advanceTimersByTime(16)

describe('after the first paint', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('H5: only in the frame after the next one (that frame is painted first)', () => {
    const done = jest.fn()
    h5.afterFirstPaint(done)
    nextFrame()
    expect(done).not.toHaveBeenCalled()
    nextFrame()
    expect(done).toHaveBeenCalledTimes(1)
    jest.advanceTimersByTime(1000)
    expect(done).toHaveBeenCalledTimes(1)
    expect(h5.PAINTS_IN_TWO_STEPS).toBe(true)
  })

  it('H5: cancelled before either frame, or between them, it never calls back', () => {
    const early = jest.fn()
    h5.afterFirstPaint(early)()
    const between = jest.fn()
    const cancel = h5.afterFirstPaint(between)
    nextFrame()
    cancel()
    jest.advanceTimersByTime(1000)
    expect(early).not.toHaveBeenCalled()
    expect(between).not.toHaveBeenCalled()
  })

  it('H5 without animation frames: on the next turn of the event loop', () => {
    const raf = window.requestAnimationFrame
    // @ts-expect-error: a browser without requestAnimationFrame
    delete window.requestAnimationFrame
    try {
      const done = jest.fn()
      h5.afterFirstPaint(done)
      expect(done).not.toHaveBeenCalled()
      jest.advanceTimersByTime(0)
      expect(done).toHaveBeenCalledTimes(1)
    } finally {
      window.requestAnimationFrame = raf
    }
  })

  it('weapp: the page is drawn in one step', () => {
    expect(weapp.PAINTS_IN_TWO_STEPS).toBe(false)
  })
})
