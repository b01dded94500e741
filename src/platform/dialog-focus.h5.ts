/**
 * H5: a dialog takes focus when it opens (its first control), keeps it inside (Tab and
 * Shift+Tab wrap around), closes on Escape, and gives focus back to where it was when it
 * closes. `id` is the id of the dialog's element. Returns the function that releases it.
 */
const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => {
    if (el.closest('[aria-hidden="true"]') || (el as HTMLButtonElement).disabled) return false
    return el.getClientRects().length > 0
  })
}

export function holdDialogFocus(id: string, onEscape: () => void): () => void {
  if (typeof document === 'undefined') return () => {}
  const opener = document.activeElement as HTMLElement | null
  let released = false
  const root = () => document.getElementById(id)
  const focusFirst = () => {
    const el = root()
    if (!el || released) return
    if (el.contains(document.activeElement)) return
    const first = focusablesIn(el)[0]
    if (first) first.focus()
    else {
      el.setAttribute('tabindex', '-1')
      el.focus()
    }
  }
  // A dialog inside a page (the poster sheet) covers the whole screen, the title bar too: Taro
  // draws that bar over the pages (z-index 500) and each page is its own stacking context, so
  // the page goes above the bar while the dialog is open, or the bar hides the dialog's top.
  const page = root()?.closest<HTMLElement>('.taro_page') ?? null
  const pageZ = page?.style.zIndex ?? ''
  if (page) page.style.zIndex = '600'
  // Taro's components render asynchronously: try again on the next frames.
  focusFirst()
  const timers = [setTimeout(focusFirst, 50), setTimeout(focusFirst, 300)]
  const onKey = (e: KeyboardEvent) => {
    const el = root()
    if (!el) return
    if (e.key === 'Escape') {
      e.preventDefault()
      onEscape()
      return
    }
    if (e.key !== 'Tab') return
    const items = focusablesIn(el)
    if (items.length === 0) {
      e.preventDefault()
      return
    }
    const first = items[0]
    const last = items[items.length - 1]
    const at = document.activeElement as HTMLElement | null
    if (!at || !el.contains(at)) {
      e.preventDefault()
      first.focus()
    } else if (e.shiftKey && at === first) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && at === last) {
      e.preventDefault()
      first.focus()
    }
  }
  document.addEventListener('keydown', onKey, true)
  return () => {
    released = true
    timers.forEach(clearTimeout)
    document.removeEventListener('keydown', onKey, true)
    if (page) page.style.zIndex = pageZ
    if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus()
  }
}
