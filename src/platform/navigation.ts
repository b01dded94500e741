import Taro from '@tarojs/taro'
import { isTab, routeUrl, tabPath, type RouteName, type RouteParams, type TabName } from '@/routes'
import { switchTab } from './history'

/** The parameters of route `N`, optional when it needs none (`openPage('app-info')`). */
export type ParamsArg<N extends RouteName> = Record<string, never> extends RouteParams[N]
  ? [params?: RouteParams[N]]
  : [params: RouteParams[N]]

/**
 * Goes to a tab by its name (routes.ts), never by a raw path. H5: from a tab, as a new browser
 * history entry, so back returns to the tab before (history.h5.ts).
 */
export function openTab(name: TabName): void {
  void switchTab(tabPath(name))
}

// A tab cannot take page parameters (WeChat's switchTab drops them), so they are handed to
// the tab here and taken (once) when it shows.
const pendingTabParams = new Map<TabName, Readonly<Record<string, string | undefined>>>()

/**
 * Opens any route by name with its parameters, e.g. `openPage('event', { id })`. A tab is
 * switched to, its parameters kept for `takeTabParams`. Falls back to reLaunch when the
 * page stack is full (WeChat allows 10 levels).
 */
export function openPage<N extends RouteName>(name: N, ...[params]: ParamsArg<N>): void {
  const given: Readonly<Record<string, string | undefined>> = params ?? {}
  if (isTab(name)) {
    if (Object.keys(given).length) pendingTabParams.set(name, given)
    openTab(name)
    return
  }
  const url = routeUrl(name, given)
  Taro.navigateTo({ url }).catch(() => Taro.reLaunch({ url }))
}

/** The parameters last handed to tab `name` by openPage, once (then forgotten); {} when none. */
export function takeTabParams<N extends TabName>(name: N): Partial<RouteParams[N]> {
  const params = pendingTabParams.get(name)
  pendingTabParams.delete(name)
  return (params ?? {}) as Partial<RouteParams[N]>
}
