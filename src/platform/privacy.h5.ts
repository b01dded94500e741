/**
 * H5: a web page has no privacy authorization API and nothing to consent to (the browser's
 * clipboard is the only "privacy API" it uses, asked by the browser itself). Same names as
 * privacy.weapp.ts; no request ever arrives, so no sheet is ever shown.
 */
import type { PrivacyRequest } from './privacy.shared'

export type { PrivacyRequest }

export const PRIVACY_AGREE_BUTTON_ID = 'hq-privacy-agree'
export const PRIVACY_SHEET = false

export function installPrivacyConsent(): boolean {
  return false
}
export function subscribePrivacyRequest(_fn: () => void): () => void {
  return () => undefined
}
export function getPrivacyRequest(): PrivacyRequest | null {
  return null
}
export function reportPrivacySheetShown(): void {}
export function agreePrivacy(_buttonId?: string): void {}
export function disagreePrivacy(): void {}
export async function openPrivacyGuide(): Promise<boolean> {
  return false
}
export function resetPrivacyForTests(): void {}
