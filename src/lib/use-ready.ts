import { useEffect, useRef } from 'react'
import { useReady } from '@tarojs/taro'

/**
 * Runs `fn` once the page is ready (Taro's useReady), or at mount for content that mounted
 * after the page was ready — content that waited for its edition to load (lib/use-edition.ts
 * `waited`), for which the page's onReady has already passed.
 */
export function useReadyOrMount(fn: () => void, mountedLate: boolean): void {
  const latest = useRef(fn)
  latest.current = fn
  useReady(() => {
    if (!mountedLate) latest.current()
  })
  useEffect(() => {
    if (mountedLate) latest.current()
    // Once, at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
