import Taro from '@tarojs/taro'
import { tabPath, type TabName } from '@/routes'

/** Goes to a tab by its name (routes.ts), never by a raw path. */
export function openTab(name: TabName): void {
  void Taro.switchTab({ url: tabPath(name) })
}
