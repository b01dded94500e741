import type { UpdateScopeProps } from './UpdateScope.shared'

/**
 * A block that updates on its own: on weapp, Taro's CustomWrapper (UpdateScope.weapp.tsx),
 * so a state change inside it sends WeChat only this block's data, not the whole page's.
 * H5 has no such cost (React updates the DOM in place), and Taro's H5 CustomWrapper is a
 * Stencil web component that would bring Stencil's runtime to 首页: here it is just its children.
 */
export function UpdateScope({ children }: UpdateScopeProps) {
  return <>{children}</>
}
