import { CustomWrapper } from '@tarojs/components'
import type { UpdateScopeProps } from './UpdateScope.shared'

/** weapp: Taro's CustomWrapper, so WeChat updates only this block (see UpdateScope.h5.tsx). */
export function UpdateScope({ id, children }: UpdateScopeProps) {
  return <CustomWrapper id={id}>{children}</CustomWrapper>
}
