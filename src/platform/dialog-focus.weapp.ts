/**
 * Keeps keyboard focus in a dialog while it is open (H5: dialog-focus.h5.ts). weapp: nothing
 * to do (no keyboard; WeChat's screen reader follows the page).
 */
export function holdDialogFocus(_id: string, _onEscape: () => void): () => void {
  return () => {}
}
