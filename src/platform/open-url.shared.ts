/** A source's web address: what open-url.weapp.tsx and open-url.h5.tsx both export (docs/platform-files.md). */
import type { ReactElement } from 'react'
import type { CopyResult } from './clipboard.shared'

export type UrlLinkProps = {
  url: string
  /** What the address is, for screen readers, e.g. 仪器信息网《…》. */
  what: string
  className?: string
}

export type OpenUrlModule = {
  /**
   * The address as shown. H5: a real link that opens it in a new tab (rel=noopener: the page
   * opened gets no handle on the app); weapp: the address as selectable text (a mini-program
   * cannot open an outside web page) that a tap copies with copyUrl.
   */
  UrlLink(props: UrlLinkProps): ReactElement
  /** Copies the address; weapp also says so with a toast, and where to paste it. Never throws. */
  copyUrl(url: string): Promise<CopyResult>
}

/** weapp's toast after copyUrl (WeChat's own says only 内容已复制). */
export const URL_COPIED = '已复制网址，可粘贴到浏览器中打开'

export type BothVariants = Implements<OpenUrlModule, typeof import('./open-url.weapp') | typeof import('./open-url.h5')>
