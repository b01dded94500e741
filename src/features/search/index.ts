export { SearchEntry } from './SearchEntry'
export { SearchScreen, GROUP_LIMIT, SUGGESTIONS } from './SearchScreen'
export { openSearch, openTarget } from './links'
export { appSearchIndex } from './search-index'
export { editionEntries } from './entries'
export {
  normalize, normalizeWithMap, matchRanges, segments, snippet, search, buildIndex, decodeParam,
  KIND_ORDER, KIND_LABEL,
  type SearchKind, type SearchEntry as SearchIndexEntry, type SearchHit, type SearchResult, type Range
} from './model'
