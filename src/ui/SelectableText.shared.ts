import type { Text } from '@tarojs/components'
import type { ComponentProps, ReactElement } from 'react'

/** What SelectableText.weapp.tsx and SelectableText.h5.tsx both export (docs/platform-files.md). */
export type SelectableTextProps = Omit<ComponentProps<typeof Text>, 'userSelect' | 'selectable'>

export type SelectableTextModule = {
  /** Text a citizen may want to copy by hand: selectable by long-press. */
  SelectableText(props: SelectableTextProps): ReactElement
}

export type BothVariants = Implements<SelectableTextModule, typeof import('./SelectableText.weapp') | typeof import('./SelectableText.h5')>
