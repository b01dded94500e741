import { CustomWrapper } from '@tarojs/components'
import type { ReactNode } from 'react'

/** weapp: Taro's CustomWrapper, so WeChat updates only this block (see UpdateScope.tsx). */
export function UpdateScope({ id, children }: { id: string; children: ReactNode }) {
  return <CustomWrapper id={id}>{children}</CustomWrapper>
}
