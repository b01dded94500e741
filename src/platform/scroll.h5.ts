import { useEffect, useRef } from 'react'
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { entryState } from './history'

/**
 * H5: as scroll.weapp.ts, but without animation. Taro 4.2.1's H5 pageScrollTo eases past its
 * last frame (t = frames / (frames - 1) > 1), overshooting the target by about 0.2 % of the
 * distance (20 px over 9,000 px: a heading ends up above the screen); with duration 0 it
 * jumps exactly.
 */
export async function scrollToAnchor(anchor: string, opts: { offsetTop?: number; duration?: number } = {}): Promise<boolean> {
  try {
    await Taro.pageScrollTo({ selector: `#${anchor}`, offsetTop: opts.offsetTop ?? 0, duration: 0 })
    return true
  } catch {
    return false
  }
}

/**
 * H5: brings an element to the middle of the screen with the browser's own scrollIntoView
 * (inside Taro's scrolling page container), for an item rather than a section heading.
 */
export function scrollToId(id: string): void {
  if (typeof document === 'undefined') return
  try {
    document.getElementById(id)?.scrollIntoView({ block: 'center' })
  } catch {
    // Nothing to do: the element stays highlighted where it is.
  }
}

/**
 * H5: scrolls the element with this id to the top of the screen (below nothing: the H5 title
 * bar is outside the page container) and focuses it: its own text field if it holds one (a
 * form field's box), else the element itself (made focusable from script only, tabindex -1,
 * when it is not already), so a screen reader reads it and Tab goes on from there.
 */
export function revealAndFocus(id: string): void {
  if (typeof document === 'undefined') return
  const el = document.getElementById(id)
  if (!el) return
  try {
    const field = el.matches('input, textarea') ? el : el.querySelector<HTMLElement>('input, textarea')
    const target = field ?? el
    if (!field && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
    el.scrollIntoView?.({ block: field ? 'center' : 'start' })
  } catch {
    // Nothing to do: the element is on the page where it is.
  }
}

/** A saved position: the page container's scrollTop, and the stamp it was saved with. */
type Place = { top: number; stamp: string }

const isPlace = (v: unknown): v is Place =>
  !!v && typeof v === 'object' && typeof (v as Place).stamp === 'string' &&
  typeof (v as Place).top === 'number' && Number.isFinite((v as Place).top) && (v as Place).top >= 0

/**
 * H5 (scroll.shared.ts says what): Taro scrolls each page in its own container (.taro_page,
 * whose id is the page's path). While the page is shown, each scroll of it is saved in the
 * history entry's state (history.h5.ts), bound to the entry it was shown for; when the page is
 * shown (mounted, or shown again) at another position than the one saved there, it is put back.
 * A page kept below by Taro keeps its own scroll; the restore is for a page made again (a
 * reload, then back; a page Taro closed).
 */
export function useScrollMemory(name: string, stamp: string): void {
  // Taro's router gives the page's path, the id of its container, at the first render.
  const path = (useRouter() as { $taroPath?: string } | null)?.$taroPath
  const detach = useRef<(() => void) | null>(null)
  const attach = useRef<() => void>(() => undefined)
  attach.current = () => {
    detach.current?.()
    detach.current = null
    const el = typeof document === 'undefined' || !path ? null : document.getElementById(path)
    if (!el) return
    const entry = entryState(name)
    const saved = entry.read()
    if (isPlace(saved) && saved.stamp === stamp && Math.abs(el.scrollTop - saved.top) > 1) el.scrollTop = saved.top
    const shownAt = window.location.href
    const onScroll = () => {
      // Only while the page is the one in the address and on screen: as the next page comes,
      // the tab bar hides and the page grows, which scrolls a page at its end back by the bar's
      // height; and a hidden page (display: none) reads 0. Neither is where the user was.
      if (window.location.href === shownAt && el.getClientRects().length) entry.save({ top: Math.round(el.scrollTop), stamp } satisfies Place)
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    detach.current = () => el.removeEventListener('scroll', onScroll)
  }
  useEffect(() => {
    attach.current()
    return () => detach.current?.()
  }, [name, stamp])
  useDidShow(() => attach.current())
  useDidHide(() => detach.current?.())
}
