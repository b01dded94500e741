import { colors } from '@/styles/tokens'
import { holdDialogFocus } from './dialog-focus.h5'
import type { ConfirmOptions } from './dialog.shared'

export type { ConfirmOptions }

/**
 * H5: asks the user to confirm an action in a real dialog (role alertdialog, native buttons):
 * it takes focus (on the safe choice), keeps Tab inside, Escape cancels, and focus goes back
 * to the control that opened it. Taro's H5 modal does none of that. A destructive action's
 * button is red. Resolves true only when the confirm button is pressed.
 */
let seq = 0

/** A colour of the page's palette (styles/tokens.scss: light or dark), the light value where there is none. */
const v = (name: string, light: string) => `var(--${name},${light})`

export function confirmAction(opts: ConfirmOptions): Promise<boolean> {
  if (typeof document === 'undefined') return Promise.resolve(false)
  return new Promise((resolve) => {
    const id = `hq-confirm-${++seq}`
    const mask = document.createElement('div')
    mask.style.cssText = 'position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;padding:24px'
    const box = document.createElement('div')
    box.id = id
    box.setAttribute('role', 'alertdialog')
    box.setAttribute('aria-modal', 'true')
    box.setAttribute('aria-labelledby', `${id}-title`)
    box.setAttribute('aria-describedby', `${id}-body`)
    box.className = 'hq-confirm'
    box.style.cssText = `background:${v('cs', colors.surface)};color:${v('ct', colors.text)};border-radius:12px;max-width:360px;width:100%;padding:24px;font-size:1.0625em;line-height:1.6`
    const title = document.createElement('h2')
    title.id = `${id}-title`
    title.textContent = opts.title
    title.style.cssText = 'font-size:1.2em;margin:0 0 12px'
    const body = document.createElement('p')
    body.id = `${id}-body`
    body.textContent = opts.content
    body.style.cssText = 'margin:0 0 20px'
    const row = document.createElement('div')
    row.style.cssText = 'display:flex;gap:12px;justify-content:flex-end;flex-wrap:wrap'
    const button = (text: string, primary: boolean) => {
      const b = document.createElement('button')
      b.type = 'button'
      b.textContent = text
      b.className = 'hq-focus'
      const color = opts.destructive ? v('cb', colors.brand) : v('ca', colors.accent)
      b.style.cssText = `min-height:44px;min-width:88px;padding:8px 16px;border-radius:8px;font-size:1em;border:2px solid ${primary ? color : v('ct2', colors.textSecondary)};background:${primary ? color : v('cs', colors.surface)};color:${primary ? v('cob', colors.surface) : v('ct', colors.text)}`
      return b
    }
    const cancel = button(opts.cancelText ?? '取消', false)
    const confirm = button(opts.confirmText ?? '确定', true)
    row.append(cancel, confirm)
    box.append(title, body, row)
    mask.append(box)
    document.body.append(mask)

    let release = () => {}
    const done = (ok: boolean) => {
      release()
      mask.remove()
      resolve(ok)
    }
    cancel.addEventListener('click', () => done(false))
    confirm.addEventListener('click', () => done(true))
    release = holdDialogFocus(id, () => done(false))
    cancel.focus()
  })
}
