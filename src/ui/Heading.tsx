import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'

/**
 * A heading: Taro's Text with role="heading" and aria-level, which H5 screen readers and
 * axe use (Taro's types do not list ARIA attributes; weapp renders them as aria-role and aria-level).
 */
export function Heading({ level, className, children }: { level: 1 | 2 | 3; className?: string; children: ReactNode }) {
  const aria = { role: 'heading', 'aria-level': level } as Record<string, unknown>
  return <Text className={className} {...aria}>{children}</Text>
}
