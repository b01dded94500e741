import { Text } from '@tarojs/components'
import type { SelectableTextProps } from './SelectableText.shared'

/** weapp: WeChat's text with user-select, so a long-press selects it (see SelectableText.h5.tsx). */
export function SelectableText(props: SelectableTextProps) {
  return <Text {...props} userSelect />
}
