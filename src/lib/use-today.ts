import { useEffect, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { applyNowParam, today } from './clock'
import { decodeParam } from './page-params'
import { onPageRestore } from './page-restore'

/**
 * Today's China civil date for a page, refreshed each time the page shows (weapp: onShow,
 * also when the mini-program comes back from the background) and when H5 restores the page
 * from the back-forward cache (lib/page-restore.ts), where the day may have changed meanwhile.
 * A `now` page parameter (e.g. ?now=2021-09-14) sets the app clock first, so tests and
 * reviewers can see any day of the campaign.
 */
export function useToday(): string {
  const { params } = useRouter()
  const [value, setValue] = useState(() => {
    applyNowParam(decodeParam(params.now))
    return today()
  })
  useDidShow(() => setValue(today()))
  useEffect(() => onPageRestore(() => setValue(today())), [])
  return value
}
