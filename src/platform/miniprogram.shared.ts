/**
 * Opening another mini-program (the 12315 mini-program): what miniprogram.weapp.ts and
 * miniprogram.h5.ts both export (docs/platform-files.md), and the types they share.
 */

/** What the content bundle knows about a mini-program to open. */
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

export type MiniProgramModule = {
  /** What a tap on this target opens here. */
  miniProgramAction(target: MiniProgramTarget): OpenAction
  openMiniProgram(target: MiniProgramTarget): Promise<OpenResult>
}

export type BothVariants = Implements<MiniProgramModule, typeof import('./miniprogram.weapp') | typeof import('./miniprogram.h5')>
