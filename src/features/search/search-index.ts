import { edition } from '@/content'
import { NOTICE_TOP, noticeOutline } from '@/content/outline'
import { editionEntries } from './entries'
import { buildIndex, type SearchIndex } from './model'

let index: SearchIndex | null = null

/** The app's search index: built on first use, then kept for the life of the app. */
export function appSearchIndex(): SearchIndex {
  if (!index) index = buildIndex(editionEntries(edition, noticeOutline(edition), { top: NOTICE_TOP }))
  return index
}
