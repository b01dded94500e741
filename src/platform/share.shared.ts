/** What share.weapp.ts and share.h5.ts both export (docs/platform-files.md). */
export type ShareModule = {
  /** Whether a page is shared to a WeChat chat (weapp) rather than by copying its link (H5). */
  SHARE_TO_CHAT: boolean
  /** Whether the page runs in 朋友圈's 单页模式 (weapp only). */
  isSinglePageMode(): boolean
  /** Copies the full address of an app route; resolves whether it copied. */
  copyPageLink(url: string): Promise<boolean>
}

export type BothVariants = Implements<ShareModule, typeof import('./share.weapp') | typeof import('./share.h5')>
