import { Text } from '@tarojs/components'
import type { ComponentProps } from 'react'

/** weapp: WeChat's text with user-select, so a long-press selects it (see SelectableText.tsx). */
export function SelectableText(props: Omit<ComponentProps<typeof Text>, 'userSelect' | 'selectable'>) {
  return <Text {...props} userSelect />
}
