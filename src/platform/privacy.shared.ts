/** What privacy.weapp.ts and privacy.h5.ts both export (docs/platform-files.md). */
export type PrivacyRequest = {
  /** What WeChat says triggered it: the API or component name, e.g. setClipboardData. */
  referrer: string
}

export type PrivacyModule = {
  /** The id of the consent sheet's agree button. */
  PRIVACY_AGREE_BUTTON_ID: string
  /** Whether this build can ask for consent itself (weapp: yes; H5: nothing to consent to). */
  PRIVACY_SHEET: boolean
  installPrivacyConsent(): boolean
  subscribePrivacyRequest(fn: () => void): () => void
  /** The pending request, or null (a stable object while pending, for useSyncExternalStore). */
  getPrivacyRequest(): PrivacyRequest | null
  reportPrivacySheetShown(): void
  agreePrivacy(buttonId?: string): void
  disagreePrivacy(): void
  openPrivacyGuide(): Promise<boolean>
  resetPrivacyForTests(): void
}

export type BothVariants = Implements<PrivacyModule, typeof import('./privacy.weapp') | typeof import('./privacy.h5')>
