import { useRouter } from '@tarojs/taro'
import type { Edition } from '@/content'
import { decodeParam } from './page-params'
import { currentEdition, editionForParam } from './editions'
import { useToday } from './use-today'

/** The edition current today (China date), for the tab pages. */
export function useCurrentEdition(): { edition: Edition; today: string } {
  const today = useToday()
  return { edition: currentEdition(today), today }
}

/**
 * The edition a page shows: its `edition` parameter's, else the one that has what the link
 * points at (`has`), else the current one (lib/editions.ts editionForParam).
 */
export function usePageEdition(has?: (e: Edition) => boolean): { edition: Edition; today: string } {
  const { params } = useRouter()
  const today = useToday()
  return { edition: editionForParam(decodeParam(params.edition) || undefined, today, has), today }
}
