/**
 * Keyboard access for Taro's Button and View. On H5 they render as custom elements
 * (taro-button-core, taro-view-core): not focusable, no role, Enter and Space do nothing.
 * Spread `pressable(onPress)` on the control (with its onClick): it becomes a Tab stop with
 * role="button", and Enter or Space presses it. Give it the class `hq-focus` for a visible
 * focus ring (ui/focus.scss). weapp ignores all of this (no keyboard there).
 */
import './focus.scss'

type KeyEvent = { key?: string; preventDefault?: () => void }

export function pressable(onPress: () => void, role: 'button' | 'link' = 'button'): Record<string, unknown> {
  return {
    role,
    tabIndex: 0,
    onKeyDown: (e: KeyEvent) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault?.()
        onPress()
      }
    }
  }
}
