import type { ReactElement } from 'react'

/** What PrivacySheet.weapp.tsx and PrivacySheet.h5.tsx both export (docs/platform-files.md). */
export type PrivacySheetModule = {
  /** The privacy consent sheet while WeChat holds an API for the user's consent (H5: never). */
  PrivacySheet(): ReactElement | null
}

export type BothVariants = Implements<PrivacySheetModule, typeof import('./PrivacySheet.weapp') | typeof import('./PrivacySheet.h5')>
