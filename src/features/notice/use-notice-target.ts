import { yearOf, type Edition } from '@/content'
import { useTabTarget } from '@/platform/tab-target'
import { hasAnchor, noticeOutline } from '@/content/outline'
import { openPage, takeTabParams } from '@/platform/navigation'

/** A paragraph to show; `query`: the search it was found by (to offer the way back to it). */
export type NoticeTarget = { anchor: string; query?: string }

/**
 * The anchor handed to the 关于 tab (openPage('about', { anchor, q, edition })), if it is one of
 * the notice's. The tab shows the current edition: a paragraph of another edition (a link from
 * a 往届 page) opens that edition's page instead.
 */
function takeValidTarget(edition: Edition): NoticeTarget | null {
  const { anchor, q, edition: year } = takeTabParams('about')
  if (year && year !== yearOf(edition)) {
    setTimeout(() => openPage('edition', { edition: year, anchor }), 0)
    return null
  }
  if (!anchor || !hasAnchor(noticeOutline(edition), anchor)) return null
  return q ? { anchor, query: q } : { anchor }
}

/**
 * For the 关于 tab: when it is opened at a paragraph (openPage('about', { anchor, q }), e.g. from a
 * search result), scrolls there, focuses it (H5) and returns that paragraph's anchor to mark it, with the search's
 * query if it came from one; otherwise null.
 */
export function useNoticeTarget(edition: Edition): NoticeTarget | null {
  // After the page has rendered the target (the first show renders the whole notice). The
  // focus goes there too (H5): a keyboard or screen-reader user goes on from the paragraph
  // found, with its 返回搜索结果 next, not from the notice's title far above it.
  return useTabTarget(() => takeValidTarget(edition), (target) => target.anchor, 80)
}
