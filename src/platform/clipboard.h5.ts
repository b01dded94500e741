import { COPY_FALLBACK, type CopyResult } from './clipboard.shared'

export type { CopyResult }
export { COPY_FALLBACK }

/**
 * H5: copies with the browser's own clipboard, and nothing else. (Taro's H5
 * setClipboardData also writes every copied text to localStorage['taro_clipboard'], where a
 * composed complaint with the user's name and phone would stay after 清空 and survive a
 * reload, and it fails when storage is full.) Tries the async Clipboard API, then the
 * selection + execCommand('copy') fallback; never touches storage, except to remove what
 * an earlier version of this app left under Taro's key.
 */
const TARO_CLIPBOARD_KEY = 'taro_clipboard'

/** Removes what Taro's H5 setClipboardData (used by earlier versions) left in localStorage. */
export function forgetStoredCopies(): void {
  forgetTaroCopy()
}

function forgetTaroCopy(): void {
  try {
    window.localStorage?.removeItem(TARO_CLIPBOARD_KEY)
  } catch {
    // storage unavailable: nothing stored there either
  }
}

function copyWithSelection(data: string): boolean {
  const area = document.createElement('textarea')
  area.value = data
  area.setAttribute('readonly', '')
  area.setAttribute('aria-hidden', 'true')
  area.style.position = 'fixed'
  area.style.top = '0'
  area.style.left = '-9999px'
  area.style.opacity = '0'
  const active = document.activeElement as HTMLElement | null
  document.body.appendChild(area)
  try {
    area.select()
    area.setSelectionRange(0, data.length)
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
    active?.focus?.()
  }
}

export async function copy(data: string): Promise<CopyResult> {
  forgetTaroCopy()
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(data)
      return { ok: true }
    }
  } catch {
    // denied or not focused: try the selection below
  }
  return copyWithSelection(data) ? { ok: true } : { ok: false, reason: 'failed', message: `没能复制，${COPY_FALLBACK}` }
}

export async function copyText(data: string): Promise<boolean> {
  return (await copy(data)).ok
}
