/**
 * The edition a page shows, as a hook that also loads it. On H5 each edition's content is a
 * chunk fetched on demand; on weapp every edition but the newest is a file of the 往届
 * subpackage loaded with require.async (content/index.ts, edition-files*.ts): until the page's
 * edition has arrived, the hook says `loading` (or `failed`, with `retry`) and the page shows
 * features/display/EditionPending instead of its content — never another edition's content in
 * its place. An edition already at hand (weapp's newest, any edition under jest) is `ready`
 * from the first render.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { editionOf, hasEdition, loadEdition, type Edition } from '@/content'
import { decodeParam } from './page-params'
import { currentYear, editionForParam, editionsToShow } from './editions'
import { useToday } from './use-today'

export type LoadStatus = 'ready' | 'loading' | 'failed'

export type EditionsLoad = {
  status: LoadStatus
  /** After `failed`: tries again. */
  retry: () => void
  /**
   * Whether the component's first render had to wait for the content: it mounted its content
   * after the page was ready, so a page's useReady work must run on mount instead (see useReadyOrMount).
   */
  waited: boolean
}

/** Loads the editions of `years` (known years) and re-renders when they are at hand. */
export function useEditionsLoaded(years: readonly string[]): EditionsLoad {
  // editionOf gives what is at hand (and starts fetching what is not).
  const key = years.filter((y) => !editionOf(y)).join(',')
  const waited = useRef(key !== '')
  const [, setArrived] = useState(0)
  const [failed, setFailed] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!key) return
    let live = true
    Promise.all(key.split(',').map(loadEdition)).then(
      () => { if (live) setArrived((n) => n + 1) },
      () => { if (live) setFailed(key) }
    )
    return () => { live = false }
  }, [key, attempt])
  const retry = useCallback(() => {
    setFailed(null)
    setAttempt((n) => n + 1)
  }, [])
  return { status: !key ? 'ready' : failed === key ? 'failed' : 'loading', retry, waited: waited.current }
}

export type PageEdition = EditionsLoad & { today: string } & (
  | { status: 'ready'; edition: Edition }
  | { status: 'loading' | 'failed'; edition?: undefined }
)

function pageEdition(load: EditionsLoad, today: string, edition: Edition | undefined): PageEdition {
  if (load.status === 'ready' && edition) return { ...load, status: 'ready', edition, today }
  return { ...load, status: load.status === 'failed' ? 'failed' : 'loading', edition: undefined, today }
}

/** The edition current today (China date), for the tab pages and the draft page. */
export function useCurrentEdition(): PageEdition {
  const today = useToday()
  const year = currentYear(today)
  const load = useEditionsLoaded([year])
  return pageEdition(load, today, load.status === 'ready' ? editionOf(year) : undefined)
}

/**
 * The edition a page shows: its `edition` parameter's, else the one that has what the link
 * points at (`has`), else the current one (lib/editions.ts editionForParam).
 */
export function usePageEdition(has?: (e: Edition) => boolean): PageEdition {
  const { params } = useRouter()
  const today = useToday()
  const param = decodeParam(params.edition) || undefined
  const load = useEditionsLoaded(editionsToShow(param, today, has))
  return pageEdition(load, today, load.status === 'ready' ? editionForParam(param, today, has) : undefined)
}

/**
 * The edition of `year` (往届 pages): `none` when there is no such edition, else as usePageEdition.
 */
export function useEditionOf(year: string): EditionsLoad & { edition: Edition | undefined; known: boolean } {
  const known = hasEdition(year)
  const load = useEditionsLoaded(known ? [year] : [])
  return { ...load, known, edition: known && load.status === 'ready' ? editionOf(year) : undefined }
}
