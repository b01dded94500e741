import type { ReactElement, ReactNode } from 'react'

/** What UpdateScope.weapp.tsx and UpdateScope.h5.tsx both export (docs/platform-files.md). */
export type UpdateScopeProps = { id: string; children: ReactNode }

export type UpdateScopeModule = {
  /** A block that updates on its own (weapp: WeChat is sent only this block's data). */
  UpdateScope(props: UpdateScopeProps): ReactElement
}

export type BothVariants = Implements<UpdateScopeModule, typeof import('./UpdateScope.weapp') | typeof import('./UpdateScope.h5')>
