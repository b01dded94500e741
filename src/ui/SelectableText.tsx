import { Text } from '@tarojs/components'
import type { ComponentProps } from 'react'

/**
 * Text a citizen may want to copy by hand (a web address, a quote, the draft's text…).
 * H5 (and jest): plain Text, since on the web all text outside controls can be selected
 * (styles/taro-html-components.css; Taro's HTML Text has no userSelect). weapp:
 * SelectableText.weapp.tsx, WeChat's text with user-select.
 */
export function SelectableText(props: Omit<ComponentProps<typeof Text>, 'userSelect' | 'selectable'>) {
  return <Text {...props} />
}
