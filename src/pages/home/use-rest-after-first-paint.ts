import { useEffect, useState } from 'react'
import { afterFirstPaint, PAINTS_IN_TWO_STEPS } from '@/platform/paint'

/**
 * Whether 首页 may render its lower part (the slogans, the coming events, the lines of work,
 * the text size setting) yet: on H5, from the frame after the one that first paints the top
 * of the page with its content (`ready`: the edition has arrived); on weapp, always
 * (platform/paint). Once true it stays true, so the lower part never disappears again.
 */
export function useRestAfterFirstPaint(ready: boolean): boolean {
  const [rest, setRest] = useState(!PAINTS_IN_TWO_STEPS)
  useEffect(() => {
    if (rest || !ready) return undefined
    return afterFirstPaint(() => setRest(true))
  }, [rest, ready])
  return rest
}
