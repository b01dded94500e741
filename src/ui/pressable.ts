/**
 * Keyboard access for Taro's Button and View. On H5 both render as plain <div>s (Taro's HTML
 * components): not focusable, no role, Enter and Space do nothing.
 * Spread `pressable(onPress)` on the control: it becomes a Tab stop with a role (button by
 * default), a click or tap presses it, and so do Enter and Space. Toggles and options pass
 * their state (`pressed`, `checked`, `expanded`) and, where the visible text is not enough,
 * a `label`; they become aria-pressed / aria-checked / aria-expanded / aria-label.
 * Give the control the class `hq-focus` for a visible focus ring (ui/focus.scss; any element
 * this helper made focusable gets the ring too). weapp: no keyboard there; the role and states
 * reach WeChat's screen reader as aria-role / aria-* (config/weapp-aria.js).
 */
import './focus.scss'

export type PressRole = 'button' | 'link' | 'radio' | 'checkbox' | 'tab'
export type PressState = {
  label?: string
  pressed?: boolean
  checked?: boolean
  expanded?: boolean
  selected?: boolean
  disabled?: boolean
  current?: 'page' | 'date' | 'true'
}

type KeyEvent = { key?: string; preventDefault?: () => void }

export function pressState(s: PressState): Record<string, string> {
  const out: Record<string, string> = {}
  if (s.label !== undefined) out['aria-label'] = s.label
  if (s.pressed !== undefined) out['aria-pressed'] = String(s.pressed)
  if (s.checked !== undefined) out['aria-checked'] = String(s.checked)
  if (s.expanded !== undefined) out['aria-expanded'] = String(s.expanded)
  if (s.selected !== undefined) out['aria-selected'] = String(s.selected)
  if (s.disabled) out['aria-disabled'] = 'true'
  if (s.current !== undefined) out['aria-current'] = s.current
  return out
}

export function pressable(onPress: () => void, role: PressRole = 'button', state: PressState = {}): Record<string, unknown> {
  return {
    role,
    tabIndex: 0,
    ...pressState(state),
    onClick: () => onPress(),
    onKeyDown: (e: KeyEvent) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault?.()
        onPress()
      }
    }
  }
}
