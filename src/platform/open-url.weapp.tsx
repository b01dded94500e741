import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { URL_COPIED, type UrlLinkProps } from './open-url.shared'
import { copy, type CopyResult } from './clipboard'

/**
 * weapp: a mini-program cannot open an outside web page (web-view takes only the owner's
 * business domains), so the address is text: a tap copies it (copyUrl: a toast says so and
 * where to paste it), a long-press selects it. The tap is on a View around the Text: a Text
 * with an event handler would bring WeChat's full text template into every level of base.wxml
 * (~5 KB of the main package, config/weapp-templates.js).
 */
export function UrlLink({ url, className }: UrlLinkProps) {
  return (
    <View className={`url-link ${className ?? ''}`} onClick={() => void copyUrl(url)}>
      <Text userSelect>{url}</Text>
    </View>
  )
}

/** Copies the address and says so, and what to do with it, in a toast (WeChat's own says only 内容已复制). */
export async function copyUrl(url: string): Promise<CopyResult> {
  const r = await copy(url)
  if (r.ok) {
    try {
      await Taro.showToast({ title: URL_COPIED, icon: 'none', duration: 2500 })
    } catch {
      // no toast: the button that asked still says 已复制
    }
  }
  return r
}
