/**
 * H5: a web page has no privacy authorization API (platform/privacy.h5.ts): no request ever
 * arrives, so the consent sheet (PrivacySheet.weapp.tsx) never shows. This stand-in renders
 * the same nothing without shipping the sheet's code and styles to every page of the web build.
 */
export function PrivacySheet() {
  return null
}
