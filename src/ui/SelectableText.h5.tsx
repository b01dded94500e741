import { Text } from '@tarojs/components'
import type { SelectableTextProps } from './SelectableText.shared'
import './selectable.scss'

/**
 * Text a citizen may want to copy by hand (a web address, a quote, the draft's text…).
 * H5: Taro's HTML Text has no userSelect, and Taro's H5 runtime makes all text
 * unselectable (user-select: none on <html>); the class hq-selectable makes this text
 * selectable, inside a control too, as userSelect did. weapp: SelectableText.weapp.tsx,
 * WeChat's text with user-select.
 */
export function SelectableText({ className, ...props }: SelectableTextProps) {
  return <Text {...props} className={`hq-selectable ${className ?? ''}`} />
}
