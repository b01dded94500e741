/**
 * Slogans as 首页 needs them (today's slogan, the carousel). What only the 口号 page uses
 * (its link parameter, share paths, anchors, the poster's name) is in ./page-model, which
 * stays in that page's subpackage. Pure: no Taro, no React.
 * Dates are China civil dates (YYYY-MM-DD) from lib/clock, never the device's calendar.
 */
import { daysBetween } from '@/lib/civil-date'

/** Positive remainder: mod(-1, 16) = 15. */
function mod(n: number, m: number): number {
  return ((n % m) + m) % m
}

/**
 * 今日口号: the slogan for a China civil date. Day 1 of the campaign (`anchor`) shows
 * slogan 1, day 2 slogan 2, …, day 17 slogan 1 again; days before the anchor count
 * backwards the same way. The date alone decides, so everyone sees the same slogan that day.
 */
export function sloganOfTheDay<T>(slogans: readonly T[], date: string, anchor: string): T {
  if (slogans.length === 0) throw new Error('sloganOfTheDay: no slogans')
  return slogans[mod(daysBetween(anchor, date), slogans.length)]
}

// --- The rotating slogans on 首页 -------------------------------------------------------

/**
 * The carousel's state. It advances only while `playing` (the user has not paused it, and
 * autoplay is allowed), `visible` (the page is shown) and not `focused` (keyboard focus is on
 * a slide: the slide focused stays, with its focus ring, as WAI-ARIA's carousel pattern asks).
 */
export type Rotation = { index: number; count: number; playing: boolean; visible: boolean; focused: boolean }

export type RotationEvent =
  | { type: 'tick' }
  | { type: 'go'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'toggle' }
  | { type: 'hide' }
  | { type: 'show' }
  | { type: 'focus' }
  | { type: 'blur' }

/** Autoplay interval: long enough to read a slogan aloud. */
export const ROTATION_INTERVAL_MS = 5000

export function startRotation(count: number, autoplay: boolean, index = 0): Rotation {
  return { index: count > 0 ? mod(Math.trunc(index), count) : 0, count, playing: autoplay, visible: true, focused: false }
}

/** True when the timer should run. */
export function isRunning(r: Rotation): boolean {
  return r.playing && r.visible && !r.focused && r.count > 1
}

export function rotate(r: Rotation, e: RotationEvent): Rotation {
  if (r.count === 0) return r
  switch (e.type) {
    case 'tick':
      return isRunning(r) ? { ...r, index: mod(r.index + 1, r.count) } : r
    case 'go': {
      if (!Number.isFinite(e.index)) return r
      const index = mod(Math.trunc(e.index), r.count)
      return index === r.index ? r : { ...r, index }
    }
    case 'next':
      return { ...r, index: mod(r.index + 1, r.count) }
    case 'prev':
      return { ...r, index: mod(r.index - 1, r.count) }
    case 'toggle':
      return { ...r, playing: !r.playing }
    case 'hide':
      return r.visible ? { ...r, visible: false } : r
    case 'show':
      return r.visible ? r : { ...r, visible: true }
    case 'focus':
      return r.focused ? r : { ...r, focused: true }
    case 'blur':
      return r.focused ? { ...r, focused: false } : r
  }
}
