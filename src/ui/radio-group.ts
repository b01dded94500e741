/**
 * Radio groups as the WAI-ARIA radio group pattern asks, for every group in the app (the
 * draft's type, the text-size options, …): the group is one Tab stop (the checked option, or
 * the first when none is checked; the others have tabindex -1: a "roving tabindex"); the arrow
 * keys move to the next or previous option (wrapping), checking it as they go; Home and End go
 * to the first and last; Space, Enter and a click check the focused option.
 *
 * Spread `radioGroup(label)` on the group and `radioOption(...)` on each option; give the
 * options the class `hq-focus` for the focus ring. weapp: there is no keyboard, so only the
 * roles and states matter (they reach WeChat as aria-role / aria-checked: docs/accessibility.md).
 */
import { pressable } from './pressable'

type FocusTarget = { focus?: () => void }
type KeyEvent = {
  key?: string
  preventDefault?: () => void
  currentTarget?: { closest?: (selector: string) => { querySelectorAll?: (s: string) => ArrayLike<FocusTarget> } | null } | null
}

export function radioGroup(label: string): Record<string, unknown> {
  return { role: 'radiogroup', 'aria-label': label }
}

/** Where an arrow, Home or End key moves from option `i` of `n`; null for other keys. */
export function radioKeyTarget(key: string | undefined, i: number, n: number): number | null {
  if (n <= 0) return null
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
    case 'Down':
    case 'Right':
      return (i + 1) % n
    case 'ArrowUp':
    case 'ArrowLeft':
    case 'Up':
    case 'Left':
      return (i - 1 + n) % n
    case 'Home':
      return 0
    case 'End':
      return n - 1
    default:
      return null
  }
}

export type RadioOptionArgs<T> = {
  /** Every option's value, in the order shown. */
  values: readonly T[]
  /** This option's value. */
  value: T
  /** The checked value (one not among `values`, or undefined, checks none). */
  checked: T | undefined
  onSelect: (value: T) => void
  /** An accessible name when the visible text is not enough. */
  label?: string
}

export function radioOption<T>({ values, value, checked, onSelect, label }: RadioOptionArgs<T>): Record<string, unknown> {
  const i = values.indexOf(value)
  const on = checked === value
  const anyChecked = checked !== undefined && values.includes(checked)
  const base = pressable(() => onSelect(value), 'radio', { checked: on, label })
  const press = base.onKeyDown as (e: KeyEvent) => void
  return {
    ...base,
    tabIndex: on || (!anyChecked && i === 0) ? 0 : -1,
    onKeyDown: (e: KeyEvent) => {
      const next = radioKeyTarget(e.key, i, values.length)
      if (next === null) {
        press(e)
        return
      }
      e.preventDefault?.()
      onSelect(values[next])
      // Focus follows the check, on the option's element in this group (H5; no keys on weapp).
      const group = e.currentTarget?.closest?.('[role="radiogroup"]')
      const options = group?.querySelectorAll?.('[role="radio"]')
      options?.[next]?.focus?.()
    }
  }
}
