import { Text } from '@tarojs/components'
import type { ComponentProps } from 'react'
import './selectable.scss'

/**
 * Text a citizen may want to copy by hand (a web address, a quote, the draft's text…).
 * H5 (and jest): Taro's HTML Text has no userSelect; text outside controls can be selected
 * anyway (styles/taro-html-components.css), and the class hq-selectable keeps this text
 * selectable inside a control too, as userSelect did. weapp: SelectableText.weapp.tsx,
 * WeChat's text with user-select.
 */
export function SelectableText({ className, ...props }: Omit<ComponentProps<typeof Text>, 'userSelect' | 'selectable'>) {
  return <Text {...props} className={`hq-selectable ${className ?? ''}`} />
}
