import type { UrlLinkProps } from './open-url.shared'
import { copy, type CopyResult } from './clipboard'

/**
 * H5: the address is a real link, opened in a new tab so the app stays where it was;
 * rel=noopener noreferrer: the opened page gets no handle on the app and is not told where
 * the reader came from (the app sends nothing anywhere). Its name starts with the visible
 * address and says where it opens.
 */
export function UrlLink({ url, what, className }: UrlLinkProps) {
  return (
    <a className={`url-link hq-focus ${className ?? ''}`} href={url} target='_blank' rel='noopener noreferrer' aria-label={`${url}（${what}，在新标签页打开）`}>
      {url}
    </a>
  )
}

/** H5: copies; the button that asked says so (the browser shows no toast). */
export function copyUrl(url: string): Promise<CopyResult> {
  return copy(url)
}
