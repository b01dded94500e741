import { useEffect, useRef, useState } from 'react'
import { monthOf } from '@/lib/civil-date'
import { gridKeyTarget, gridTabStop } from './model'
import type { GridKeysArgs } from './grid-keys.shared'

type KeyEvent = {
  key?: string
  ctrlKey?: boolean
  metaKey?: boolean
  preventDefault?: () => void
  currentTarget?: { closest?: (selector: string) => GridElement | null } | null
}
type GridElement = { querySelector?: (selector: string) => { focus?: () => void } | null }

/**
 * H5: the month grid follows the WAI-ARIA grid pattern. One Tab stop (the cell the keys last
 * reached, else the chosen day, else today, else the 1st); arrows by day and week, Home/End to
 * the week's ends (Ctrl: the month's), Page Up/Down to the neighbouring months the calendar
 * has; Enter, Space or a tap chooses.
 */
export function useGridKeys({ month, months, day, today, onMonth, choose }: GridKeysArgs): (date: string) => Record<string, unknown> {
  // Where the arrow keys left the focus (null until they are used), and the grid to focus it in.
  const [cursor, setCursor] = useState<string | null>(null)
  const stop = gridTabStop(month, [cursor, day, today])
  const grid = useRef<GridElement | null>(null)
  const focusPending = useRef(false)

  useEffect(() => {
    // The cell is focused once it is rendered (a new month's too).
    if (!focusPending.current) return
    focusPending.current = false
    grid.current?.querySelector?.(`[data-date="${stop}"]`)?.focus?.()
  }, [stop])

  const onKey = (date: string, e: KeyEvent) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault?.()
      setCursor(date)
      choose(date, false)
      return
    }
    const target = gridKeyTarget(e.key, date, Boolean(e.ctrlKey || e.metaKey))
    if (target === null || target === date) return
    e.preventDefault?.() // the page does not scroll under the grid
    const targetMonth = monthOf(target)
    if (targetMonth !== month && !months.includes(targetMonth)) return // no events there: stay
    grid.current = e.currentTarget?.closest?.('[role="grid"]') ?? null
    focusPending.current = true
    setCursor(target)
    if (targetMonth !== month) onMonth(targetMonth)
  }

  // Spread like ui/pressable's props (Taro's View types list no keyboard events).
  return (date) => ({
    tabIndex: date === stop ? 0 : -1,
    onClick: () => {
      setCursor(date)
      choose(date, true)
    },
    onKeyDown: (e: KeyEvent) => onKey(date, e)
  })
}
