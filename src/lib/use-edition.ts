import type { Edition } from '@/content'
import { currentEdition } from './editions'
import { useToday } from './use-today'

/** The edition current today (China date), for the tab pages. */
export function useCurrentEdition(): { edition: Edition; today: string } {
  const today = useToday()
  return { edition: currentEdition(today), today }
}
