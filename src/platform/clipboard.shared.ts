/** Copying text: what clipboard.weapp.ts and clipboard.h5.ts both export (docs/platform-files.md) and share. */
import type { PrivacyFailure } from './privacy-errors'

export type CopyResult =
  | { ok: true }
  /** `message` is a whole sentence for the screen, ending with what to do instead (long-press). */
  | { ok: false; reason: PrivacyFailure | 'failed'; message: string }

/** What the user can always do instead: select the text on screen by long-press (every text we copy is shown, selectable). */
export const COPY_FALLBACK = '请长按文字手动复制。'

export type ClipboardModule = {
  /** Copies text to the clipboard. Never throws. */
  copy(data: string): Promise<CopyResult>
  /** As copy(), resolving whether it copied. */
  copyText(data: string): Promise<boolean>
  /** Removes copies a platform API kept of what was copied (H5: Taro's localStorage key). */
  forgetStoredCopies(): void
  COPY_FALLBACK: string
}

export type BothVariants = Implements<ClipboardModule, typeof import('./clipboard.weapp') | typeof import('./clipboard.h5')>
