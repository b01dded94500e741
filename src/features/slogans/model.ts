/**
 * Slogans as the home page and the 口号 page need them. Pure: no Taro, no React.
 * Dates are China civil dates (YYYY-MM-DD) from lib/clock, never the device's calendar.
 */
import type { Slogan } from '@/content'
import { daysBetween } from '@/lib/civil-date'
import { decodeParam } from '@/lib/page-params'
import { routeUrl } from '@/routes'

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

/** What a page's `id` parameter means. */
export type SloganParam =
  | { kind: 'none' }
  | { kind: 'found'; slogan: Slogan }
  /** `shown`: the parameter as it may be quoted back to the user (trimmed, at most 20 characters). */
  | { kind: 'unknown'; shown: string }

const SLOGAN_ID = /^s?(\d{1,3})$/i

/**
 * Reads a slogan id from a link: `s5` (as shared), also `S5` or `5`. Anything else, or a
 * number with no slogan, is `unknown` — the page then shows the list with a short message.
 */
export function resolveSloganParam(slogans: readonly Slogan[], raw: string | undefined | null): SloganParam {
  if (raw === undefined || raw === null) return { kind: 'none' }
  const value = decodeParam(String(raw)).replace(/[\u0000-\u001f\u007f]/g, '').trim()
  if (value === '') return { kind: 'none' }
  const byId = slogans.find((s) => s.id === value)
  if (byId) return { kind: 'found', slogan: byId }
  const m = SLOGAN_ID.exec(value)
  const byNumber = m ? slogans.find((s) => s.number === Number(m[1])) : undefined
  if (byNumber) return { kind: 'found', slogan: byNumber }
  const chars = Array.from(value)
  return { kind: 'unknown', shown: chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('') }
}

/** The path a shared card opens: the 口号 page of edition `edition` (a year) with that slogan highlighted. */
export function sloganSharePath(id: string, edition?: string): string {
  return routeUrl('slogans', { id, edition })
}

/** The query a 朋友圈 share carries (useShareTimeline takes a bare query). */
export function sloganShareQuery(id: string, edition?: string): string {
  return `id=${encodeURIComponent(id)}${edition ? `&edition=${encodeURIComponent(edition)}` : ''}`
}

/** The element id of a slogan on the 口号 page (for scrolling it into view). */
export function sloganAnchor(id: string): string {
  return `slogan-${id}`
}

/** A poster's file name with the slogan in it; characters file systems refuse are dropped. */
export function posterFileName(slogan: Pick<Slogan, 'text'>): string {
  const text = slogan.text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim()
  return `质量月口号-${text}.png`
}

// --- The rotating slogans on 首页 -------------------------------------------------------

/**
 * The carousel's state. It advances only while `playing` (the user has not paused it, and
 * autoplay is allowed) and `visible` (the page is shown).
 */
export type Rotation = { index: number; count: number; playing: boolean; visible: boolean }

export type RotationEvent =
  | { type: 'tick' }
  | { type: 'go'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'toggle' }
  | { type: 'hide' }
  | { type: 'show' }

/** Autoplay interval: long enough to read a slogan aloud. */
export const ROTATION_INTERVAL_MS = 5000

export function startRotation(count: number, autoplay: boolean, index = 0): Rotation {
  return { index: count > 0 ? mod(Math.trunc(index), count) : 0, count, playing: autoplay, visible: true }
}

/** True when the timer should run. */
export function isRunning(r: Rotation): boolean {
  return r.playing && r.visible && r.count > 1
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
  }
}
