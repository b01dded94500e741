/**
 * The edition of a page other than the tabs, which are all in subpackages (the tabs use
 * ./use-edition's useCurrentEdition, in the main package).
 */
import { useRouter } from '@tarojs/taro'
import type { Edition } from '@/content'
import { decodeParam } from './page-params'
import { editionForParam } from './edition-param'
import { useToday } from './use-today'

/**
 * The edition a page shows: its `edition` parameter's, else the one that has what the link
 * points at (`has`), else the current one (lib/edition-param.ts).
 */
export function usePageEdition(has?: (e: Edition) => boolean): { edition: Edition; today: string } {
  const { params } = useRouter()
  const today = useToday()
  return { edition: editionForParam(decodeParam(params.edition) || undefined, today, has), today }
}
