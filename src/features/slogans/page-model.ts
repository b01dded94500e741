/**
 * Slogans as only the 口号 page (a subpackage) needs them: its link parameter, share paths,
 * the anchors it scrolls to and the poster's file name. Kept out of ./model, which 首页
 * loads in the main package. Pure: no Taro, no React.
 */
import type { Slogan } from '@/content'
import { decodeParam } from '@/lib/page-params'
import { routeUrl } from '@/routes'

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
