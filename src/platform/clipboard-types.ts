import type { PrivacyFailure } from './privacy-types'

export type CopyResult =
  | { ok: true }
  /** `message` is a whole sentence for the screen, ending with what to do instead (long-press). */
  | { ok: false; reason: PrivacyFailure | 'failed'; message: string }

/** What the user can always do instead: select the text on screen by long-press (every text we copy is shown, selectable). */
export const COPY_FALLBACK = '请长按文字手动复制。'
