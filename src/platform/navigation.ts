import Taro from '@tarojs/taro'
import { isTab, routeUrl, tabPath, type RouteName, type TabName } from '@/routes'

/** Goes to a tab by its name (routes.ts), never by a raw path. */
export function openTab(name: TabName): void {
  void Taro.switchTab({ url: tabPath(name) })
}

/**
 * Opens any route by name with its parameters. Tabs cannot take parameters in WeChat
 * (switchTab drops them), so a tab is switched to and its params are ignored.
 * Falls back to reLaunch when the page stack is full (WeChat allows 10 levels).
 */
export function openPage(name: RouteName, params: Record<string, string | undefined> = {}): void {
  if (isTab(name)) {
    openTab(name)
    return
  }
  const url = routeUrl(name, params)
  Taro.navigateTo({ url }).catch(() => Taro.reLaunch({ url }))
}
