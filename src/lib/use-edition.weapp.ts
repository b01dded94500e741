/**
 * weapp: the edition hooks of use-edition.ts without the loading: every edition is bundled in
 * the main package (content/edition-files.weapp.ts), so a page's edition is at hand from the
 * first render and the hooks are always `ready`. Same names and types as use-edition.ts; kept
 * small because the main package pays for every byte.
 */
import { useRouter } from '@tarojs/taro'
import { editionOf, hasEdition, type Edition } from '@/content'
import { decodeParam } from './page-params'
import { currentEdition, editionForParam } from './editions'
import { useToday } from './use-today'
import type { EditionsLoad, PageEdition } from './use-edition'

export type { EditionsLoad, LoadStatus, PageEdition } from './use-edition'

const READY: EditionsLoad = { status: 'ready', retry: () => undefined, waited: false }

export function useEditionsLoaded(_years: readonly string[]): EditionsLoad {
  return READY
}

export function useCurrentEdition(): PageEdition {
  const today = useToday()
  return { ...READY, status: 'ready', edition: currentEdition(today) as Edition, today }
}

export function usePageEdition(has?: (e: Edition) => boolean): PageEdition {
  const { params } = useRouter()
  const today = useToday()
  return { ...READY, status: 'ready', edition: editionForParam(decodeParam(params.edition) || undefined, today, has) as Edition, today }
}

export function useEditionOf(year: string): EditionsLoad & { edition: Edition | undefined; known: boolean } {
  return { ...READY, known: hasEdition(year), edition: editionOf(year) }
}
