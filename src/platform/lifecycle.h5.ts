/**
 * H5: the page is hidden (another tab, the phone locks) or unloaded (reload, closing the
 * tab): `pagehide` and `visibilitychange` to hidden.
 */
export function onAppLeave(fn: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const onHide = () => fn()
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') fn()
  }
  window.addEventListener('pagehide', onHide)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    window.removeEventListener('pagehide', onHide)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}
