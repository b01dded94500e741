/** What dialog.weapp.ts and dialog.h5.ts both export (docs/platform-files.md). */
export type ConfirmOptions = {
  title: string
  content: string
  confirmText?: string
  cancelText?: string
  /** The action deletes something: its button is red, never WeChat's default green. */
  destructive?: boolean
}

export type DialogModule = {
  /** Asks the user to confirm an action; resolves true only when they chose the confirm button. */
  confirmAction(opts: ConfirmOptions): Promise<boolean>
}

export type BothVariants = Implements<DialogModule, typeof import('./dialog.weapp') | typeof import('./dialog.h5')>
