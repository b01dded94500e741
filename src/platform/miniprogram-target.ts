/** What the content bundle knows about a mini-program to open (shared by both targets). */
export type MiniProgramTarget = {
  appId?: string
  /** A #小程序://… link copied from the mini-program's menu. */
  shortLink?: string
  /** The channel's website: what the web page opens instead. */
  webUrl?: string
}

/** What a tap can open here: the mini-program, its website (H5), or nothing. */
export type OpenAction = 'mini-program' | 'web' | 'none'

export type OpenResult =
  | { ok: true }
  /** The user cancelled WeChat's confirmation: nothing to explain. */
  | { ok: false; reason: 'cancelled' }
  /** Could not open (`message` says why), or there was nothing to open. */
  | { ok: false; reason: 'failed' | 'none'; message: string }
