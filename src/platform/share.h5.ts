import { copyText } from './clipboard'

/** H5: there is no WeChat chat to share to; a page is shared by copying its link. */
export const SHARE_TO_CHAT = false

/** H5: there is no 朋友圈 单页模式 on the web. */
export function isSinglePageMode(): boolean {
  return false
}

/** Copies the full address of an app route (e.g. /packages/campaign/slogans/index?id=s3). */
export function copyPageLink(url: string): Promise<boolean> {
  const { origin, pathname } = window.location
  return copyText(`${origin}${pathname}#${url}`)
}
