import type { Edition } from '@/content'
import { NOTICE_TOP, noticeOutline } from '@/content/outline'
import { editionEntries } from './entries'
import { buildIndex, type SearchIndex } from './model'

const indexes = new WeakMap<Edition, SearchIndex>()

/** An edition's search index: built on first use, then kept for the life of the app. */
export function appSearchIndex(edition: Edition): SearchIndex {
  let index = indexes.get(edition)
  if (!index) {
    index = buildIndex(editionEntries(edition, noticeOutline(edition), { top: NOTICE_TOP }))
    indexes.set(edition, index)
  }
  return index
}
