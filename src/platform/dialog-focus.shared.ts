/** What dialog-focus.weapp.ts and dialog-focus.h5.ts both export (docs/platform-files.md). */
export type DialogFocusModule = {
  /** Keeps keyboard focus in the dialog with this id while it is open (H5); returns the release. */
  holdDialogFocus(id: string, onEscape: () => void): () => void
}

export type BothVariants = Implements<DialogFocusModule, typeof import('./dialog-focus.weapp') | typeof import('./dialog-focus.h5')>
